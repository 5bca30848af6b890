// A time limit written relative to the reference solution (`3x reference + 20ms`): measured
// on this machine in the same run, reported with how it was reached, and enforced.
#include <gtest/gtest.h>

#include <string>

#include "tests/JudgeProcess.h"
#include "tests/TestPaths.h"

namespace judge {
namespace {

using testing::Json;
using testing::Outcome;
using testing::RunJudge;
using testing::TestDataDir;

std::string Problem() {
  return (TestDataDir() / "problems-relative" / "relative-a-plus-b").string();
}
std::string Solution(const std::string& name) { return Problem() + "/solutions/" + name; }

TEST(RelativeTimeLimitTest, TheLimitIsMeasuredFromTheReferenceAndReported) {
  const Outcome outcome = RunJudge({"submit", Problem(), Solution("accepted.cpp"), "--json"});
  ASSERT_EQ(outcome.exit_code, 0) << outcome.out << outcome.err;
  const auto json = Json(outcome);
  EXPECT_EQ(json["verdict"], "accepted");
  // 3 x (a static binary adding two numbers: well under 100 ms) + 20 ms.
  EXPECT_GE(json["time_limit_ms"].get<int>(), 21) << outcome.out;
  EXPECT_LT(json["time_limit_ms"].get<int>(), 320) << outcome.out;
  const std::string basis = json["time_limit_basis"];
  EXPECT_EQ(basis.rfind("3x reference (", 0), 0u) << basis;
  EXPECT_NE(basis.find(" + 20 ms"), std::string::npos) << basis;

  const Outcome text = RunJudge({"submit", Problem(), Solution("accepted.cpp")});
  EXPECT_NE(text.out.find("per case: 3x reference ("), std::string::npos) << text.out;
}

TEST(RelativeTimeLimitTest, ASolutionFarSlowerThanTheReferenceIsTooSlow) {
  const Outcome outcome = RunJudge({"submit", Problem(), Solution("spins-a-second.cpp"), "--json"});
  EXPECT_EQ(outcome.exit_code, 1) << outcome.out << outcome.err;
  EXPECT_EQ(Json(outcome)["verdict"], "time_limit") << outcome.out;
}

TEST(RelativeTimeLimitTest, EachLanguageIsMeasuredAgainstItsOwnReference) {
  // verify judges every solution, the Python ones against the Python reference.
  const Outcome outcome = RunJudge({"verify", Problem()});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.out << outcome.err;
}

TEST(RelativeTimeLimitTest, ALanguageWithoutAReferenceGetsAnInternalErrorSayingSo) {
  const Outcome python =
      RunJudge({"submit", (TestDataDir() / "problems-relative" / "relative-cpp-only").string(),
                Solution("accepted.py"), "--json"});
  EXPECT_EQ(Json(python)["verdict"], "internal_error") << python.out << python.err;
  EXPECT_NE(python.out.find("has no accepted py solution"), std::string::npos) << python.out;
}

}  // namespace
}  // namespace judge

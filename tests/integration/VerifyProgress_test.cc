// `judge verify` shows a progress line ("[0/1] numpy-sum ...") on a terminal, erased when
// done, and nothing of it when its output goes elsewhere.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "tests/JudgeProcess.h"
#include "tests/PtyProcess.h"

namespace judge {
namespace {

using namespace std::chrono_literals;
using testing::CallsFixture;

TEST(VerifyProgressTest, ATerminalSeesACounterThatIsErasedAtTheEnd) {
  testing::PtyProcess judge({"verify", CallsFixture("numpy-sum")});
  ASSERT_TRUE(judge.started());
  ASSERT_TRUE(judge.WaitFor("1 passed, 0 failed", 300s)) << judge.output();
  EXPECT_EQ(judge.WaitExit(60s), std::optional<int>(0)) << judge.output();
  const std::string& seen = judge.output();
  EXPECT_NE(seen.find("\r\033[K[0/1] numpy-sum ..."), std::string::npos) << seen;
  // Erased before the result is printed, so the result line starts clean.
  EXPECT_LT(seen.find("[0/1]"), seen.rfind("\r\033[K")) << seen;
}

TEST(VerifyProgressTest, APipeGetsNoProgressAndJsonStaysPure) {
  const auto text = testing::RunJudge({"verify", CallsFixture("numpy-sum")});
  EXPECT_EQ(text.exit_code, 0) << text.out << text.err;
  EXPECT_EQ(text.err.find("[0/1]"), std::string::npos) << text.err;
  EXPECT_EQ(text.out.find('\r'), std::string::npos) << text.out;

  const auto json = testing::RunJudge({"verify", CallsFixture("numpy-sum"), "--json"});
  EXPECT_EQ(json.exit_code, 0) << json.err;
  EXPECT_FALSE(testing::Json(json).is_discarded());
}

}  // namespace
}  // namespace judge

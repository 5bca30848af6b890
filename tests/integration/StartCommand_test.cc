// `judge start`: the file a candidate starts from (LeetCode's empty class, or a debug round's
// wrong starter) and the statement, as the user sees them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "tests/JudgeProcess.h"
#include "tests/TestPaths.h"

namespace judge {
namespace {

using testing::Json;
using testing::Outcome;
using testing::ProblemsDir;
using testing::RunJudge;
using testing::Slurp;
namespace fs = std::filesystem;

class StartCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("judge-start-test-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Out(const std::string& name) const { return (dir_ / name).string(); }

  fs::path dir_;
};

TEST_F(StartCommandTest, WritesLeetCodesEmptyClassAndPrintsTheStatement) {
  const Outcome python = RunJudge({"start", "two-sum", "--out", Out("mine.py")});
  ASSERT_EQ(python.exit_code, 0) << python.out << python.err;
  EXPECT_NE(python.out.find("Two Sum (easy, LeetCode 1)"), std::string::npos) << python.out;
  EXPECT_NE(python.out.find("nums = [2,7,11,15]"), std::string::npos) << python.out;
  EXPECT_NE(python.out.find("judge submit two-sum " + Out("mine.py")), std::string::npos);
  EXPECT_EQ(Slurp(Out("mine.py")),
            "class Solution:\n"
            "    def twoSum(self, nums: List[int], target: int) -> List[int]:\n"
            "        pass\n");

  const Outcome cpp = RunJudge({"start", "two-sum", "--lang", "cpp", "--out", Out("mine.cpp")});
  ASSERT_EQ(cpp.exit_code, 0) << cpp.err;
  EXPECT_EQ(Slurp(Out("mine.cpp")),
            "class Solution {\npublic:\n"
            "    vector<int> twoSum(vector<int>& nums, int target) {\n"
            "        return {};\n    }\n};\n");
}

TEST_F(StartCommandTest, EveryTemplateCompilesAndIsJudgedWrongNotBroken) {
  // Function, design, a codec's roundtrip, a node_of parameter, a void method.
  for (const std::string problem : {"two-sum", "lru-cache", "serialize-deserialize-binary-tree",
                                    "lowest-common-ancestor", "rotate-image"}) {
    for (const std::string lang : {"cpp", "py"}) {
      const std::string file = Out(problem + "." + lang);
      ASSERT_EQ(RunJudge({"start", problem, "--lang", lang, "--out", file}).exit_code, 0);
      const Outcome judged = RunJudge({"submit", problem, file, "--fail-fast", "--no-budget", "--json"});
      const auto verdict = Json(judged)["verdict"];
      EXPECT_TRUE(verdict == "wrong_answer" || verdict == "runtime_error")
          << problem << " " << lang << ": " << judged.out << "\n" << Slurp(file);
    }
  }
}

TEST_F(StartCommandTest, NeverOverwritesAFile) {
  {
    std::ofstream(Out("kept.py")) << "my work\n";
  }
  const Outcome outcome = RunJudge({"start", "two-sum", "--out", Out("kept.py")});
  EXPECT_EQ(outcome.exit_code, 2);
  EXPECT_NE(outcome.err.find("exists"), std::string::npos) << outcome.err;
  EXPECT_EQ(Slurp(Out("kept.py")), "my work\n");
  const Outcome java = RunJudge({"start", "two-sum", "--lang", "java", "--out", Out("x.java")});
  EXPECT_EQ(java.exit_code, 2);
  EXPECT_EQ(java.err, "judge: --lang 'java': expected py or cpp\n");
  EXPECT_FALSE(fs::exists(Out("x.java")));
  const Outcome unknown = RunJudge({"start", "no-such-problem", "--out", Out("y.py")});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("unknown problem 'no-such-problem'"), std::string::npos) << unknown.err;
}

TEST_F(StartCommandTest, ADebugRoundHandsOutItsStarter) {
  const fs::path problem = ProblemsDir() / "debug-sqrtx";
  const Outcome outcome = RunJudge({"start", "debug-sqrtx", "--lang", "cpp", "--out", Out("fix.cpp")});
  ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_EQ(Slurp(Out("fix.cpp")), Slurp(problem / "solutions" / "starter.cpp"));
  EXPECT_NE(outcome.out.find("find and fix the bug"), std::string::npos) << outcome.out;
  const Outcome judged = RunJudge({"submit", "debug-sqrtx", Out("fix.cpp"), "--no-budget", "--json"});
  EXPECT_NE(Json(judged)["verdict"], "accepted") << judged.out;
}

}  // namespace
}  // namespace judge

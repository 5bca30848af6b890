// `judge lint`: what a problem still lacks, as the author reads it (a line per finding and a
// summary), as JSON, and its exit codes.
#include <gtest/gtest.h>

#include <algorithm>
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
using testing::RunJudgeIn;
using testing::Slurp;
using testing::TestDataDir;
namespace fs = std::filesystem;

void ReplaceAll(std::string& text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

// Each test lints copies of shipped problems in a problems root of its own, so it may
// break them.
class LintCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("judge-lint-test-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  fs::path Copy(const std::string& slug) {
    fs::copy(ProblemsDir() / slug, root_ / slug, fs::copy_options::recursive);
    return root_ / slug;
  }

  // two-sum without its max-size tests, its LeetCode number, its wrong solutions (now
  // expected too slow) and most of its statement.
  void BreakTwoSum() {
    const fs::path dir = Copy("two-sum");
    std::string yaml = Slurp(dir / "problem.yaml");
    ReplaceAll(yaml, "edge:max-size", "edge:large");
    ReplaceAll(yaml, "leetcode: 1\n", "");
    ReplaceAll(yaml, "expect: wrong_answer", "expect: time_limit");
    ReplaceAll(yaml, "expect: runtime_error", "expect: time_limit");
    std::ofstream(dir / "problem.yaml") << yaml;
    std::ofstream(dir / "statement.md") << "# Two Sum\n\nFind two numbers that add up to target.\n";
  }

  // A copy of clone-graph without its budget and scale: lint's one warning.
  void CopyCloneGraphWithoutBudget() {
    const fs::path dir = Copy("clone-graph");
    std::string yaml = Slurp(dir / "problem.yaml");
    const auto budget = yaml.find("\nbudget:");
    const auto solutions = yaml.find("\nsolutions:");
    ASSERT_NE(budget, std::string::npos);
    ASSERT_LT(budget, solutions);
    yaml.erase(budget, solutions - budget);
    std::ofstream(dir / "problem.yaml") << yaml;
  }

  fs::path root_;
};

TEST_F(LintCommandTest, AProblemThatMeetsEveryRulePrintsOnlyTheSummaryAndExitsZero) {
  const Outcome outcome = RunJudge({"lint", "two-sum"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.out << outcome.err;
  EXPECT_EQ(outcome.out, "1 problem linted: 0 errors, 0 warnings\n");
  EXPECT_EQ(outcome.err, "");
}

TEST_F(LintCommandTest, EachBrokenRuleIsALineNamingTheProblemAndTheExitCodeIsOne) {
  BreakTwoSum();
  const Outcome outcome = RunJudgeIn(root_, {"lint", "two-sum"});
  EXPECT_EQ(outcome.exit_code, 1) << outcome.err;
  EXPECT_EQ(outcome.out,
            "two-sum: the statement is too short: 51 characters, more than 200 needed\n"
            "two-sum: no max-size test (tag one 'edge:max-size')\n"
            "two-sum: no wrong Python solution (expect: wrong_answer or runtime_error)\n"
            "two-sum: no wrong C++ solution (expect: wrong_answer or runtime_error)\n"
            "two-sum: no LeetCode number ('leetcode: N')\n"
            "1 problem linted: 5 errors, 0 warnings\n");
}

TEST_F(LintCommandTest, AMissingBudgetIsAWarningThatDoesNotFail) {
  CopyCloneGraphWithoutBudget();
  const Outcome outcome = RunJudgeIn(root_, {"lint", "clone-graph"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.out << outcome.err;
  EXPECT_EQ(outcome.out,
            "clone-graph: warning: no complexity budget ('budget' and 'scale')\n"
            "1 problem linted: 0 errors, 1 warning\n");
}

TEST_F(LintCommandTest, WithoutArgumentsItLintsEveryProblemUnderTheRoot) {
  CopyCloneGraphWithoutBudget();
  BreakTwoSum();
  Copy("house-robber");
  const Outcome outcome = RunJudgeIn(root_, {"lint"});
  EXPECT_EQ(outcome.exit_code, 1) << outcome.err;
  EXPECT_NE(outcome.out.find("clone-graph: warning: "), std::string::npos) << outcome.out;
  EXPECT_NE(outcome.out.find("two-sum: no max-size test"), std::string::npos) << outcome.out;
  EXPECT_EQ(outcome.out.find("house-robber:"), std::string::npos) << outcome.out;
  EXPECT_TRUE(outcome.out.ends_with("\n3 problems linted: 5 errors, 1 warning\n")) << outcome.out;

  // Named problems narrow it.
  const Outcome named = RunJudgeIn(root_, {"lint", "house-robber", "clone-graph"});
  EXPECT_EQ(named.exit_code, 0) << named.out << named.err;
  EXPECT_TRUE(named.out.ends_with("\n2 problems linted: 0 errors, 1 warning\n")) << named.out;
}

TEST_F(LintCommandTest, JsonGivesEachFindingsRuleAndSeverity) {
  BreakTwoSum();
  CopyCloneGraphWithoutBudget();
  const Outcome outcome = RunJudgeIn(root_, {"lint", "--json"});
  EXPECT_EQ(outcome.exit_code, 1) << outcome.err;
  const auto json = Json(outcome);
  EXPECT_EQ(json["schema"], 1);
  EXPECT_EQ(json["problems_linted"], 2);
  EXPECT_EQ(json["errors"], 5);
  EXPECT_EQ(json["warnings"], 1);
  EXPECT_TRUE(json["load_errors"].empty());
  ASSERT_EQ(json["findings"].size(), 6u) << json.dump(2);
  EXPECT_EQ(json["findings"][0],
            (nlohmann::json{{"problem", "clone-graph"},
                            {"rule", "budget"},
                            {"severity", "warning"},
                            {"message", "no complexity budget ('budget' and 'scale')"}}));
  EXPECT_EQ(json["findings"][2]["rule"], "max-size-edge");
  EXPECT_EQ(json["findings"][2]["severity"], "error");
}

TEST_F(LintCommandTest, AnUnknownOrBrokenProblemExitsTwoWithTheLoadersOneLine) {
  const Outcome unknown = RunJudge({"lint", "no-such-problem"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("unknown problem 'no-such-problem'"), std::string::npos)
      << unknown.err;

  const fs::path broken = TestDataDir() / "problems-broken" / "unknown-top-key";
  const Outcome outcome = RunJudge({"lint", broken.string()});
  EXPECT_EQ(outcome.exit_code, 2);
  EXPECT_NE(outcome.err.find((broken / "problem.yaml").string() + ":"), std::string::npos)
      << outcome.err;
  EXPECT_EQ(std::count(outcome.err.begin(), outcome.err.end(), '\n'), 1) << outcome.err;
  EXPECT_EQ(outcome.out,
            "0 problems linted: 0 errors, 0 warnings; 1 problem could not be loaded\n");

  // A broken problem does not hide the others' findings, and still fails the run.
  CopyCloneGraphWithoutBudget();
  fs::copy(broken, root_ / "unknown-top-key", fs::copy_options::recursive);
  const Outcome all = RunJudgeIn(root_, {"lint", "--json"});
  EXPECT_EQ(all.exit_code, 2);
  const auto json = Json(all);
  EXPECT_EQ(json["problems_linted"], 1);
  ASSERT_EQ(json["load_errors"].size(), 1u);
  EXPECT_NE(json["load_errors"][0]["message"].get<std::string>().find("problem.yaml:"),
            std::string::npos) << json.dump(2);
  EXPECT_EQ(json["findings"][0]["problem"], "clone-graph");
}

}  // namespace
}  // namespace judge

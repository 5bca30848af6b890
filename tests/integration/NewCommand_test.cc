// `judge new`: a scaffold that loads, that `judge lint` finds unfinished, that `judge verify`
// refuses until its reference solutions are written and passes once they are; and what it
// refuses to write.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include "tests/JudgeProcess.h"

namespace judge {
namespace {

using testing::Json;
using testing::Outcome;
using testing::RunJudgeIn;
using testing::Slurp;
namespace fs = std::filesystem;

constexpr std::string_view kUnwritten = "TODO: write the reference solution";

// Replaces the line of `file` that marks the unwritten body with `body`, kept at its indent.
void WriteBody(const fs::path& file, const std::string& body) {
  std::string text = Slurp(file);
  const auto marker = text.find(kUnwritten);
  ASSERT_NE(marker, std::string::npos) << file << ":\n" << text;
  const auto begin = text.rfind('\n', marker) + 1;
  const auto indent = text.find_first_not_of(' ', begin) - begin;
  text.replace(begin, text.find('\n', marker) - begin, std::string(indent, ' ') + body);
  std::ofstream(file, std::ios::trunc) << text;
}

long long SumOf(const std::vector<long long>& numbers) {
  return std::accumulate(numbers.begin(), numbers.end(), 0LL);
}

// The right answers for the sum of the list: each test's expected value (function mode) or
// output (stdio mode, whose input is the count and then the numbers).
void SetExpectedToTheSum(const fs::path& yaml_file) {
  YAML::Node problem = YAML::LoadFile(yaml_file.string());
  for (YAML::Node test : problem["tests"]) {
    if (test["expected"]) {
      test["expected"] = SumOf(test["input"]["nums"].as<std::vector<long long>>());
    } else {
      std::istringstream input(test["input"].as<std::string>());
      long long count = 0;
      input >> count;
      std::vector<long long> numbers(count);
      for (auto& number : numbers) input >> number;
      test["output"] = std::to_string(SumOf(numbers)) + "\n";
    }
  }
  std::ofstream(yaml_file, std::ios::trunc) << YAML::Dump(problem) << "\n";
}

class NewCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("judge-new-test-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  fs::path root_;
};

TEST_F(NewCommandTest, WritesAFolderThatLoadsAndSaysWhatToDoNext) {
  const Outcome outcome = RunJudgeIn(root_, {"new", "sum-of-list"});
  ASSERT_EQ(outcome.exit_code, 0) << outcome.out << outcome.err;
  const fs::path dir = root_ / "sum-of-list";
  EXPECT_EQ(outcome.out,
            "Created " + dir.string() +
                ": problem.yaml, statement.md, solutions/accepted.cpp, solutions/accepted.py\n"
                "Next: do every TODO (the statement, each test's right answer, the reference "
                "solutions), then\n"
                "  judge verify " + dir.string() + "   each solution earns its expected verdict\n"
                "  judge lint " + dir.string() + "     what the bank still asks for\n");
  EXPECT_EQ(outcome.err, "");

  const std::string yaml = Slurp(dir / "problem.yaml");
  EXPECT_NE(yaml.find("title: \"Sum Of List\"\n"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("mode: function\n"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("  method: sumOfList\n"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("    - {name: nums, type: \"list<int>\"}\n  returns: int\n"),
            std::string::npos) << yaml;
  EXPECT_NE(Slurp(dir / "statement.md").find("## Constraints"), std::string::npos);
  EXPECT_NE(Slurp(dir / "solutions" / "accepted.py")
                .find("def sumOfList(self, nums: List[int]) -> int:"),
            std::string::npos);
  EXPECT_NE(Slurp(dir / "solutions" / "accepted.cpp").find("int sumOfList(vector<int>& nums) {"),
            std::string::npos);

  // It loads: `judge show` prints the sample.
  const Outcome shown = RunJudgeIn(root_, {"show", "sum-of-list"});
  EXPECT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_NE(shown.out.find("Sum Of List (easy)"), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("nums = [3,1,2]"), std::string::npos) << shown.out;
}

TEST_F(NewCommandTest, LintReportsWhatAFreshScaffoldStillLacks) {
  ASSERT_EQ(RunJudgeIn(root_, {"new", "sum-of-list"}).exit_code, 0);
  const Outcome outcome = RunJudgeIn(root_, {"lint", "sum-of-list"});
  EXPECT_EQ(outcome.exit_code, 1) << outcome.err;
  for (const std::string line : {"sum-of-list: the statement is too short: ",
                                 "sum-of-list: too few hidden tests: 4, at least 15 needed\n",
                                 "sum-of-list: no max-size test (tag one 'edge:max-size')\n",
                                 "sum-of-list: no wrong Python solution",
                                 "sum-of-list: no wrong C++ solution",
                                 "sum-of-list: warning: no complexity budget",
                                 "sum-of-list: no LeetCode number",
                                 "1 problem linted: 6 errors, 1 warning\n"}) {
    EXPECT_NE(outcome.out.find(line), std::string::npos) << line << "\n" << outcome.out;
  }
  // It has a sample, three kinds of edge, and an accepted solution in each language.
  for (const std::string rule : {"no sample", "kinds of edge", "no accepted"}) {
    EXPECT_EQ(outcome.out.find(rule), std::string::npos) << rule << "\n" << outcome.out;
  }
}

TEST_F(NewCommandTest, VerifyFailsUntilTheReferenceSolutionsAreWrittenThenPasses) {
  ASSERT_EQ(RunJudgeIn(root_, {"new", "sum-of-list"}).exit_code, 0);
  const fs::path dir = root_ / "sum-of-list";
  SetExpectedToTheSum(dir / "problem.yaml");

  // The TODO bodies raise, so placeholder answers cannot pass for a solution.
  const Outcome unwritten = RunJudgeIn(root_, {"verify", "sum-of-list"});
  EXPECT_EQ(unwritten.exit_code, 1) << unwritten.out << unwritten.err;
  EXPECT_NE(unwritten.out.find("accepted.py: expected AC, got RE"), std::string::npos)
      << unwritten.out;
  EXPECT_NE(unwritten.out.find("accepted.cpp: expected AC, got RE"), std::string::npos)
      << unwritten.out;

  WriteBody(dir / "solutions" / "accepted.py", "return sum(nums)");
  WriteBody(dir / "solutions" / "accepted.cpp", "return accumulate(nums.begin(), nums.end(), 0);");
  const Outcome written = RunJudgeIn(root_, {"verify", "sum-of-list"});
  EXPECT_EQ(written.exit_code, 0) << written.out << written.err;
  EXPECT_NE(written.out.find("ok   sum-of-list: 2/2 solutions earn their expected verdict"),
            std::string::npos) << written.out;
  EXPECT_NE(written.out.find("1 passed, 0 failed"), std::string::npos) << written.out;
}

TEST_F(NewCommandTest, AStdioScaffoldTakesItsTitleAndDifficultyAndPassesOnceWritten) {
  const Outcome outcome = RunJudgeIn(
      root_, {"new", "add-them-up", "--mode", "stdio", "--title", "Add: Them \"Up\"",
              "--difficulty", "medium"});
  ASSERT_EQ(outcome.exit_code, 0) << outcome.out << outcome.err;
  const fs::path dir = root_ / "add-them-up";
  const Outcome shown = RunJudgeIn(root_, {"show", "add-them-up"});
  EXPECT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_NE(shown.out.find("Add: Them \"Up\" (medium)"), std::string::npos) << shown.out;

  SetExpectedToTheSum(dir / "problem.yaml");
  WriteBody(dir / "solutions" / "accepted.py", "print(sum(nums))");
  WriteBody(dir / "solutions" / "accepted.cpp",
            "cout << accumulate(nums.begin(), nums.end(), 0LL) << '\\n';");
  const Outcome verified = RunJudgeIn(root_, {"verify", "add-them-up"});
  EXPECT_EQ(verified.exit_code, 0) << verified.out << verified.err;
  EXPECT_NE(verified.out.find("1 passed, 0 failed"), std::string::npos) << verified.out;
}

TEST_F(NewCommandTest, RefusesAnExistingFolderAndAnInvalidSlugWithOneLine) {
  ASSERT_EQ(RunJudgeIn(root_, {"new", "sum-of-list"}).exit_code, 0);
  const fs::path yaml = root_ / "sum-of-list" / "problem.yaml";
  std::ofstream(yaml, std::ios::app) << "# my edits\n";
  const std::string edited = Slurp(yaml);

  const Outcome again = RunJudgeIn(root_, {"new", "sum-of-list", "--mode", "stdio"});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_EQ(again.err, "judge: " + (root_ / "sum-of-list").string() +
                           " exists; choose another slug, or remove it first\n");
  EXPECT_EQ(Slurp(yaml), edited);

  for (const std::string slug : {"Sum-Of-List", "sum_of_list", "-sum", "sum-", "sum--list",
                                 "sum/list", "sum list"}) {
    const Outcome refused = RunJudgeIn(root_, {"new", "--", slug});  // "--": "-sum" is no option
    EXPECT_EQ(refused.exit_code, 2) << slug;
    EXPECT_EQ(refused.err, "judge: invalid slug '" + slug +
                               "': use lowercase letters and digits, words joined by '-' "
                               "(two-sum)\n") << slug;
  }
  EXPECT_EQ(std::distance(fs::directory_iterator(root_), fs::directory_iterator()), 1);

  EXPECT_EQ(RunJudgeIn(root_, {"new", "other", "--difficulty", "extreme"}).exit_code, 2);
  EXPECT_EQ(RunJudgeIn(root_, {"new", "other", "--mode", "design"}).exit_code, 2);
  EXPECT_FALSE(fs::exists(root_ / "other"));
}

TEST_F(NewCommandTest, JsonNamesTheFolderAndItsFiles) {
  const Outcome outcome = RunJudgeIn(root_, {"--json", "new", "3sum"});
  ASSERT_EQ(outcome.exit_code, 0) << outcome.out << outcome.err;
  const auto json = Json(outcome);
  EXPECT_EQ(json["problem"], "3sum");
  EXPECT_EQ(json["dir"], (root_ / "3sum").string());
  EXPECT_EQ(json["files"], (nlohmann::json{"problem.yaml", "statement.md",
                                           "solutions/accepted.cpp", "solutions/accepted.py"}));
  // A slug that is no identifier gives the method a name that is one.
  EXPECT_NE(Slurp(root_ / "3sum" / "problem.yaml").find("  method: solve\n"), std::string::npos);
}

}  // namespace
}  // namespace judge

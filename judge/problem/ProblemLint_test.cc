#include "judge/problem/ProblemLint.h"

#include <gtest/gtest.h>

#include <string>

namespace judge {
namespace {

// A problem that meets every rule; each test takes one thing away.
Problem CompleteProblem() {
  Problem problem;
  problem.id = "p";
  problem.mode = ProblemMode::Function;
  problem.leetcode = 1;
  problem.budget = BudgetSpec{.time = "O(n)", .n = "len(nums)"};
  problem.tests.push_back(TestCase{.name = "sample-1", .sample = true});
  const std::string edges[] = {"edge:empty", "edge:negative", "edge:max-size"};
  for (int i = 0; i < kFewestHiddenTests; ++i) {
    problem.tests.push_back(TestCase{.name = "t" + std::to_string(i), .tags = {edges[i % 3]}});
  }
  for (Language language : {Language::Cpp, Language::Python}) {
    problem.solutions.push_back(ReferenceSolution{.language = language});
    problem.solutions.push_back(
        ReferenceSolution{.language = language, .expected = Verdict::WrongAnswer});
  }
  return problem;
}

const std::string kLongStatement(kShortStatementChars + 1, 'x');

std::vector<std::string> Messages(const std::vector<LintFinding>& findings) {
  std::vector<std::string> messages;
  for (const LintFinding& finding : findings) messages.push_back(finding.message);
  return messages;
}

TEST(ProblemLint, ACompleteProblemHasNoFindings) {
  EXPECT_TRUE(LintProblem(CompleteProblem(), kLongStatement).empty());
}

TEST(ProblemLint, CountsTheStatementInCharactersNotBytes) {
  std::string accents;
  for (std::size_t i = 0; i < kShortStatementChars; ++i) accents += "é";
  const auto findings = LintProblem(CompleteProblem(), accents);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, LintRule::StatementLength);
  EXPECT_EQ(findings[0].message,
            "the statement is too short: 200 characters, more than 200 needed");
  EXPECT_TRUE(LintProblem(CompleteProblem(), accents + "é").empty());
}

TEST(ProblemLint, SaysHowManyTestsAndEdgeKindsThereAreAndHowManyAreNeeded) {
  Problem problem = CompleteProblem();
  problem.tests.erase(problem.tests.begin());  // the sample
  problem.tests.pop_back();                     // a hidden edge:max-size test
  for (TestCase& test : problem.tests) {
    if (test.tags[0] == "edge:max-size") test.tags = {"edge:empty"};
  }
  EXPECT_EQ(Messages(LintProblem(problem, kLongStatement)),
            (std::vector<std::string>{
                "too few hidden tests: 14, at least 15 needed",
                "no sample test (mark one 'sample: true')",
                "too few kinds of edge case tagged: 2 (edge:empty, edge:negative), at least 3 "
                "needed",
                "no max-size test (tag one 'edge:max-size')"}));
}

TEST(ProblemLint, NeedsAcceptedAndWrongSolutionsInEachLanguage) {
  Problem problem = CompleteProblem();
  problem.solutions = {ReferenceSolution{.language = Language::Cpp},
                       ReferenceSolution{.language = Language::Python,
                                         .expected = Verdict::RuntimeError},
                       ReferenceSolution{.language = Language::Cpp,
                                         .expected = Verdict::TimeLimit}};
  const auto findings = LintProblem(problem, kLongStatement);
  EXPECT_EQ(Messages(findings),
            (std::vector<std::string>{
                "no accepted Python solution",
                "no wrong C++ solution (expect: wrong_answer or runtime_error)"}));
  EXPECT_EQ(findings[0].rule, LintRule::AcceptedSolution);
  EXPECT_EQ(findings[1].rule, LintRule::WrongSolution);
}

TEST(ProblemLint, AnMlProblemNeedsNeitherCppNorALeetCodeNumber) {
  Problem problem = CompleteProblem();
  problem.tags = {std::string(kPythonOnlyTag)};
  problem.leetcode.reset();
  std::erase_if(problem.solutions, [](const ReferenceSolution& solution) {
    return solution.language == Language::Cpp;
  });
  EXPECT_TRUE(LintProblem(problem, kLongStatement).empty());
  problem.tags.clear();
  EXPECT_EQ(Messages(LintProblem(problem, kLongStatement)),
            (std::vector<std::string>{
                "no accepted C++ solution",
                "no wrong C++ solution (expect: wrong_answer or runtime_error)",
                "no LeetCode number ('leetcode: N')"}));
}

TEST(ProblemLint, AMissingBudgetIsAWarningInFunctionAndDesignModes) {
  Problem problem = CompleteProblem();
  problem.budget.reset();
  for (const ProblemMode mode : {ProblemMode::Function, ProblemMode::Design}) {
    problem.mode = mode;
    const auto findings = LintProblem(problem, kLongStatement);
    ASSERT_EQ(findings.size(), 1u) << ModeName(mode);
    EXPECT_EQ(findings[0].rule, LintRule::Budget);
    EXPECT_EQ(findings[0].severity, LintSeverity::Warning);
    EXPECT_EQ(LintRuleName(findings[0].rule), "budget");
  }
}

TEST(ProblemLint, ResultsCountErrorsAndWarningsApart) {
  LintResults results;
  results.findings = {LintFinding{"a", LintRule::Budget, LintSeverity::Warning, ""},
                      LintFinding{"a", LintRule::HiddenTests, LintSeverity::Error, ""},
                      LintFinding{"b", LintRule::SampleTest, LintSeverity::Error, ""}};
  EXPECT_EQ(results.Count(LintSeverity::Error), 2u);
  EXPECT_EQ(results.Count(LintSeverity::Warning), 1u);
}

}  // namespace
}  // namespace judge

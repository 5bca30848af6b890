// The bank's own requirements, checked on every problem folder: what a coding-round problem
// must carry (statement, hidden tests with edge tags, accepted and wrong solutions in each
// language it offers, a complexity budget) so that no problem lands half-made. The rules are
// `judge lint`'s (judge/problem/ProblemLint.h); this test holds only the bank's exemptions.
#include <gtest/gtest.h>

#include <string>

#include "judge/problem/ProblemLint.h"
#include "judge/problem/ProblemLoader.h"
#include "tests/TestPaths.h"

namespace judge {
namespace {

using testing::ProblemsDir;

constexpr std::size_t kFewestProblems = 45;

std::vector<std::filesystem::path> BankDirs() {
  auto dirs = ListProblemDirs(ProblemsDir());
  EXPECT_TRUE(dirs.has_value()) << (dirs ? "" : dirs.error().ToString());
  return dirs ? *dirs : std::vector<std::filesystem::path>{};
}

std::vector<Problem> LoadAll() {
  std::vector<Problem> problems;
  for (const auto& dir : BankDirs()) {
    auto problem = LoadProblemSummary(dir);  // names and tags suffice; verify reads the data
    EXPECT_TRUE(problem.has_value()) << (problem ? "" : problem.error().ToString());
    if (problem) problems.push_back(std::move(*problem));
  }
  return problems;
}

const std::vector<Problem>& Bank() {
  static const std::vector<Problem> problems = LoadAll();
  return problems;
}

TEST(ProblemBankTest, TheBankHoldsEnoughProblems) {
  EXPECT_GE(Bank().size(), kFewestProblems);
}

// Lint's findings include a problem without a budget: every problem of the bank has one.
TEST(ProblemBankTest, EveryProblemPassesLint) {
  const LintResults lint = LintProblemDirs(BankDirs());
  for (const LoadError& error : lint.load_errors) ADD_FAILURE() << error.ToString();
  EXPECT_EQ(lint.problems_linted, Bank().size());
  for (const LintFinding& finding : lint.findings) {
    ADD_FAILURE() << finding.problem << ": " << finding.message << " (rule "
                  << LintRuleName(finding.rule) << ")";
  }
}

TEST(ProblemBankTest, EnoughBudgetsAreProvedToCatchSlowness) {
  int proof_pairs = 0;
  for (const Problem& problem : Bank()) {    for (const ReferenceSolution& solution : problem.solutions) {
      proof_pairs += solution.expected == Verdict::TimeOverBudget ? 1 : 0;
    }
  }
  // The complexity issue's proof: at least 20 solutions of known, too-slow complexity that
  // `judge verify` (ctest verify_problem.*) must classify as over their problem's budget.
  EXPECT_GE(proof_pairs, 20);
}

}  // namespace
}  // namespace judge

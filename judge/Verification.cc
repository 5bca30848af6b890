#include "judge/Verification.h"

#include <algorithm>

#include <fmt/format.h>

#include "judge/Submission.h"
#include "judge/problem/ProblemLoader.h"

namespace judge {
namespace {

std::string FirstFailure(const SubmissionResult& result) {
  if (!result.internal_error.empty()) return result.internal_error;
  if (result.verdict == Verdict::CompileError) return result.compile_output;
  for (const auto& judged : result.cases) {
    if (judged.verdict != Verdict::Accepted) {
      return fmt::format("case {}: {} {}", judged.name, ShortName(judged.verdict), judged.detail);
    }
  }
  return "";
}

// Why a budget verdict was or was not reached, in the checks' own words: a solution meant
// to be over its budget that is accepted says whether it measured within or inconclusive.
std::string BudgetSummary(const BudgetReport& budget) {
  if (!budget.not_measured.empty()) return "budget not measured: " + budget.not_measured;
  std::string out;
  const auto add = [&](std::string_view what, const std::optional<BudgetCheck>& check) {
    if (!check) return;
    out += out.empty() ? "" : "\n";
    out += check->outcome == BudgetOutcome::Inconclusive
               ? fmt::format("{}: {}", what, check->summary)
               : fmt::format("{}: {}: {}", what, ToString(check->outcome), check->summary);
  };
  add("time", budget.time);
  add("space", budget.space);
  add("interpreted", budget.interpreted);
  return out;
}

}  // namespace

bool ProblemVerification::passed() const {
  return error.empty() && std::ranges::all_of(solutions, &SolutionVerification::passed);
}

ProblemVerification VerifyProblem(const std::filesystem::path& dir) {
  ProblemVerification verification;
  verification.dir = dir;
  verification.problem_id = dir.filename().string();
  auto problem = LoadProblem(dir);
  if (!problem) {
    verification.error = problem.error().ToString();
    return verification;
  }
  verification.problem_id = problem->id;
  // Without an accepted solution nothing shows that the tests themselves are right.
  if (std::ranges::none_of(problem->solutions, [](const ReferenceSolution& solution) {
        return solution.expected == Verdict::Accepted;
      })) {
    verification.error = fmt::format("{}: no solution is expected to be accepted",
                                     (dir / "problem.yaml").string());
    return verification;
  }
  for (const ReferenceSolution& solution : problem->solutions) {
    SolutionVerification checked;
    checked.file = solution.file;
    checked.expected = solution.expected;
    SubmitOptions options;
    options.language = solution.language;
    // A solution meant to fail has shown its verdict at its first failing case.
    options.stop_at_first_failure = solution.expected != Verdict::Accepted;
    auto result = Submit(*problem, solution.file, options);
    if (!result) {
      checked.got = Verdict::InternalError;
      checked.detail = result.error().message;
    } else {
      checked.got = result->verdict;
      if (!checked.passed()) checked.detail = FirstFailure(*result);
      if (!checked.passed() && checked.detail.empty() && result->budget) {
        checked.detail = BudgetSummary(*result->budget);
      }
    }
    verification.solutions.push_back(std::move(checked));
  }
  return verification;
}

}  // namespace judge

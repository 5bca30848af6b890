// BudgetRun: runs a correct submission and the problem's reference solution over the scale
// series (inputs of doubling size), fits how each one's cost grows, and checks the budget.
#pragma once

#include <expected>
#include <optional>
#include <string>

#include "judge/Submission.h"
#include "judge/complexity/BudgetProgress.h"
#include "judge/complexity/BudgetReport.h"
#include "judge/problem/Problem.h"
#include "runners/Runner.h"

namespace judge {

/// The report, and the first case of the series the candidate got wrong or crashed on
/// (then the submission's verdict is that case's, and the report stops there).
struct BudgetMeasurement {
  BudgetReport report;
  std::optional<CaseResult> failed_case;
};

/// The series for the solution in `source` (built again to count its operations, where the
/// runner can) beside the problem's reference solution in `language`. The error is
/// the problem's or the judge's fault (no reference solution in this language, a generator
/// that cannot build a size, a reference that does not run): it says why no budget was
/// measured and never becomes a verdict against the candidate. `on_progress` is told of
/// each step as it starts.
std::expected<BudgetMeasurement, std::string> MeasureBudget(const Problem& problem,
                                                            runners::Runner& runner,
                                                            const std::filesystem::path& source,
                                                            Language language,
                                                            const BudgetProgressHook& on_progress);

}  // namespace judge

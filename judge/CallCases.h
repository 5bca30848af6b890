// CallCases: judges the test cases of a function- or design-mode problem: runs them all
// through the runner's harness, then checks each result here, in the supervisor.
#pragma once

#include <expected>
#include <string>
#include <vector>

#include "judge/Submission.h"
#include "runners/Runner.h"

namespace judge {

/// The cases' results in test order; fewer when `stop_at_first_failure` cut the run short.
/// An error means the judge's machinery failed (IE), never the solution.
std::expected<std::vector<CaseResult>, std::string> JudgeCallCases(
    const Problem& problem, runners::Runner& runner, const runners::Prepared& program,
    bool stop_at_first_failure);

}  // namespace judge

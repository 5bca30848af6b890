// CallCases: judges the test cases of a function- or design-mode problem: runs them all
// through the runner's harness, then checks each result here, in the supervisor.
#pragma once

#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "judge/Submission.h"
#include "runners/Runner.h"

namespace judge {

struct JudgedCalls {
  std::vector<CaseResult> cases;  // in test order; fewer when the run stopped at a failure
  // Set when the runner found, in the harness process, that the source does not compile.
  std::optional<std::string> compile_diagnostics;
};

/// An error means the judge's machinery failed (IE), never the solution.
std::expected<JudgedCalls, std::string> JudgeCallCases(
    const Problem& problem, runners::Runner& runner, const runners::Prepared& program,
    bool stop_at_first_failure);

}  // namespace judge

// CallCases: judges the test cases of a function- or design-mode problem: runs them all
// through the runner's harness, then checks each result here, in the supervisor.
#pragma once

#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "judge/Submission.h"
#include "judge/check/Checker.h"
#include "runners/Runner.h"

namespace judge {

struct JudgedCalls {
  std::vector<CaseResult> cases;  // in test order; fewer when the run stopped at a failure
  // Set when the runner found, in the harness process, that the source does not compile.
  std::optional<std::string> compile_diagnostics;
};

/// One case's verdict from what happened in the harness: checked against test.expected (or
/// taken from `custom`, the author's checker's outcome), or the call's failure.
void JudgeCallOutcome(const Problem& problem, const TestCase& test,
                      const runners::CallOutcome& outcome,
                      const std::optional<CheckOutcome>& custom, CaseResult& result);

/// An error means the judge's machinery failed (IE), never the solution.
std::expected<JudgedCalls, std::string> JudgeCallCases(
    const Problem& problem, runners::Runner& runner, const runners::Prepared& program,
    bool stop_at_first_failure);

}  // namespace judge

// CustomChecker: a problem author's C++ `class Checker`, for problems with many right answers
// (or random ones). It is compiled into the function- or design-mode harness and run
// sandboxed in a process of its own (never the candidate's), on all the cases of a
// submission at once.
#pragma once

#include <expected>
#include <string>
#include <vector>

#include "judge/check/Checker.h"
#include "judge/problem/Problem.h"

namespace judge {

/// What the author writes for a function-mode problem: `string check(<the problem's
/// parameters...>, <result type> expected, <result type> actual)` in `class Checker`,
/// returning "" to accept. Design mode: CheckerDesign (DesignCheckerCalls.h).
FunctionSignature CheckerSignature(const FunctionSignature& problem);

struct CheckedCase {
  const TestCase* test;
  const Value* actual;  // of the result type; in design mode, past OperationsMismatch
};

/// One outcome per case, in order. An error is the checker's own failure (it does not
/// compile, it crashes): a fault of the problem, which the judge reports as IE.
std::expected<std::vector<CheckOutcome>, std::string> RunCustomChecker(
    const Problem& problem, const std::vector<CheckedCase>& cases);

}  // namespace judge

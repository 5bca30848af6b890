// DesignCheckerCalls: how a design-mode problem's custom checker is called. The author's
// `class Checker` mirrors the design class, and each case is replayed on it in LeetCode's
// operations form, so every argument and result keeps its method's own C++ type.
#pragma once

#include <expected>
#include <string>

#include "judge/check/Checker.h"
#include "judge/problem/Problem.h"

namespace judge {

/// The class the author writes for a design problem. For Random Pick with Weight
/// (`Solution(vector<int>& w)`, `int pickIndex()`):
///
///   class Checker {
///   public:
///       Checker(vector<int>& w);                     // the constructor's arguments
///       string pickIndex(int expected, int actual);  // once per pickIndex operation
///       string check();                              // after the last operation
///   };
///
/// The constructor takes the design constructor's parameters. Each design method becomes a
/// method of the same name taking that method's arguments as the test wrote them, then,
/// unless it returns void, the test's expected result and the candidate's actual one, both
/// of the method's return type; it returns "" to go on, or why the results are wrong.
/// `check()` (kDesignCheckerFinalMethod) comes last and returns "" to accept, or the
/// reason. Operations arrive in the test's order, so the checker may keep state (counts, a
/// model of the object). A typed method per operation is why the checker is a class and
/// not one `check(...)`: a design's operations differ in their types, which no single C++
/// parameter list holds.
DesignSpec CheckerDesign(const DesignSpec& problem);

/// One case, replayed on the checker: construct `Checker` with the test's constructor
/// arguments, call each operation with its arguments, expected and actual results, then
/// `check`. `actual` must hold one result per operation of its method's type
/// (OperationsMismatch), and test.expected a non-null result for every non-void operation
/// (the loader's rule for a custom checker).
TestCase CheckerOperations(const DesignSpec& problem, const TestCase& test, const Value& actual);

/// The case's outcome from the checker's results (null for its construction, one string per
/// operation, then check()'s): the first operation that gave a reason, as
/// "operation 3 (pickIndex): <reason>", else check()'s reason, else accepted. An error
/// means the results have another shape: the checker, not the candidate, failed.
std::expected<CheckOutcome, std::string> ReadCheckerVerdicts(const TestCase& test,
                                                             const Value& results);

}  // namespace judge

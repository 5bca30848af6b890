// ValueChecker: compares a function-mode result with the expected value in the supervisor:
// first its shape against the signature's type, then by the problem's checker (exact, any
// order, nested any order, float tolerance).
#pragma once

#include "judge/check/Checker.h"
#include "judge/problem/Problem.h"

namespace judge {

/// Why `value` is not a value of `type` ("[2] is a string, not an int"), or "" if it is.
std::string TypeMismatch(const Value& value, const TypeSpec& type);

CheckOutcome CheckValue(const CheckerSpec& checker, const TypeSpec& type, const Value& expected,
                        const Value& actual);

/// Design mode: why `actual` is not one result per operation, each of its method's return
/// type (null for the constructor and void methods), or "" if it is.
std::string OperationsMismatch(const DesignSpec& design, const TestCase& test, const Value& actual);

/// Design mode: the shape above, then each operation's result against the expected one.
CheckOutcome CheckOperations(const CheckerSpec& checker, const DesignSpec& design,
                             const TestCase& test, const Value& actual);

}  // namespace judge

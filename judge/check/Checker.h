// Checker: pure functions that compare a program's output with the expected output, the
// way the problem's CheckerSpec says (exact bytes, whitespace-separated tokens, or numbers).
#pragma once

#include <string>
#include <string_view>

#include "judge/problem/Problem.h"

namespace judge {

struct CheckOutcome {
  bool accepted = false;
  std::string message;  // where and how they differ, for the report; empty when accepted
};

CheckOutcome CheckOutput(const CheckerSpec& checker, std::string_view expected,
                         std::string_view actual);

}  // namespace judge

// Task: what a prepared program must do, as the runners need to know it: read stdin and
// write stdout, or answer calls of a LeetCode-style signature or design class.
#pragma once

#include <optional>

#include "judge/problem/Problem.h"

namespace runners {

struct Task {
  judge::ProblemMode mode = judge::ProblemMode::Stdio;
  std::optional<judge::FunctionSignature> signature;  // Function
  std::optional<judge::DesignSpec> design;            // Design
  std::vector<std::string> python_preload;            // modules beyond the prelude (numpy)
  // A build for the budget series: each call also reports the operations it executed
  // (CallOutcome::operations), at some cost in speed. Runners that cannot count ignore it.
  bool count_operations = false;

  static Task Stdio() { return Task{}; }
  static Task For(const judge::Problem& problem) {
    return Task{problem.mode, problem.signature, problem.design, problem.python_preload};
  }
};

}  // namespace runners

// RunFailure: the verdict that the sandbox's account of a run implies on its own (a signal,
// a limit, a forbidden call), before any output is looked at.
#pragma once

#include <optional>
#include <string>
#include <utility>

#include "judge/Verdict.h"
#include "sandbox/RunResult.h"

namespace judge {

/// None when the program exited with 0: then its output decides.
std::optional<std::pair<Verdict, std::string>> RunFailure(const sandbox::RunResult& run);

}  // namespace judge

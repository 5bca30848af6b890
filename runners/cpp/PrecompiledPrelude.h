// PrecompiledPrelude: LeetCode's C++ prelude (<bits/stdc++.h>) precompiled once per compiler
// and flag set into the judge's cache, so a function-mode compile skips parsing it.
#pragma once

#include <expected>
#include <filesystem>
#include <string>
#include <vector>

#include "runners/Runner.h"
#include "sandbox/RunLimits.h"

namespace runners::cpp {

/// The header to give g++ with `-include`; its precompiled `.gch` lies beside it, made with
/// exactly `flags`, the flags of the compiles that will use it (g++ ignores a `.gch` that
/// does not match, so a stale one costs time, never correctness). Built in the sandbox on
/// first use and shared by later compiles and processes; safe to call from several threads.
std::expected<std::filesystem::path, RunnerError> PrecompiledPrelude(
    const std::filesystem::path& compiler, const std::vector<std::string>& flags,
    const sandbox::RunLimits& limits);

}  // namespace runners::cpp

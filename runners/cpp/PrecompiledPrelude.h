// PrecompiledPrelude: LeetCode's C++ prelude (<bits/stdc++.h>) precompiled once per compiler
// and flag set into the judge's cache, so a compile that starts with it skips parsing it.
#pragma once

#include <expected>
#include <filesystem>
#include <string>
#include <vector>

#include "runners/Runner.h"
#include "sandbox/RunLimits.h"

namespace runners::cpp {

/// Two ways into the same precompiled header, made with exactly the flags of the compiles
/// that will use it. g++ checks a `.gch` before it uses it and takes the real header
/// instead when the `.gch` cannot stand for it (other flags, or a macro defined before the
/// #include that the header mentions), so a `.gch` costs time or saves it, never correctness.
struct PreludeFiles {
  /// For `-include` (the function and design harnesses): its `.gch` lies beside it.
  std::filesystem::path header;
  /// For `-I`, first on the include path: it holds only `bits/stdc++.h.gch`, which g++
  /// looks for before `bits/stdc++.h` in each folder it searches, so a stdio source's own
  /// `#include <bits/stdc++.h>` finds it, and falls through to the real header when it
  /// cannot be used.
  std::filesystem::path include_dir;
};

/// Built in the sandbox on first use and shared by later compiles and processes; safe to
/// call from several threads.
std::expected<PreludeFiles, RunnerError> PrecompiledPrelude(
    const std::filesystem::path& compiler, const std::vector<std::string>& flags,
    const sandbox::RunLimits& limits);

}  // namespace runners::cpp

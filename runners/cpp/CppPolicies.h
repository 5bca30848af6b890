// CppPolicies: the two seccomp policies of the C++ runner: one for g++ and the tools it
// runs (files and processes, no network), one for the candidate's static program.
#pragma once

#include <expected>

#include "sandbox/SeccompPolicy.h"

namespace runners::cpp {

using PolicyOrError = std::expected<sandbox::SeccompPolicy, sandbox::SandboxError>;

/// g++, cc1plus, as and ld: may read and write files and spawn each other; nothing else.
const PolicyOrError& CompilerPolicy();
/// A statically linked program reading stdin and writing stdout: no files, no processes.
const PolicyOrError& ProgramPolicy();

}  // namespace runners::cpp

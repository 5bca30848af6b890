// PythonPolicy: the seccomp allowlist of a Python solution's process (a child of the zygote):
// memory, time, threads for the big-stack call thread; no files, processes or network.
#pragma once

#include <expected>

#include "sandbox/SandboxError.h"
#include "sandbox/SeccompPolicy.h"

namespace runners::python {

const std::expected<sandbox::SeccompPolicy, sandbox::SandboxError>& PythonPolicy();

}  // namespace runners::python

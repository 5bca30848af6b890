// PythonPolicy: the seccomp allowlist of a Python solution's process (a child of the zygote):
// memory, time and what a warm interpreter needs; no threads, files, processes or network.
#pragma once

#include <expected>

#include "sandbox/SandboxError.h"
#include "sandbox/SeccompPolicy.h"

namespace runners::python {

const std::expected<sandbox::SeccompPolicy, sandbox::SandboxError>& PythonPolicy();

}  // namespace runners::python

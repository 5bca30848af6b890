// PythonEntry: what a child of the Python zygote does once it is inside the sandbox: check a
// source's syntax, run a stdio program, or answer function/design calls over the call
// protocol (runners/call/CallBatch.h), with the interpreter the zygote warmed up.
#pragma once

#include <cstdint>
#include <string>

#include "runners/Task.h"

namespace runners::python {

/// The exit code of a stdio program that ended in an uncaught MemoryError: it ran out of
/// its memory allowance (RLIMIT_AS refuses before any cgroup would kill).
inline constexpr int kMemoryErrorExit = 122;

/// The child's whole work; returns its exit code.
int RunPythonEntry(const std::string& payload);

/// Payloads, built by the supervisor.
std::string CheckPayload(const std::string& source);
std::string StdioPayload(const std::string& source);
/// `memory_pass_below_ns`: calls that took longer are not run again under tracemalloc.
std::string CallsPayload(const std::string& source, const Task& task, std::int64_t stack_bytes,
                         std::int64_t memory_pass_below_ns);

}  // namespace runners::python

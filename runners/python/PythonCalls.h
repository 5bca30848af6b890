// PythonCalls: the function- and design-mode harness of a Python solution, in a zygote
// child: reads the cases, calls the candidate's methods, times each call on the thread's
// CPU clock, measures its memory in a tracemalloc pass, and writes the call protocol's records.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "runners/Task.h"

namespace runners::python {

/// Runs every case of stdin (runners/call/CallBatch.h) against `source`; returns the exit
/// code. Calls that took more than `memory_pass_below_ns` get no memory pass.
int RunCalls(const std::string& source, const Task& task, std::size_t stack_bytes,
             std::int64_t memory_pass_below_ns);

}  // namespace runners::python

// PythonCalls: the function- and design-mode harness of a Python solution, in a zygote
// child: reads the cases, calls the candidate's methods, times each call on the thread's
// CPU clock, measures its memory in a tracemalloc pass, and writes the call protocol's records.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "judge/problem/Signature.h"
#include "judge/problem/Problem.h"

namespace runners::python {

struct CallSpec {
  judge::ProblemMode mode = judge::ProblemMode::Function;
  judge::FunctionSignature signature;
  judge::DesignSpec design;
};

/// Runs every case of stdin (runners/call/CallBatch.h) against `source`; returns the exit
/// code. Calls that took more than `memory_pass_below_ns` get no memory pass.
int RunCalls(const std::string& source, const CallSpec& spec, std::size_t stack_bytes,
             std::int64_t memory_pass_below_ns);

}  // namespace runners::python

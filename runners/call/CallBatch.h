// CallBatch: runs all test cases of a function- or design-mode submission through a harness
// process that speaks the call protocol, resuming in a fresh process after a case kills one.
#pragma once

#include <expected>
#include <functional>
#include <span>
#include <string>

#include "runners/Runner.h"
#include "runners/call/CallOutcome.h"

namespace runners {

/// Starts one harness process with this stdin under these limits (the runner's own way:
/// exec a compiled binary, fork a zygote, ...).
using HarnessLauncher = std::function<std::expected<sandbox::RunResult, RunnerError>(
    const std::string& stdin_data, const sandbox::RunLimits& limits)>;

/// The process limits that leave every one of `cases` calls its own `limits`.
sandbox::RunLimits ProcessLimitsFor(const CallLimits& limits, std::size_t cases);

/// `cases` holds each case's encoded input (CallInput.h). The protocol, on the harness's
/// stdin: "<first> <count>" then the cases; on its stdout, per case: "S k parse_ns" when
/// the call starts (after reading the input, which took parse_ns of CPU), in a counting
/// build "O k operations" when it ends, then "R k cpu_ns heap_bytes <value>", "E k cpu_ns heap_bytes <message>" (threw)
/// or "X k cpu_ns heap_bytes <message>" (result refused); "P <message>" for input the
/// harness cannot read; "C <diagnostics>" before any case when the source does not compile
/// (harnesses that compile it); "D" when all cases are done. A harness that measures memory in a
/// second run of the call writes "M k" before it and "H k heap_bytes" after it. Values and messages (strings) are in
/// the wire form of ValueWire.h; every record ends with a newline.
std::expected<BatchOutcome, RunnerError> RunCallBatch(std::span<const std::string> cases,
                                                      const CallLimits& limits,
                                                      const HarnessLauncher& launch);

}  // namespace runners

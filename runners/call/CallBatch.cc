#include "runners/call/CallBatch.h"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "runners/call/ValueWire.h"

namespace runners {
namespace {

// Room per case beyond the call itself: reading the next input, writing the result.
constexpr std::int64_t kCaseSlackMs = 250;
constexpr std::int64_t kStdoutCap = 256LL << 20;

struct ParsedRecords {
  std::optional<std::size_t> started;  // the case whose call began and has not ended
  std::int64_t started_parse_ns = 0;   // what reading its input cost
  std::int64_t started_operations = -1;  // "O": the operations its call counted; -1: none
  std::optional<std::size_t> memory_pass;  // a finished case being run again for its memory
  std::size_t finished_upto = 0;       // cases [first, finished_upto) have an outcome
  bool done = false;
  std::string protocol_error;  // "P" from the harness: it could not read its input
  std::optional<std::string> compile_diagnostics;  // "C": the source does not compile
  std::string corrupt;         // a record that makes no sense: the process was tampered with
  std::size_t corrupt_case = 0;  // the case running when the nonsense was written
};

// Reads the records of one process for the cases [first, end) into `calls`.
ParsedRecords ParseRecords(std::string_view out, std::size_t first, std::size_t end,
                           std::vector<CallOutcome>& calls) {
  ParsedRecords parsed;
  parsed.finished_upto = first;
  std::size_t pos = 0;
  while (true) {
    while (pos < out.size() && (out[pos] == '\n' || out[pos] == ' ')) ++pos;
    if (pos >= out.size()) break;
    const char tag = out[pos];
    WireReader fields(out.substr(pos + 1));
    if (tag == 'D') {
      parsed.done = true;
      break;
    }
    if (tag == 'P') {
      auto message = fields.Next();
      parsed.protocol_error = message && message->is_string() ? message->as_string() : "unreadable";
      break;
    }
    // Each record ends in a newline, written in the same write() as the record: without
    // it, the process died while writing and the record may be cut anywhere.
    const auto complete = [&] {
      std::size_t after = pos + 1 + fields.position();
      while (after < out.size() && out[after] == ' ') ++after;
      return after < out.size() && out[after] == '\n';
    };
    if (tag == 'C') {
      // Only before any case: the candidate's code runs only once its source compiled,
      // and anything it writes later is out of order. (A forged "C" before the first
      // case would only turn its own run into CE.)
      auto message = fields.Next();
      if (!message || !complete()) break;
      if (parsed.started || parsed.finished_upto != first || !message->is_string()) {
        parsed.corrupt = "a compile record out of place";
        parsed.corrupt_case = parsed.started.value_or(parsed.finished_upto);
        break;
      }
      parsed.compile_diagnostics = message->as_string();
      break;
    }
    auto index = fields.NextInt();
    if (!index) break;  // cut off mid-record: the process ended while writing
    if (tag == 'M' || tag == 'H') {
      // The memory pass of the case just finished (harnesses that cannot count the heap
      // while timing the call run it again): it may update that case's heap figure only.
      // A negative index would wrap to the last size_t, whose k + 1 is 0: refused first.
      const auto k = static_cast<std::size_t>(*index);
      if (*index < 0 || parsed.started || k + 1 != parsed.finished_upto || k < first) {
        parsed.corrupt = "a memory record out of order";
        parsed.corrupt_case = parsed.started.value_or(parsed.finished_upto);
        break;
      }
      if (tag == 'M') {
        if (!complete()) break;
        parsed.memory_pass = k;
      } else {
        auto heap = fields.NextInt();
        // Without an "M" first: the harness skipped the pass and says so with -1.
        if (!heap || !complete() || (parsed.memory_pass && parsed.memory_pass != k)) break;
        calls[k].heap_peak_bytes = std::max<std::int64_t>(-1, *heap);
        parsed.memory_pass.reset();
      }
      pos += 1 + fields.position();
      continue;
    }
    const bool repeats_last = parsed.finished_upto > first && !parsed.started &&
                              *index == static_cast<std::int64_t>(parsed.finished_upto - 1);
    if (*index < 0 || static_cast<std::size_t>(*index) != parsed.finished_upto ||
        parsed.finished_upto >= end) {
      parsed.corrupt = "a record for case " + std::to_string(*index) + " out of order";
      // A second result for the case just finished means the first one was forged by it.
      parsed.corrupt_case = repeats_last ? parsed.finished_upto - 1 : parsed.finished_upto;
      break;
    }
    const auto k = static_cast<std::size_t>(*index);
    parsed.memory_pass.reset();
    if (tag == 'S') {
      auto parse_ns = fields.NextInt();
      if (!parse_ns || !complete()) break;
      parsed.started_parse_ns = std::max<std::int64_t>(0, *parse_ns);
      if (parsed.started) {
        parsed.corrupt = "a case started twice";
        parsed.corrupt_case = *parsed.started;
        break;
      }
      parsed.started = k;
      parsed.started_operations = -1;
    } else if (tag == 'O') {
      // The operation count of the call that just ended (counting builds only); its
      // result record follows.
      auto operations = fields.NextInt();
      if (!operations || !complete()) break;
      if (parsed.started != k || parsed.started_operations >= 0) {
        parsed.corrupt = "an operation count out of place";
        parsed.corrupt_case = k;
        break;
      }
      parsed.started_operations = std::max<std::int64_t>(0, *operations);
    } else if (tag == 'R' || tag == 'E' || tag == 'X') {
      if (parsed.started != k) {
        parsed.corrupt = "a result for a case that did not start";
        parsed.corrupt_case = k;
        break;
      }
      auto cpu = fields.NextInt();
      auto heap = cpu ? fields.NextInt() : cpu;
      if (!cpu || !heap) break;
      CallOutcome outcome;
      outcome.cpu_time_ns = std::max<std::int64_t>(0, *cpu);
      outcome.heap_peak_bytes = std::max<std::int64_t>(-1, *heap);  // -1: not measured
      outcome.input_parse_ns = parsed.started_parse_ns;
      outcome.operations = parsed.started_operations;
      if (tag == 'R') {
        auto value = fields.Next();
        if (!value) break;
        outcome.end = CallEnd::Returned;
        outcome.result = *std::move(value);
      } else {
        auto message = fields.Next();
        if (!message) break;
        if (!message->is_string()) {
          parsed.corrupt = "a message that is not a string";
          parsed.corrupt_case = k;
          break;
        }
        outcome.end = tag == 'E' ? CallEnd::Threw : CallEnd::Rejected;
        outcome.message = message->as_string();
      }
      if (!complete()) break;
      calls[k] = std::move(outcome);
      parsed.started.reset();
      parsed.finished_upto = k + 1;
    } else {
      parsed.corrupt = std::string("an unknown record '") + tag + "'";
      parsed.corrupt_case = parsed.started.value_or(parsed.finished_upto);
      break;
    }
    pos += 1 + fields.position();
  }
  return parsed;
}

}  // namespace

sandbox::RunLimits ProcessLimitsFor(const CallLimits& limits, std::size_t cases) {
  sandbox::RunLimits run;
  const auto count = static_cast<std::int64_t>(std::max<std::size_t>(cases, 1));
  run.idle_cpu_time_ms = limits.call_cpu_ms + kCaseSlackMs;
  // Wall time only catches calls that wait instead of compute.
  run.idle_wall_time_ms = limits.call_cpu_ms * 3 + 1000;
  run.cpu_time_ms = count * run.idle_cpu_time_ms + 1000;
  run.wall_time_ms = count * run.idle_wall_time_ms + 2000;
  run.memory_bytes = limits.memory_bytes;
  // As on LeetCode, the stack may use nearly all of the memory: deep recursion is legitimate.
  run.stack_bytes = sandbox::StackWithin(limits.memory_bytes);
  run.output_bytes = kStdoutCap;
  run.stderr_bytes = limits.output_bytes;
  return run;
}

std::expected<BatchOutcome, RunnerError> RunCallBatch(std::span<const std::string> cases,
                                                      const CallLimits& limits,
                                                      const HarnessLauncher& launch) {
  BatchOutcome batch;
  batch.calls.resize(cases.size());
  std::size_t next = 0;
  while (next < cases.size()) {
    std::string input = std::to_string(next) + " " + std::to_string(cases.size() - next) + "\n";
    for (std::size_t k = next; k < cases.size(); ++k) {
      input += cases[k];
      input += '\n';
    }
    auto run = launch(input, ProcessLimitsFor(limits, cases.size() - next));
    if (!run) return std::unexpected(run.error());
    ++batch.processes;
    batch.process_usage.cpu_time_us += run->usage.cpu_time_us;
    batch.process_usage.wall_time_us += run->usage.wall_time_us;
    if (run->usage.peak_memory_bytes >= batch.process_usage.peak_memory_bytes) {
      batch.process_usage.peak_memory_bytes = run->usage.peak_memory_bytes;
      batch.process_usage.memory_source = run->usage.memory_source;
    }
    if (batch.stderr_data.size() < sandbox::RunResult::kStderrKeptBytes) {
      batch.stderr_data += run->stderr_data.substr(
          0, sandbox::RunResult::kStderrKeptBytes - batch.stderr_data.size());
    }

    const ParsedRecords parsed = ParseRecords(run->stdout_data, next, cases.size(), batch.calls);
    if (!parsed.protocol_error.empty()) {
      return std::unexpected(RunnerError{"the harness could not read case " +
                                         std::to_string(parsed.finished_upto) + ": " +
                                         parsed.protocol_error});
    }
    if (parsed.compile_diagnostics && parsed.corrupt.empty()) {
      batch.compile_diagnostics = parsed.compile_diagnostics;
      return batch;
    }
    spdlog::debug("harness process {}: cases {}..{} done, status {}", batch.processes, next,
                  parsed.finished_upto, sandbox::RunStatusName(run->status));
    if (!parsed.done) {
      spdlog::debug("harness stdout begins: {:?}; stderr begins: {:?}",
                    run->stdout_data.substr(0, 200), run->stderr_data.substr(0, 200));
    }
    if (parsed.done && parsed.finished_upto == cases.size()) break;

    run->stdout_data.clear();
    run->stdout_data.shrink_to_fit();
    if (parsed.corrupt.empty() && !parsed.started && parsed.memory_pass) {
      // Died measuring memory after the case's result was in: nobody to blame.
      batch.calls[*parsed.memory_pass].heap_peak_bytes = -1;
      next = parsed.finished_upto;
      continue;
    }
    const std::size_t culprit = !parsed.corrupt.empty()
                                    ? parsed.corrupt_case
                                    : parsed.started.value_or(parsed.finished_upto);
    if (culprit >= cases.size()) {
      return std::unexpected(RunnerError{"the harness ended after its last case without "
                                         "saying so"});
    }
    if (!parsed.corrupt.empty()) {
      // Only the candidate's code shares the process with the harness: it wrote there.
      const std::string why = "the solution wrote into the judge's result channel (" +
                              parsed.corrupt + ")";
      if (run->status == sandbox::RunStatus::Exited) {
        run->exit_code = run->exit_code == 0 ? 1 : run->exit_code;
        run->reason = why;
      } else {
        run->reason += "; " + why;
      }
    }
    CallOutcome ended;
    ended.end = CallEnd::ProcessEnded;
    if (parsed.started) ended.input_parse_ns = parsed.started_parse_ns;
    ended.process = *run;
    if (!parsed.started && parsed.finished_upto == next) {
      // Nothing started at all: the program cannot get going (a crash in a global
      // constructor, say), so every remaining case would end the same way.
      for (std::size_t k = next; k < cases.size(); ++k) batch.calls[k] = ended;
      break;
    }
    batch.calls[culprit] = std::move(ended);
    if (!limits.resume_after_crash) break;
    next = culprit + 1;
  }
  return batch;
}

}  // namespace runners

// call_records_fuzz: RunCallBatch (runners/call/CallBatch.h) on the stdout a hostile harness
// may print, canned in place of processes: never a crash or a loop, always coherent outcomes.
//
// Input: one byte of set-up (low 3 bits: cases - 1; bit 3: resume after a crash), then the
// stdout of each successive process, separated by 0x1e bytes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runners/call/CallBatch.h"
#include "tests/fuzz/FuzzCheck.h"

namespace {

using runners::CallEnd;

constexpr char kProcessSeparator = '\x1e';

std::vector<std::string> SplitOutputs(std::string_view text) {
  std::vector<std::string> outputs;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(kProcessSeparator, start);
    outputs.emplace_back(text.substr(start, end - start));
    if (end == std::string_view::npos) return outputs;
    start = end + 1;
  }
}

void CheckBatch(const runners::BatchOutcome& batch, std::size_t cases, bool resume,
                std::size_t launches) {
  fuzz::Check(batch.calls.size() == cases, "one outcome per case");
  fuzz::Check(batch.processes >= 1 && static_cast<std::size_t>(batch.processes) == launches,
              "processes counts the launches");
  // Each new process starts past the case that ended the last one.
  fuzz::Check(launches <= cases, "at most one process per case", std::to_string(launches));
  fuzz::Check(batch.stderr_data.size() <= sandbox::RunResult::kStderrKeptBytes,
              "stderr is capped");
  for (const runners::CallOutcome& call : batch.calls) {
    fuzz::Check(call.cpu_time_ns >= 0 && call.input_parse_ns >= 0, "times are not negative");
    fuzz::Check(call.heap_peak_bytes >= -1, "the heap peak is a size or -1");
    fuzz::Check(call.process.has_value() == (call.end == CallEnd::ProcessEnded),
                "a process result exactly for a call its process ended");
    // Without a compile failure and with resumption, every case is accounted for.
    if (!batch.compile_diagnostics && resume) {
      fuzz::Check(call.end != CallEnd::NotRun, "every case has an outcome");
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::size_t cases = (data[0] & 7) + 1;
  const bool resume = (data[0] & 8) != 0;
  const std::vector<std::string> outputs =
      SplitOutputs(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));

  std::vector<std::string> inputs;
  const runners::HarnessLauncher launch = [&](const std::string& stdin_data,
                                              const sandbox::RunLimits&) {
    inputs.push_back(stdin_data);
    sandbox::RunResult result;
    // A process past the canned ones prints nothing, as one that crashes at once.
    if (inputs.size() <= outputs.size()) result.stdout_data = outputs[inputs.size() - 1];
    return std::expected<sandbox::RunResult, runners::RunnerError>(std::move(result));
  };
  const std::vector<std::string> case_inputs(cases, "i1");
  runners::CallLimits limits;
  limits.resume_after_crash = resume;
  const auto batch = runners::RunCallBatch(case_inputs, limits, launch);
  fuzz::Check(inputs.size() <= cases + 1, "the batch ends", std::to_string(inputs.size()));
  for (const std::string& input : inputs) {
    fuzz::Check(!input.empty() && input.find('\n') != std::string::npos,
                "each process is told where to start");
  }
  if (!batch) {
    fuzz::Check(!batch.error().message.empty(), "a failed batch says why");
    return 0;
  }
  CheckBatch(*batch, cases, resume, inputs.size());
  return 0;
}

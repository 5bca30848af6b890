#include "judge/CallCases.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "judge/RunFailure.h"
#include "judge/check/CustomChecker.h"
#include "judge/check/ValueChecker.h"
#include "runners/call/CallInput.h"

namespace judge {
namespace {

constexpr std::size_t kShownChars = 2048;

CheckOutcome CheckResult(const Problem& problem, const TestCase& test, const Value& actual) {
  if (problem.mode == ProblemMode::Design) {
    // The author's checker saw every result of the right shape; this one is not.
    if (problem.checker.kind == CheckerKind::Custom) {
      return {false, OperationsMismatch(*problem.design, test, actual)};
    }
    return CheckOperations(problem.checker, *problem.design, test, actual);
  }
  // `as: value` compares the returned node's val; no node at all is a wrong answer, not a
  // value of the wrong type.
  if (problem.signature->returns_node_value && actual.is_null()) {
    if (test.expected.is_null()) return {true, ""};
    return {false, fmt::format("expected the node with val {}, got no node (null)",
                               test.expected.ToDisplay())};
  }
  return CheckValue(problem.checker, problem.signature->ResultType(), test.expected, actual);
}

bool OverTime(const Problem& problem, const runners::CallOutcome& outcome) {
  return outcome.cpu_time_ns > problem.limits.time_ms * 1'000'000;
}

// Whether the author's checker may see `actual`: it is declared with the result's C++ type.
bool OfCheckableShape(const Problem& problem, const TestCase& test, const Value& actual) {
  if (problem.mode == ProblemMode::Design) {
    return OperationsMismatch(*problem.design, test, actual).empty();
  }
  return TypeMismatch(actual, problem.signature->ResultType()).empty();
}

// The author's checker on every result that came back in time and of the right type, at once.
std::expected<std::vector<std::optional<CheckOutcome>>, std::string> CustomChecks(
    const Problem& problem, const std::vector<runners::CallOutcome>& calls) {
  std::vector<std::optional<CheckOutcome>> checks(calls.size());
  if (problem.checker.kind != CheckerKind::Custom) return checks;
  std::vector<CheckedCase> cases;
  std::vector<std::size_t> indices;
  for (std::size_t i = 0; i < calls.size(); ++i) {
    if (calls[i].end == runners::CallEnd::Returned && !OverTime(problem, calls[i]) &&
        OfCheckableShape(problem, problem.tests[i], calls[i].result)) {
      cases.push_back(CheckedCase{&problem.tests[i], &calls[i].result});
      indices.push_back(i);
    }
  }
  auto outcomes = RunCustomChecker(problem, cases);
  if (!outcomes) return std::unexpected(outcomes.error());
  for (std::size_t j = 0; j < indices.size(); ++j) checks[indices[j]] = (*outcomes)[j];
  return checks;
}

}  // namespace

void JudgeCallOutcome(const Problem& problem, const TestCase& test,
                      const runners::CallOutcome& outcome,
                      const std::optional<CheckOutcome>& custom, CaseResult& result) {
  using runners::CallEnd;
  result.cpu_time_us = outcome.cpu_time_ns / 1000;
  result.input_parse_us = outcome.input_parse_ns / 1000;
  result.peak_memory_bytes = std::max<std::int64_t>(0, outcome.heap_peak_bytes);
  result.memory_measure = outcome.heap_peak_bytes < 0 ? MemoryMeasure::Unknown : MemoryMeasure::Heap;
  const bool over_time = OverTime(problem, outcome);
  switch (outcome.end) {
    case CallEnd::Returned: {
      if (over_time) {
        result.verdict = Verdict::TimeLimit;
        result.detail = fmt::format("the call took {} ms of CPU; the limit is {} ms",
                                    outcome.cpu_time_ns / 1'000'000, problem.limits.time_ms);
        return;
      }
      const CheckOutcome check = custom ? *custom : CheckResult(problem, test, outcome.result);
      result.verdict = check.accepted ? Verdict::Accepted : Verdict::WrongAnswer;
      result.detail = check.message;
      return;
    }
    case CallEnd::Threw:
      // An allocation the memory cap refused surfaces as an exception (C++'s bad_alloc,
      // Python's MemoryError), not as a kill, where the cap is an rlimit.
      if (outcome.message.find("std::bad_alloc") != std::string::npos ||
          outcome.message.starts_with("MemoryError")) {
        result.verdict = Verdict::MemoryLimit;
        result.detail = fmt::format("memory limit ({} MiB): {}", problem.limits.memory_bytes >> 20,
                                    outcome.message);
      } else {
        result.verdict = over_time ? Verdict::TimeLimit : Verdict::RuntimeError;
        result.detail = "uncaught exception: " + outcome.message;
      }
      return;
    case CallEnd::Rejected:
      result.verdict = over_time ? Verdict::TimeLimit : Verdict::WrongAnswer;
      result.detail = outcome.message;
      return;
    case CallEnd::ProcessEnded: {
      const sandbox::RunResult& process = *outcome.process;
      result.memory_measure = MeasureOf(process.usage.memory_source);
      result.peak_memory_bytes = process.usage.peak_memory_bytes;
      if (process.status == sandbox::RunStatus::Timeout) {
        result.cpu_time_us = problem.limits.time_ms * 1000;
      }
      if (auto failure = RunFailure(process)) {
        std::tie(result.verdict, result.detail) = *failure;
      } else {
        result.verdict = Verdict::RuntimeError;
        result.detail = "the program exited during the call (exit code 0)";
      }
      return;
    }
    case CallEnd::NotRun: break;
  }
  result.verdict = Verdict::InternalError;
  result.detail = "the harness never reached this case";
}

std::expected<JudgedCalls, std::string> JudgeCallCases(
    const Problem& problem, runners::Runner& runner, const runners::Prepared& program,
    bool stop_at_first_failure) {
  std::vector<std::string> inputs;
  inputs.reserve(problem.tests.size());
  for (const TestCase& test : problem.tests) {
    inputs.push_back(problem.mode == ProblemMode::Design
                         ? runners::EncodeDesignCase(*problem.design, test)
                         : runners::EncodeFunctionCase(test));
  }
  runners::CallLimits limits;
  limits.call_cpu_ms = problem.limits.time_ms;
  limits.memory_bytes = problem.limits.memory_bytes;
  limits.output_bytes = problem.limits.output_bytes;
  limits.resume_after_crash = !stop_at_first_failure;
  auto batch = runner.RunCalls(program, inputs, limits);
  if (!batch) return std::unexpected(batch.error().message);
  spdlog::debug("{} cases in {} process(es), {} us CPU in all", inputs.size(), batch->processes,
                batch->process_usage.cpu_time_us);
  if (batch->compile_diagnostics) return JudgedCalls{{}, batch->compile_diagnostics};

  auto custom = CustomChecks(problem, batch->calls);
  if (!custom) return std::unexpected(custom.error());

  JudgedCalls judged;
  std::vector<CaseResult>& results = judged.cases;
  for (std::size_t i = 0; i < problem.tests.size(); ++i) {
    const TestCase& test = problem.tests[i];
    const runners::CallOutcome& outcome = batch->calls[i];
    if (outcome.end == runners::CallEnd::NotRun && stop_at_first_failure) break;
    CaseResult result;
    result.name = test.name;
    result.sample = test.sample;
    result.tags = test.tags;
    JudgeCallOutcome(problem, test, outcome, (*custom)[i], result);
    if (test.sample && result.verdict != Verdict::Accepted) {
      result.input_excerpt = InputText(problem, test, kShownChars);
      result.expected_excerpt = test.expected.ToDisplay(kShownChars) + "\n";
      result.actual_excerpt = outcome.end == runners::CallEnd::Returned
                                  ? outcome.result.ToDisplay(kShownChars) + "\n"
                                  : outcome.message.empty()
                                        ? "(no value: the process ended during the call)\n"
                                        : "(no value: " + outcome.message + ")\n";
      result.stderr_excerpt = batch->stderr_data.substr(0, kShownChars);
    }
    spdlog::debug("case {}: {} {}", result.name, ShortName(result.verdict), result.detail);
    const bool failed = result.verdict != Verdict::Accepted;
    results.push_back(std::move(result));
    if (failed && stop_at_first_failure) break;
  }
  return judged;
}

}  // namespace judge

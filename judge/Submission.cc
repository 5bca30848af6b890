#include "judge/Submission.h"

#include <csignal>
#include <cstring>
#include <variant>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "judge/CallCases.h"
#include "judge/RunFailure.h"
#include "judge/RelativeTimeLimit.h"
#include "judge/RunnerFor.h"
#include "judge/check/Checker.h"
#include "judge/complexity/BudgetRun.h"

namespace judge {
namespace {

constexpr std::size_t kExcerptBytes = 2048;

std::string Excerpt(std::string_view text) {
  if (text.size() <= kExcerptBytes) return std::string(text);
  return fmt::format("{}\n[... {} more bytes]", text.substr(0, kExcerptBytes),
                     text.size() - kExcerptBytes);
}

sandbox::RunLimits LimitsFor(const ProblemLimits& limits) {
  sandbox::RunLimits run;
  run.cpu_time_ms = limits.time_ms;
  // Wall time only catches programs that wait instead of compute.
  run.wall_time_ms = limits.time_ms * 3 + 1000;
  run.memory_bytes = limits.memory_bytes;
  run.output_bytes = limits.output_bytes;
  // As on LeetCode, the stack may use nearly all of the memory: deep recursion is legitimate.
  run.stack_bytes = sandbox::StackWithin(limits.memory_bytes);
  return run;
}

CaseResult JudgeCase(const TestCase& test, const CheckerSpec& checker,
                     const std::expected<sandbox::RunResult, runners::RunnerError>& run) {
  CaseResult result;
  result.name = test.name;
  result.sample = test.sample;
  result.tags = test.tags;
  if (!run) {
    result.verdict = Verdict::InternalError;
    result.detail = run.error().message;
    return result;
  }
  result.cpu_time_us = run->usage.cpu_time_us;
  result.wall_time_us = run->usage.wall_time_us;
  result.peak_memory_bytes = run->usage.peak_memory_bytes;
  result.memory_measure = MeasureOf(run->usage.memory_source);
  if (auto failure = RunFailure(*run)) {
    std::tie(result.verdict, result.detail) = *failure;
  } else {
    const CheckOutcome check = CheckOutput(checker, test.expected_output, run->stdout_data);
    result.verdict = check.accepted ? Verdict::Accepted : Verdict::WrongAnswer;
    result.detail = check.message;
  }
  if (test.sample && result.verdict != Verdict::Accepted) {
    result.input_excerpt = Excerpt(test.input);
    result.expected_excerpt = Excerpt(test.expected_output);
    result.actual_excerpt = Excerpt(run->stdout_data);
    result.stderr_excerpt = Excerpt(run->stderr_data);
  }
  return result;
}

}  // namespace

std::string_view MemoryMeasureName(MemoryMeasure measure) {
  switch (measure) {
    case MemoryMeasure::Cgroup: return "cgroup";
    case MemoryMeasure::Rusage: return "rusage";
    case MemoryMeasure::Sampled: return "sampled";
    case MemoryMeasure::UpperBound: return "upper-bound";
    case MemoryMeasure::Heap: return "heap";
    case MemoryMeasure::Unknown: return "unknown";
  }
  return "?";
}

MemoryMeasure MeasureOf(sandbox::MemorySource source) {
  switch (source) {
    case sandbox::MemorySource::Cgroup: return MemoryMeasure::Cgroup;
    case sandbox::MemorySource::Rusage: return MemoryMeasure::Rusage;
    case sandbox::MemorySource::Sampled: return MemoryMeasure::Sampled;
    case sandbox::MemorySource::Inherited: return MemoryMeasure::UpperBound;
  }
  return MemoryMeasure::UpperBound;
}

std::expected<Language, SubmitError> ResolveLanguage(const std::filesystem::path& source,
                                                     std::optional<Language> chosen) {
  if (chosen) return *chosen;
  if (auto language = LanguageFromPath(source)) return *language;
  return std::unexpected(SubmitError{fmt::format(
      "{}: cannot tell the language from the extension '{}'; use --lang cpp|py",
      source.string(), source.extension().string())});
}

std::expected<SubmissionResult, SubmitError> Submit(const Problem& given,
                                                    const std::filesystem::path& source,
                                                    const SubmitOptions& options) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(source, error)) {
    return std::unexpected(SubmitError{fmt::format("{}: no such file", source.string())});
  }
  auto language = ResolveLanguage(source, options.language);
  if (!language) return std::unexpected(language.error());
  auto runner = RunnerFor(*language);
  if (!runner) {
    return std::unexpected(SubmitError{fmt::format("{}: {}", source.string(), runner.error())});
  }

  SubmissionResult result;
  result.problem_id = given.id;
  result.language = *language;
  result.source = source;
  // A limit relative to the reference becomes milliseconds first, on this machine.
  std::optional<Problem> measured;
  if (given.limits.relative_time) {
    auto limit = MeasureTimeLimit(given, *language);
    if (!limit) {
      result.verdict = Verdict::InternalError;
      result.internal_error = limit.error();
      return result;
    }
    measured = given;
    measured->limits.relative_time.reset();
    measured->limits.time_ms = limit->time_ms;
    result.time_limit_basis = limit->basis;
  }
  const Problem& problem = measured ? *measured : given;
  result.time_limit_ms = problem.limits.time_ms;
  auto preparation = (*runner)->Prepare(source, runners::Task::For(problem));
  if (!preparation) {
    result.verdict = Verdict::InternalError;
    result.internal_error = preparation.error().message;
    return result;
  }
  if (auto* failure = std::get_if<runners::CompileFailure>(&*preparation)) {
    result.verdict = Verdict::CompileError;
    result.compile_output = failure->diagnostics;
    return result;
  }
  const auto& program = std::get<runners::Prepared>(*preparation);
  result.compile_time_ms = program.prepare_time_ms;
  result.build_cached = program.build_cached;
  result.runtime = program.runtime;

  if (problem.mode == ProblemMode::Stdio) {
    const sandbox::RunLimits limits = LimitsFor(problem.limits);
    for (const TestCase& test : problem.tests) {
      CaseResult judged =
          JudgeCase(test, problem.checker, (*runner)->Run(program, test.input, limits));
      spdlog::debug("case {}: {} {}", judged.name, ShortName(judged.verdict), judged.detail);
      const bool failed = judged.verdict != Verdict::Accepted;
      result.cases.push_back(std::move(judged));
      if (options.stop_at_first_failure && failed) break;
    }
  } else {
    auto judged = JudgeCallCases(problem, **runner, program, options.stop_at_first_failure);
    if (!judged) {
      result.verdict = Verdict::InternalError;
      result.internal_error = judged.error();
      return result;
    }
    if (judged->compile_diagnostics) {
      result.verdict = Verdict::CompileError;
      result.compile_output = *judged->compile_diagnostics;
      return result;
    }
    result.cases = std::move(judged->cases);
  }
  std::vector<Verdict> verdicts;
  for (const auto& judged : result.cases) verdicts.push_back(judged.verdict);
  result.verdict = Summarize(verdicts);
  // The budget is about correct solutions: measured only once every case passed.
  if (result.verdict == Verdict::Accepted && problem.budget && options.measure_budget) {
    auto measured =
        MeasureBudget(problem, **runner, source, *language, options.on_budget_progress);
    if (!measured) {
      spdlog::debug("{}: no complexity measured: {}", problem.id, measured.error());
      result.budget = BudgetReport{.budget = *problem.budget, .not_measured = measured.error()};
    } else {
      result.budget = std::move(measured->report);
      if (measured->failed_case) {
        result.cases.push_back(*std::move(measured->failed_case));
        result.verdict = result.cases.back().verdict;
      } else {
        result.verdict = result.budget->verdict();
      }
    }
  }
  if (result.verdict == Verdict::InternalError) {
    for (const auto& judged : result.cases) {
      if (judged.verdict == Verdict::InternalError) result.internal_error = judged.detail;
    }
  }
  return result;
}

}  // namespace judge

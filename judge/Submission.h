// Submission: judges one source file against one problem: prepare it, run every test case
// in the sandbox, check each output here in the supervisor, and summarise by priority.
#pragma once

#include <cstdint>
#include <expected>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "judge/Verdict.h"
#include "judge/complexity/BudgetProgress.h"
#include "judge/complexity/BudgetReport.h"
#include "judge/problem/Problem.h"
#include "sandbox/RunResult.h"

namespace judge {

// Where a case's memory figure comes from, and so how far it can be trusted.
enum class MemoryMeasure {
  Cgroup,      // the process's cgroup peak: exact
  Rusage,      // the process's ru_maxrss above what it inherited: exact
  Sampled,     // the highest VmHWM seen while polling: a lower bound
  UpperBound,  // nothing better than the parent's share: at most this
  Heap,        // function mode: the call's own heap peak, counted by the harness
  Unknown,     // not measured (a Python call too long for the tracemalloc pass)
};
std::string_view MemoryMeasureName(MemoryMeasure measure);
MemoryMeasure MeasureOf(sandbox::MemorySource source);

struct CaseResult {
  std::string name;
  bool sample = false;
  std::vector<std::string> tags;
  Verdict verdict = Verdict::InternalError;
  std::string detail;  // why it is not accepted: the checker's message, the signal, ...
  std::int64_t cpu_time_us = 0;
  std::int64_t wall_time_us = 0;
  std::int64_t peak_memory_bytes = 0;
  std::int64_t input_parse_us = -1;  // function mode: the harness's reading of the input
  MemoryMeasure memory_measure = MemoryMeasure::UpperBound;
  // Only for sample cases that failed: the user may see these, truncated.
  std::string input_excerpt, expected_excerpt, actual_excerpt, stderr_excerpt;
};

struct SubmissionResult {
  std::string problem_id;
  Language language = Language::Cpp;
  std::filesystem::path source;
  Verdict verdict = Verdict::InternalError;
  std::string compile_output;  // the diagnostics of a CE
  std::int64_t compile_time_ms = 0;
  bool build_cached = false;  // the build of an identical earlier submission was reused
  std::string runtime;  // the compiler and flags, or the interpreter and its hash seed
  std::string internal_error;  // for IE: what broke in the judge
  std::int64_t time_limit_ms = 0;  // the CPU limit each case ran under
  std::string time_limit_basis;    // for a limit relative to the reference: how it was reached
  std::vector<CaseResult> cases;
  // Function mode with a budget, once every case passed (and unless skipped): the scale
  // series, its fits and the budget's outcome.
  std::optional<BudgetReport> budget;
};

struct SubmitOptions {
  std::optional<Language> language;  // default: from the file's extension
  bool stop_at_first_failure = false;
  bool measure_budget = true;  // false: --no-budget, the cases only
  BudgetProgressHook on_budget_progress;  // told where the complexity series stands
};

/// Errors that stop a submission before judging: the user's to fix (exit code 2).
struct SubmitError {
  std::string message;
};

std::expected<SubmissionResult, SubmitError> Submit(const Problem& problem,
                                                    const std::filesystem::path& source,
                                                    const SubmitOptions& options);

/// The language a file is judged as: the explicit choice, else the extension's.
std::expected<Language, SubmitError> ResolveLanguage(const std::filesystem::path& source,
                                                     std::optional<Language> chosen);

}  // namespace judge

#include "judge/report/TextReport.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "judge/report/BudgetText.h"

namespace judge {
namespace {

std::string Colored(const TextStyle& style, Verdict verdict, std::string_view text) {
  if (!style.color) return std::string(text);
  const char* code = verdict == Verdict::Accepted        ? "32"   // green
                     : verdict == Verdict::InternalError ? "35"   // magenta: not the user's fault
                     : verdict == Verdict::WrongAnswer   ? "31"   // red
                                                         : "33";  // yellow: limits, crashes
  return fmt::format("\033[1;{}m{}\033[0m", code, text);
}

std::string Indented(std::string_view text, std::string_view prefix) {
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    out += fmt::format("{}{}\n", prefix, text.substr(start, end - start));
    start = end + 1;
  }
  if (out.empty()) out = fmt::format("{}(empty)\n", prefix);
  return out;
}

std::string_view VerdictWords(Verdict verdict) {
  switch (verdict) {
    case Verdict::Accepted: return "Accepted";
    case Verdict::WrongAnswer: return "Wrong Answer";
    case Verdict::TimeLimit: return "Time Limit Exceeded";
    case Verdict::MemoryLimit: return "Memory Limit Exceeded";
    case Verdict::OutputLimit: return "Output Limit Exceeded";
    case Verdict::RuntimeError: return "Runtime Error";
    case Verdict::CompileError: return "Compile Error";
    case Verdict::InternalError: return "Internal Error (the judge failed; not your fault)";
    case Verdict::TimeOverBudget: return "Time Limit Exceeded (complexity)";
    case Verdict::SpaceOverBudget: return "Memory Limit Exceeded (complexity)";
  }
  return "?";
}

// "1 problem", "2 problems".
std::string Counted(std::size_t count, std::string_view noun) {
  return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

}  // namespace

std::string FormatMicros(std::int64_t us) {
  if (us < 1000) return fmt::format("{} us", us);
  if (us < 1'000'000) return fmt::format("{:.1f} ms", us / 1000.0);
  return fmt::format("{:.2f} s", us / 1e6);
}

std::string FormatBytes(std::int64_t bytes, MemoryMeasure measure) {
  if (measure == MemoryMeasure::Unknown) return "n/a";
  const std::string_view bound = measure == MemoryMeasure::UpperBound ? "<= "
                                 : measure == MemoryMeasure::Sampled  ? ">= "
                                                                      : "";
  if (bytes < 1024) return fmt::format("{}{} B", bound, bytes);
  if (bytes < (1 << 20)) return fmt::format("{}{:.0f} KiB", bound, bytes / 1024.0);
  return fmt::format("{}{:.1f} MiB", bound, bytes / 1048576.0);
}

std::string RenderSubmission(const SubmissionResult& result, const TextStyle& style) {
  std::string out = fmt::format("{} · {} · {}\n", result.problem_id, LanguageName(result.language),
                                result.source.string());
  if (result.verdict == Verdict::CompileError) {
    out += fmt::format("\n{}\n{}", Colored(style, result.verdict, "Compile Error"),
                       Indented(result.compile_output, "  "));
    return out;
  }
  if (result.build_cached) {
    out += fmt::format("built earlier: an identical source's build, from the cache{}\n",
                       result.runtime.empty() ? "" : " · " + result.runtime);
  } else if (result.compile_time_ms > 0) {
    const bool interpreted = result.language == Language::Python;
    out += fmt::format("{} in {}{}\n", interpreted ? "checked" : "compiled",
                       FormatMicros(result.compile_time_ms * 1000),
                       result.runtime.empty() ? "" : " · " + result.runtime);
  }
  if (!result.time_limit_basis.empty()) {
    out += fmt::format("time limit {} per case: {}\n", FormatMicros(result.time_limit_ms * 1000),
                       result.time_limit_basis);
  }
  if (!result.cases.empty()) {
    std::size_t width = 4;
    for (const auto& judged : result.cases) width = std::max(width, judged.name.size());
    out += fmt::format("\n  {:>3}  {:<{}}  {:<7}  {:>10}  {:>12}\n", "#", "case", width, "verdict",
                       "time", "memory");
    int index = 0;
    for (const auto& judged : result.cases) {
      const std::string code(ShortName(judged.verdict));
      out += fmt::format("  {:>3}  {:<{}}  {}{}  {:>10}  {:>12}{}\n", ++index, judged.name, width,
                         Colored(style, judged.verdict, code), std::string(7 - code.size(), ' '),
                         FormatMicros(judged.cpu_time_us),
                         FormatBytes(judged.peak_memory_bytes, judged.memory_measure),
                         judged.sample ? "  (sample)" : "");
    }
  }
  const auto passed = std::ranges::count_if(
      result.cases, [](const CaseResult& judged) { return judged.verdict == Verdict::Accepted; });
  out += fmt::format("\n{}  {}/{} cases passed\n",
                     Colored(style, result.verdict, VerdictWords(result.verdict)), passed,
                     result.cases.size());
  if (!result.internal_error.empty()) out += fmt::format("  judge error: {}\n", result.internal_error);
  if (result.budget) out += RenderBudget(*result.budget);

  for (const auto& judged : result.cases) {
    if (judged.verdict == Verdict::Accepted || judged.verdict == Verdict::InternalError) continue;
    out += fmt::format("\nFirst failing case: {} ({}: {})\n", judged.name, ShortName(judged.verdict),
                       judged.detail);
    if (judged.sample) {
      out += "  input:\n" + Indented(judged.input_excerpt, "    ");
      out += "  expected:\n" + Indented(judged.expected_excerpt, "    ");
      out += "  your output:\n" + Indented(judged.actual_excerpt, "    ");
      if (!judged.stderr_excerpt.empty()) {
        out += "  your stderr:\n" + Indented(judged.stderr_excerpt, "    ");
      }
    } else {
      out += "  (a hidden case: its data is not shown)\n";
    }
    break;
  }
  return out;
}

std::string RenderVerification(const ProblemVerification& verification, const TextStyle& style) {
  if (!verification.error.empty()) {
    return fmt::format("FAIL {}: {}\n", verification.problem_id, verification.error);
  }
  const auto passed = std::ranges::count_if(verification.solutions,
                                            &SolutionVerification::passed);
  const Verdict shown = verification.passed() ? Verdict::Accepted : Verdict::WrongAnswer;
  std::string out = fmt::format("{} {}: {}/{} solutions earn their expected verdict\n",
                                Colored(style, shown, verification.passed() ? "ok  " : "FAIL"),
                                verification.problem_id, passed, verification.solutions.size());
  for (const auto& solution : verification.solutions) {
    if (solution.passed()) continue;
    out += fmt::format("     {}: expected {}, got {}\n", solution.file.filename().string(),
                       ShortName(solution.expected), ShortName(solution.got));
    if (!solution.detail.empty()) out += Indented(solution.detail, "       ");
  }
  return out;
}

std::string RenderProblemList(const std::vector<Problem>& problems) {
  std::size_t id_width = 4, title_width = 5;
  for (const auto& problem : problems) {
    id_width = std::max(id_width, problem.id.size());
    title_width = std::max(title_width, problem.title.size());
  }
  std::string out = fmt::format("{:<{}}  {:<{}}  {:<6}  {}\n", "slug", id_width, "title",
                                title_width, "level", "tags");
  for (const auto& problem : problems) {
    out += fmt::format("{:<{}}  {:<{}}  {:<6}  {}\n", problem.id, id_width, problem.title,
                       title_width, DifficultyName(problem.difficulty),
                       fmt::join(problem.tags, ", "));
  }
  return out;
}

std::string RenderProblem(const Problem& problem, const std::string& statement) {
  std::string out = fmt::format("{} ({}{})\n\n{}\n", problem.title, DifficultyName(problem.difficulty),
                                problem.leetcode ? fmt::format(", LeetCode {}", *problem.leetcode)
                                                 : "",
                                statement);
  out += fmt::format("Limits: {} CPU, {} memory\n",
                     problem.limits.relative_time
                         ? RelativeTimeText(*problem.limits.relative_time)
                         : FormatMicros(problem.limits.time_ms * 1000),
                     FormatBytes(problem.limits.memory_bytes, MemoryMeasure::Cgroup));
  int shown = 0;
  for (const auto& test : problem.tests) {
    if (!test.sample) continue;
    out += fmt::format("\nSample {} ({}):\n  input:\n{}  output:\n{}", ++shown, test.name,
                       Indented(InputText(problem, test, 2048), "    "),
                       Indented(ExpectedText(problem, test, 2048), "    "));
  }
  return out;
}

std::string RenderLint(const LintResults& results) {
  std::string out;
  for (const LintFinding& finding : results.findings) {
    out += fmt::format("{}: {}{}\n", finding.problem,
                       finding.severity == LintSeverity::Warning ? "warning: " : "",
                       finding.message);
  }
  out += fmt::format("{} linted: {}, {}", Counted(results.problems_linted, "problem"),
                     Counted(results.Count(LintSeverity::Error), "error"),
                     Counted(results.Count(LintSeverity::Warning), "warning"));
  if (!results.load_errors.empty()) {
    out += fmt::format("; {} could not be loaded", Counted(results.load_errors.size(), "problem"));
  }
  return out + "\n";
}

}  // namespace judge

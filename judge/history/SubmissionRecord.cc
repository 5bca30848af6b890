#include "judge/history/SubmissionRecord.h"

#include <algorithm>
#include <ctime>

#include <fmt/chrono.h>
#include <fmt/format.h>

namespace judge::history {
namespace {

int Severity(BudgetOutcome outcome) {
  switch (outcome) {
    case BudgetOutcome::Within: return 0;
    case BudgetOutcome::Inconclusive: return 1;
    case BudgetOutcome::Over: return 2;
  }
  return 1;
}

std::optional<std::string> FittedClass(const std::optional<GrowthFit>& fit) {
  if (!fit) return std::nullopt;
  return std::string(ToString(fit->best));
}

std::optional<std::string> NonEmpty(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return text;
}

BudgetRecord BudgetOf(const std::optional<BudgetReport>& report) {
  BudgetRecord record;
  if (!report) return record;
  record.time_budget = NonEmpty(report->budget.time);
  record.space_budget = NonEmpty(report->budget.space);
  if (!report->not_measured.empty()) {
    record.outcome = "not_measured";
    return record;
  }
  record.time_measured = FittedClass(report->time_fit);
  record.space_measured = FittedClass(report->space_fit);
  std::optional<BudgetOutcome> worst;
  for (const auto& check : {report->time, report->space}) {
    if (check && (!worst || Severity(check->outcome) > Severity(*worst))) worst = check->outcome;
  }
  record.outcome = worst ? std::string(ToString(*worst)) : "not_measured";
  return record;
}

}  // namespace

bool IsJudgement(const SubmissionResult& result) {
  return result.verdict != Verdict::InternalError;
}

std::string UtcTimestamp(std::chrono::system_clock::time_point at) {
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}",
                     fmt::gmtime(std::chrono::system_clock::to_time_t(at)));
}

SubmissionRecord RecordOf(const Problem& problem, const SubmissionResult& result,
                          const SubmitOptions& options, std::string source_sha256,
                          std::chrono::system_clock::time_point at) {
  SubmissionRecord record;
  record.submitted_at = UtcTimestamp(at);
  record.problem_id = result.problem_id;
  record.problem_tags = problem.tags;
  record.language = result.language;
  record.verdict = result.verdict;
  record.cases_total = static_cast<int>(result.cases.size());
  for (const CaseResult& judged : result.cases) {
    record.max_cpu_time_us = std::max(record.max_cpu_time_us, judged.cpu_time_us);
    record.peak_memory_bytes = std::max(record.peak_memory_bytes, judged.peak_memory_bytes);
    if (judged.verdict == Verdict::Accepted) {
      ++record.cases_passed;
      continue;
    }
    if (!record.first_failed_case) {
      record.first_failed_case = judged.name;
      record.first_failed_tags = judged.tags;
    }
    for (const std::string& tag : judged.tags) {
      if (std::ranges::find(record.failed_tags, tag) == record.failed_tags.end()) {
        record.failed_tags.push_back(tag);
      }
    }
  }
  record.budget = BudgetOf(result.budget);
  // Absolute, so the history still says which file it was when read from another folder.
  std::error_code error;
  const std::filesystem::path absolute = std::filesystem::absolute(result.source, error);
  record.source_path = (error ? result.source : absolute).string();
  record.source_sha256 = std::move(source_sha256);
  record.fail_fast = options.stop_at_first_failure;
  record.budget_skipped = !options.measure_budget;
  return record;
}

}  // namespace judge::history

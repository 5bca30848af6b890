// SubmissionRecord: what the history keeps of one judged submission (plain data), and how
// it is drawn from a submission's result.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "judge/Submission.h"
#include "judge/Verdict.h"
#include "judge/problem/Language.h"
#include "judge/problem/Problem.h"

namespace judge::history {

/// The complexity budget's outcome: "none" (no budget, skipped, or not reached because a
/// case failed), "not_measured" (the series could not run), or the check's own "within",
/// "over" and "inconclusive" (the worse of time and space).
struct BudgetRecord {
  std::string outcome = "none";
  // The classes, "O(n)"; absent where the problem gives none or nothing was fitted.
  std::optional<std::string> time_budget, time_measured;
  std::optional<std::string> space_budget, space_measured;
};

struct SubmissionRecord {
  std::int64_t id = 0;        // given by the store; increasing, so the newest is the largest
  std::string submitted_at;   // UTC, "2025-01-31T09:15:02Z"
  std::string problem_id;
  std::vector<std::string> problem_tags;  // the topics, as the problem had them then
  Language language = Language::Cpp;
  Verdict verdict = Verdict::InternalError;
  int cases_passed = 0;
  int cases_total = 0;  // the cases judged: fewer than the problem's with --fail-fast
  std::optional<std::string> first_failed_case;
  std::vector<std::string> first_failed_tags;
  std::vector<std::string> failed_tags;  // every failed case's tags, each once, in order seen
  std::int64_t max_cpu_time_us = 0;
  std::int64_t peak_memory_bytes = 0;
  BudgetRecord budget;
  std::string source_path;
  std::string source_sha256;
  bool fail_fast = false;       // --fail-fast: the judging stopped at the first failure
  bool budget_skipped = false;  // --no-budget
};

/// Only judgements are kept: an internal error is the judge's failure, not a verdict on
/// the solution.
bool IsJudgement(const SubmissionResult& result);

/// "2025-01-31T09:15:02Z"
std::string UtcTimestamp(std::chrono::system_clock::time_point at);

SubmissionRecord RecordOf(const Problem& problem, const SubmissionResult& result,
                          const SubmitOptions& options, std::string source_sha256,
                          std::chrono::system_clock::time_point at);

}  // namespace judge::history

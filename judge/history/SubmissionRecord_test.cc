// What the history draws from a submission's result: counts, the first failed case, the
// tags of every failure, the budget's outcome and classes, the flags it was judged with.
#include "judge/history/SubmissionRecord.h"

#include <gtest/gtest.h>

namespace judge::history {
namespace {

CaseResult Case(std::string name, Verdict verdict, std::vector<std::string> tags,
                std::int64_t cpu_us = 10, std::int64_t memory = 100) {
  CaseResult judged;
  judged.name = std::move(name);
  judged.verdict = verdict;
  judged.tags = std::move(tags);
  judged.cpu_time_us = cpu_us;
  judged.peak_memory_bytes = memory;
  return judged;
}

Problem TwoSum() {
  Problem problem;
  problem.id = "two-sum";
  problem.tags = {"array", "hash-map"};
  return problem;
}

TEST(SubmissionRecordTest, AWrongAnswerKeepsItsFirstFailureAndEveryFailedTagOnce) {
  SubmissionResult result;
  result.problem_id = "two-sum";
  result.language = Language::Python;
  result.source = "/work/mine.py";
  result.verdict = Verdict::WrongAnswer;
  result.cases = {Case("sample-1", Verdict::Accepted, {}, 900, 4096),
                  Case("sample-2", Verdict::WrongAnswer, {"edge:reuse-trap"}),
                  Case("negatives", Verdict::RuntimeError, {"edge:negative", "edge:reuse-trap"}, 50,
                       1 << 20)};
  const auto at = std::chrono::system_clock::from_time_t(1'700'000'000);
  const SubmissionRecord record =
      RecordOf(TwoSum(), result, SubmitOptions{.stop_at_first_failure = true}, "abc123", at);
  EXPECT_EQ(record.submitted_at, "2023-11-14T22:13:20Z");
  EXPECT_EQ(record.problem_id, "two-sum");
  EXPECT_EQ(record.problem_tags, (std::vector<std::string>{"array", "hash-map"}));
  EXPECT_EQ(record.language, Language::Python);
  EXPECT_EQ(record.verdict, Verdict::WrongAnswer);
  EXPECT_EQ(record.cases_passed, 1);
  EXPECT_EQ(record.cases_total, 3);
  EXPECT_EQ(record.first_failed_case, "sample-2");
  EXPECT_EQ(record.first_failed_tags, (std::vector<std::string>{"edge:reuse-trap"}));
  EXPECT_EQ(record.failed_tags, (std::vector<std::string>{"edge:reuse-trap", "edge:negative"}));
  EXPECT_EQ(record.max_cpu_time_us, 900);
  EXPECT_EQ(record.peak_memory_bytes, 1 << 20);
  EXPECT_EQ(record.budget.outcome, "none");
  EXPECT_EQ(record.source_path, "/work/mine.py");
  EXPECT_EQ(record.source_sha256, "abc123");
  EXPECT_TRUE(record.fail_fast);
  EXPECT_FALSE(record.budget_skipped);
}

TEST(SubmissionRecordTest, ACompileErrorHasNoCasesAndNoFailure) {
  SubmissionResult result;
  result.problem_id = "two-sum";
  result.verdict = Verdict::CompileError;
  const SubmissionRecord record = RecordOf(TwoSum(), result, SubmitOptions{.measure_budget = false},
                                           "", std::chrono::system_clock::now());
  EXPECT_EQ(record.verdict, Verdict::CompileError);
  EXPECT_EQ(record.cases_total, 0);
  EXPECT_FALSE(record.first_failed_case.has_value());
  EXPECT_TRUE(record.failed_tags.empty());
  EXPECT_TRUE(record.budget_skipped);
  EXPECT_TRUE(IsJudgement(result));
}

TEST(SubmissionRecordTest, AnInternalErrorIsNoJudgement) {
  SubmissionResult result;
  result.verdict = Verdict::InternalError;
  EXPECT_FALSE(IsJudgement(result));
}

TEST(SubmissionRecordTest, TheBudgetKeepsTheWorseOutcomeAndTheClasses) {
  SubmissionResult result;
  result.problem_id = "two-sum";
  result.verdict = Verdict::TimeOverBudget;
  BudgetReport report{.budget = {.time = "O(n)", .space = "O(n)", .n = "len(nums)"}};
  report.time_fit = GrowthFit{.best = GrowthClass::Quadratic};
  report.space_fit = GrowthFit{.best = GrowthClass::Linear};
  report.time = BudgetCheck{BudgetOutcome::Over, "measured O(n²), budget O(n)"};
  report.space = BudgetCheck{BudgetOutcome::Inconclusive, "inconclusive: noisy"};
  result.budget = report;
  const auto now = std::chrono::system_clock::now();
  SubmissionRecord record = RecordOf(TwoSum(), result, {}, "", now);
  EXPECT_EQ(record.budget.outcome, "over");
  EXPECT_EQ(record.budget.time_budget, "O(n)");
  EXPECT_EQ(record.budget.time_measured, "O(n²)");
  EXPECT_EQ(record.budget.space_budget, "O(n)");
  EXPECT_EQ(record.budget.space_measured, "O(n)");

  result.budget->time->outcome = BudgetOutcome::Within;
  EXPECT_EQ(RecordOf(TwoSum(), result, {}, "", now).budget.outcome, "inconclusive");
  result.budget->space->outcome = BudgetOutcome::Within;
  EXPECT_EQ(RecordOf(TwoSum(), result, {}, "", now).budget.outcome, "within");

  result.budget = BudgetReport{.budget = {.time = "O(n)"}, .not_measured = "no reference in py"};
  record = RecordOf(TwoSum(), result, {}, "", now);
  EXPECT_EQ(record.budget.outcome, "not_measured");
  EXPECT_EQ(record.budget.time_budget, "O(n)");
  EXPECT_FALSE(record.budget.space_budget.has_value());
  EXPECT_FALSE(record.budget.time_measured.has_value());
}

}  // namespace
}  // namespace judge::history

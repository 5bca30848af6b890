// The stats drawn from a history: totals, topics, weak edges, unsolved and never attempted
// problems, the last submissions.
#include "judge/history/HistoryStats.h"

#include <gtest/gtest.h>

namespace judge::history {
namespace {

SubmissionRecord Record(std::string problem, std::vector<std::string> topics, Verdict verdict,
                        std::vector<std::string> failed_tags = {}) {
  static int clock = 0;
  SubmissionRecord record;
  record.id = ++clock;
  record.submitted_at = "2025-01-31T09:" + std::to_string(10 + clock % 50) + ":00Z";
  record.problem_id = std::move(problem);
  record.problem_tags = std::move(topics);
  record.verdict = verdict;
  record.failed_tags = std::move(failed_tags);
  return record;
}

TEST(HistoryStatsTest, AnEmptyHistoryHasNothingButTheBank) {
  const HistoryStats stats = ComputeStats({}, std::vector<std::string>{"a-plus-b", "two-sum"});
  EXPECT_EQ(stats.submissions, 0);
  EXPECT_EQ(stats.problems_attempted, 0);
  EXPECT_TRUE(stats.topics.empty() && stats.weak_edges.empty() && stats.recent.empty());
  EXPECT_EQ(stats.bank_size, 2);
  EXPECT_EQ(stats.never_attempted, (std::vector<std::string>{"a-plus-b", "two-sum"}));
}

TEST(HistoryStatsTest, CountsProblemsTopicsEdgesAndWhatIsNotSolvedYet) {
  const std::vector<SubmissionRecord> records = {
      Record("two-sum", {"array", "hash-map"}, Verdict::WrongAnswer,
             {"edge:reuse-trap", "edge:negative"}),
      Record("two-sum", {"array", "hash-map"}, Verdict::WrongAnswer, {"edge:reuse-trap"}),
      Record("two-sum", {"array", "hash-map"}, Verdict::Accepted),
      Record("three-sum", {"array", "two-pointers"}, Verdict::TimeLimit, {"edge:max-size"}),
      Record("three-sum", {"array", "two-pointers"}, Verdict::WrongAnswer, {"edge:reuse-trap"}),
      Record("a-plus-b", {"math"}, Verdict::CompileError),
  };
  const HistoryStats stats =
      ComputeStats(records, std::vector<std::string>{"a-plus-b", "lru-cache", "three-sum", "two-sum"});
  EXPECT_EQ(stats.submissions, 6);
  EXPECT_EQ(stats.problems_attempted, 3);
  EXPECT_EQ(stats.problems_solved, 1);

  ASSERT_EQ(stats.topics.size(), 4u);
  EXPECT_EQ(stats.topics[0].topic, "array");  // most attempted first, then by name
  EXPECT_EQ(stats.topics[0].attempted, 2);
  EXPECT_EQ(stats.topics[0].solved, 1);
  EXPECT_EQ(stats.topics[1].topic, "hash-map");
  EXPECT_EQ(stats.topics[1].solved, 1);
  EXPECT_EQ(stats.topics[2].topic, "math");
  EXPECT_EQ(stats.topics[2].solved, 0);
  EXPECT_EQ(stats.topics[3].topic, "two-pointers");

  ASSERT_EQ(stats.weak_edges.size(), 3u);
  EXPECT_EQ(stats.weak_edges[0].tag, "edge:reuse-trap");
  EXPECT_EQ(stats.weak_edges[0].failed_submissions, 3);
  EXPECT_EQ(stats.weak_edges[0].problems, (std::vector<std::string>{"two-sum", "three-sum"}));
  EXPECT_EQ(stats.weak_edges[1].tag, "edge:max-size");
  EXPECT_EQ(stats.weak_edges[2].tag, "edge:negative");

  ASSERT_EQ(stats.unsolved.size(), 2u);
  EXPECT_EQ(stats.unsolved[0].problem_id, "three-sum");
  EXPECT_EQ(stats.unsolved[0].submissions, 2);
  EXPECT_EQ(stats.unsolved[0].last_verdict, Verdict::WrongAnswer);
  EXPECT_EQ(stats.unsolved[1].problem_id, "a-plus-b");
  EXPECT_EQ(stats.unsolved[1].last_verdict, Verdict::CompileError);

  EXPECT_EQ(stats.never_attempted, (std::vector<std::string>{"lru-cache"}));
  ASSERT_EQ(stats.recent.size(), 6u);
  EXPECT_EQ(stats.recent.front().problem_id, "a-plus-b");  // newest first
  EXPECT_EQ(stats.recent.back().id, records.front().id);
}

TEST(HistoryStatsTest, ARetaggedProblemCountsUnderItsLatestTopics) {
  const HistoryStats stats = ComputeStats(
      {Record("two-sum", {"array"}, Verdict::WrongAnswer),
       Record("two-sum", {"hash-map"}, Verdict::Accepted)},
      std::nullopt);
  ASSERT_EQ(stats.topics.size(), 1u);
  EXPECT_EQ(stats.topics[0].topic, "hash-map");
  EXPECT_FALSE(stats.bank_size.has_value());
}

TEST(HistoryStatsTest, OnlyTheLastTenSubmissionsAreRecent) {
  std::vector<SubmissionRecord> records;
  for (int i = 0; i < 14; ++i) records.push_back(Record("two-sum", {}, Verdict::WrongAnswer));
  const HistoryStats stats = ComputeStats(records, std::nullopt);
  ASSERT_EQ(stats.recent.size(), kRecentSubmissions);
  EXPECT_EQ(stats.recent.front().id, records.back().id);
  EXPECT_EQ(stats.recent.back().id, records[4].id);
}

}  // namespace
}  // namespace judge::history

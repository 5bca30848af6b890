// `judge stats` in the terminal: an empty history is one helpful line; otherwise the
// totals, a topic row, a weak edge with its problems, and a recent submission's line.
#include "judge/report/StatsText.h"

#include <gtest/gtest.h>

namespace judge {
namespace {

using history::HistoryStats;
using history::SubmissionRecord;

TEST(StatsTextTest, AnEmptyHistoryIsOneLineThatSaysWhatToDo) {
  const std::string text = RenderStats(HistoryStats{}, "/data/history.sqlite");
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 1) << text;
  EXPECT_NE(text.find("No submissions in the history yet"), std::string::npos) << text;
  EXPECT_NE(text.find("/data/history.sqlite"), std::string::npos) << text;
  EXPECT_NE(text.find("judge submit"), std::string::npos) << text;
}

TEST(StatsTextTest, ShowsTotalsTopicsWeakEdgesUnsolvedAndRecent) {
  HistoryStats stats;
  stats.submissions = 3;
  stats.problems_attempted = 2;
  stats.problems_solved = 1;
  stats.topics = {{"array", 2, 1}, {"hash-map", 1, 1}};
  stats.weak_edges = {{"edge:reuse-trap", 2, {"two-sum", "three-sum"}}};
  stats.unsolved = {{"three-sum", 2, Verdict::WrongAnswer, "2025-01-31T09:15:02Z"}};
  stats.bank_size = 4;
  stats.never_attempted = {"a-plus-b", "lru-cache"};
  SubmissionRecord record;
  record.submitted_at = "2025-01-31T09:15:02Z";
  record.problem_id = "three-sum";
  record.verdict = Verdict::WrongAnswer;
  record.cases_passed = 7;
  record.cases_total = 9;
  record.first_failed_case = "sample-2";
  record.first_failed_tags = {"edge:reuse-trap"};
  stats.recent = {record};

  const std::string text = RenderStats(stats, "/data/history.sqlite");
  EXPECT_NE(text.find("3 submissions · 2 problems attempted · 1 solved"), std::string::npos) << text;
  EXPECT_NE(text.find("  array             2       1    50%\n"), std::string::npos) << text;
  EXPECT_NE(text.find("  hash-map          1       1   100%\n"), std::string::npos) << text;
  EXPECT_NE(text.find("  edge:reuse-trap    2  two-sum, three-sum\n"), std::string::npos) << text;
  EXPECT_NE(text.find("  three-sum  2 submissions, last WA on 2025-01-31 09:15\n"),
            std::string::npos) << text;
  EXPECT_NE(text.find("2 of the bank's 4 never attempted: a-plus-b, lru-cache\n"),
            std::string::npos) << text;
  EXPECT_NE(text.find("  2025-01-31 09:15  three-sum  cpp  WA     7/9  first failed: sample-2 "
                      "(edge:reuse-trap)\n"),
            std::string::npos) << text;
}

}  // namespace
}  // namespace judge

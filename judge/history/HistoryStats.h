// HistoryStats: what the history says about the user's practice: totals, progress per
// topic, the edge cases most often failed, problems not solved yet, the last submissions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "judge/history/SubmissionRecord.h"

namespace judge::history {

struct TopicProgress {
  std::string topic;  // a problem tag
  int attempted = 0;  // problems
  int solved = 0;     // problems with an accepted submission
};

struct WeakEdge {
  std::string tag;
  int failed_submissions = 0;         // submissions that failed a case with this tag
  std::vector<std::string> problems;  // where, most failed first
};

struct UnsolvedProblem {
  std::string problem_id;
  int submissions = 0;
  Verdict last_verdict = Verdict::WrongAnswer;
  std::string last_at;
};

struct HistoryStats {
  int submissions = 0;
  int problems_attempted = 0;
  int problems_solved = 0;
  std::vector<TopicProgress> topics;      // most attempted first
  std::vector<WeakEdge> weak_edges;       // most failed first
  std::vector<UnsolvedProblem> unsolved;  // most submissions first
  // The problems of the bank never submitted; absent when the bank was not read.
  std::optional<int> bank_size;
  std::vector<std::string> never_attempted;
  std::vector<SubmissionRecord> recent;  // newest first
};

inline constexpr std::size_t kRecentSubmissions = 10;

/// `records` oldest first, as HistoryStore::All gives them; `bank` the problem ids the
/// problems folder holds, where it could be read.
HistoryStats ComputeStats(const std::vector<SubmissionRecord>& records,
                          const std::optional<std::vector<std::string>>& bank);

}  // namespace judge::history

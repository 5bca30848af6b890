// Scorecard: how a mock round went, per problem (solved, attempts, time to first AC,
// complexity budget, edge cases missed) and in total; plain data drawn from the attempts.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "judge/history/SubmissionRecord.h"

namespace judge::mock {

/// One submission during the round: when, for which problem, and what the history keeps
/// of it (the verdict, the failed cases' tags, the budget's outcome).
struct RoundAttempt {
  std::size_t problem = 0;  // index into the round's problems
  std::chrono::milliseconds at{0};  // since the round began
  history::SubmissionRecord record;
};

struct RoundProblemInfo {
  std::string id, title;
  Difficulty difficulty = Difficulty::Medium;
  bool has_budget = false;
};

/// The complexity budget, as far as the round's attempts got: "within", "over",
/// "inconclusive" and "not_measured" are the best attempt's outcome; "not_reached" that no
/// attempt passed every case; "no_budget" that the problem has none.
struct ProblemScore {
  RoundProblemInfo problem;
  bool solved = false;
  int attempts = 0;
  std::optional<std::chrono::milliseconds> first_accepted_at;
  std::optional<Verdict> last_verdict;
  std::string complexity = "not_reached";
  std::vector<std::string> edges_missed;  // edge:* tags of cases failed in any attempt
};

struct Scorecard {
  std::vector<ProblemScore> problems;
  int solved = 0;
  int attempts = 0;
  std::chrono::milliseconds length{0};  // the round's time
  std::chrono::milliseconds used{0};    // until it ended
  bool ended_by_deadline = false;
};

Scorecard ScoreRound(const std::vector<RoundProblemInfo>& problems,
                     const std::vector<RoundAttempt>& attempts, std::chrono::milliseconds length,
                     std::chrono::milliseconds used, bool ended_by_deadline);

}  // namespace judge::mock

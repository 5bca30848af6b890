#include "judge/mock/Scorecard.h"

#include <algorithm>

namespace judge::mock {
namespace {

// Which budget outcome tells most about the candidate's best work.
int Rank(const std::string& outcome) {
  if (outcome == "within") return 4;
  if (outcome == "inconclusive") return 3;
  if (outcome == "over") return 2;
  if (outcome == "not_measured") return 1;
  return 0;
}

}  // namespace

Scorecard ScoreRound(const std::vector<RoundProblemInfo>& problems,
                     const std::vector<RoundAttempt>& attempts, std::chrono::milliseconds length,
                     std::chrono::milliseconds used, bool ended_by_deadline) {
  Scorecard card;
  card.length = length;
  card.used = used;
  card.ended_by_deadline = ended_by_deadline;
  for (const RoundProblemInfo& info : problems) {
    ProblemScore score;
    score.problem = info;
    if (!info.has_budget) score.complexity = "no_budget";
    card.problems.push_back(std::move(score));
  }
  for (const RoundAttempt& attempt : attempts) {
    if (attempt.problem >= card.problems.size()) continue;
    ProblemScore& score = card.problems[attempt.problem];
    const history::SubmissionRecord& record = attempt.record;
    ++score.attempts;
    ++card.attempts;
    score.last_verdict = record.verdict;
    if (record.verdict == Verdict::Accepted && !score.solved) {
      score.solved = true;
      score.first_accepted_at = attempt.at;
    }
    if (score.problem.has_budget && Rank(record.budget.outcome) > Rank(score.complexity)) {
      score.complexity = record.budget.outcome;
    }
    for (const std::string& tag : record.failed_tags) {
      if (tag.starts_with("edge:") && std::ranges::find(score.edges_missed, tag) ==
                                          score.edges_missed.end()) {
        score.edges_missed.push_back(tag);
      }
    }
  }
  card.solved = static_cast<int>(std::ranges::count(card.problems, true, &ProblemScore::solved));
  return card;
}

}  // namespace judge::mock

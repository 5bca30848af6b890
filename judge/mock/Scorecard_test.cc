#include "judge/mock/Scorecard.h"

#include <gtest/gtest.h>

namespace judge::mock {
namespace {

using std::chrono::milliseconds;

RoundAttempt Attempt(std::size_t problem, int seconds, Verdict verdict,
                     std::vector<std::string> failed_tags, std::string budget = "none") {
  RoundAttempt attempt{problem, milliseconds(seconds * 1000), {}};
  attempt.record.verdict = verdict;
  attempt.record.failed_tags = std::move(failed_tags);
  attempt.record.budget.outcome = std::move(budget);
  return attempt;
}

TEST(ScorecardTest, PerProblemAndTotal) {
  const std::vector<RoundProblemInfo> problems = {
      {"coin-change", "Coin Change", Difficulty::Medium, true},
      {"word-ladder", "Word Ladder", Difficulty::Hard, false}};
  const std::vector<RoundAttempt> attempts = {
      Attempt(0, 60, Verdict::WrongAnswer, {"edge:zero", "medium"}),
      Attempt(0, 300, Verdict::Accepted, {}, "within"),
      Attempt(1, 400, Verdict::TimeLimit, {"edge:max-size", "edge:zero"}),
      Attempt(1, 500, Verdict::WrongAnswer, {"edge:max-size"}),
  };
  const Scorecard card = ScoreRound(problems, attempts, milliseconds(45 * 60'000),
                                    milliseconds(10 * 60'000), false);
  EXPECT_EQ(card.solved, 1);
  EXPECT_EQ(card.attempts, 4);
  const ProblemScore& first = card.problems[0];
  EXPECT_TRUE(first.solved);
  EXPECT_EQ(first.attempts, 2);
  EXPECT_EQ(first.first_accepted_at, milliseconds(300'000));
  EXPECT_EQ(first.complexity, "within");
  EXPECT_EQ(first.edges_missed, std::vector<std::string>{"edge:zero"});
  const ProblemScore& second = card.problems[1];
  EXPECT_FALSE(second.solved);
  EXPECT_EQ(second.last_verdict, Verdict::WrongAnswer);
  EXPECT_EQ(second.complexity, "no_budget");
  EXPECT_EQ(second.edges_missed, (std::vector<std::string>{"edge:max-size", "edge:zero"}));
}

TEST(ScorecardTest, ABudgetNoAttemptReachedIsSaidSo) {
  const Scorecard card = ScoreRound({{"coin-change", "Coin Change", Difficulty::Medium, true}},
                                    {Attempt(0, 10, Verdict::WrongAnswer, {})},
                                    milliseconds(1000), milliseconds(1000), true);
  EXPECT_EQ(card.problems[0].complexity, "not_reached");
  EXPECT_TRUE(card.ended_by_deadline);
}

}  // namespace
}  // namespace judge::mock

#include "judge/mock/RoundPick.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace judge::mock {
namespace {

std::vector<RoundCandidate> Bank() {
  return {
      {"easy-graph", Difficulty::Easy, {"graph"}},
      {"medium-graph", Difficulty::Medium, {"graph", "bfs"}},
      {"other-medium-graph", Difficulty::Medium, {"graph"}},
      {"hard-graph", Difficulty::Hard, {"graph"}},
      {"medium-dp", Difficulty::Medium, {"dynamic-programming"}},
      {"debug-graph", Difficulty::Medium, {"debug", "graph"}},
  };
}

TEST(RoundPickTest, OneMediumThenAMediumOrHardOfTheTopics) {
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    const auto picked = PickRoundProblems(Bank(), {"graph"}, seed);
    ASSERT_TRUE(picked) << picked.error();
    ASSERT_EQ(picked->size(), 2u);
    EXPECT_TRUE((*picked)[0] == "medium-graph" || (*picked)[0] == "other-medium-graph");
    EXPECT_NE((*picked)[1], (*picked)[0]);
    for (const auto& id : *picked) {
      EXPECT_NE(id, "easy-graph");
      EXPECT_NE(id, "medium-dp");
      EXPECT_NE(id, "debug-graph") << "a debug round only when asked for";
    }
  }
}

TEST(RoundPickTest, TheSameSeedPicksTheSameRoundWhateverTheOrder) {
  auto shuffled = Bank();
  std::ranges::reverse(shuffled);
  for (std::uint64_t seed : {1u, 7u, 1234u}) {
    EXPECT_EQ(*PickRoundProblems(Bank(), {}, seed), *PickRoundProblems(shuffled, {}, seed));
  }
}

TEST(RoundPickTest, PrefersProblemsNotSolvedYet) {
  auto bank = Bank();
  for (auto& candidate : bank) candidate.solved = candidate.id != "other-medium-graph";
  for (std::uint64_t seed = 0; seed < 10; ++seed) {
    EXPECT_EQ((*PickRoundProblems(bank, {"graph"}, seed))[0], "other-medium-graph");
  }
}

TEST(RoundPickTest, TooFewProblemsSaysHowMany) {
  const auto picked = PickRoundProblems(Bank(), {"dynamic-programming"}, 1);
  ASSERT_FALSE(picked);
  EXPECT_EQ(picked.error(),
            "1 medium and 0 hard problems match the topics; a round needs a medium and another "
            "medium or hard");
}

}  // namespace
}  // namespace judge::mock

#include "judge/problem/Problem.h"

#include <gtest/gtest.h>

namespace judge {
namespace {

// These names are the spellings problem.yaml uses, so the loader and reports agree.
TEST(ProblemNames, AreTheYamlSpellings) {
  EXPECT_EQ(DifficultyName(Difficulty::Easy), "easy");
  EXPECT_EQ(DifficultyName(Difficulty::Medium), "medium");
  EXPECT_EQ(DifficultyName(Difficulty::Hard), "hard");
  EXPECT_EQ(ModeName(ProblemMode::Stdio), "stdio");
  EXPECT_EQ(ModeName(ProblemMode::Function), "function");
  EXPECT_EQ(CheckerName(CheckerKind::Exact), "exact");
  EXPECT_EQ(CheckerName(CheckerKind::Tokens), "tokens");
  EXPECT_EQ(CheckerName(CheckerKind::Float), "float");
}

}  // namespace
}  // namespace judge

#include "judge/check/Checker.h"

#include <gtest/gtest.h>

namespace judge {
namespace {

CheckerSpec Spec(CheckerKind kind, double abs = 1e-6, double rel = 1e-6) {
  return CheckerSpec{kind, abs, rel};
}

TEST(CheckerTest, ExactComparesBytesAndNamesTheLine) {
  EXPECT_TRUE(CheckOutput(Spec(CheckerKind::Exact), "3\n", "3\n").accepted);
  const auto diff = CheckOutput(Spec(CheckerKind::Exact), "a\nb\n", "a\nc\n");
  EXPECT_FALSE(diff.accepted);
  EXPECT_EQ(diff.message, "line 2 differs: expected 'b', got 'c'");
  EXPECT_FALSE(CheckOutput(Spec(CheckerKind::Exact), "3\n", "3").accepted);
  EXPECT_FALSE(CheckOutput(Spec(CheckerKind::Exact), "3\n", "3 \n").accepted);
}

TEST(CheckerTest, TokensIgnoreWhitespaceOnly) {
  const auto spec = Spec(CheckerKind::Tokens);
  EXPECT_TRUE(CheckOutput(spec, "1 2\n3\n", "  1\n\t2 3").accepted);
  EXPECT_FALSE(CheckOutput(spec, "1 2 3", "1 2").accepted);
  EXPECT_EQ(CheckOutput(spec, "1 2", "1 2 9").message, "expected 2 tokens, got 3 (extra '9')");
  EXPECT_EQ(CheckOutput(spec, "10", "1 0").message, "token 1 differs: expected '10', got '1'");
  EXPECT_FALSE(CheckOutput(spec, "", "x").accepted);
  EXPECT_TRUE(CheckOutput(spec, "", "\n ").accepted);
}

TEST(CheckerTest, FloatAcceptsWithinAbsoluteOrRelativeTolerance) {
  const auto spec = Spec(CheckerKind::Float, 1e-6, 1e-9);
  EXPECT_TRUE(CheckOutput(spec, "0.333333", "0.3333334").accepted);
  EXPECT_FALSE(CheckOutput(spec, "0.333333", "0.3334").accepted);
  const auto relative = Spec(CheckerKind::Float, 0, 1e-6);
  EXPECT_TRUE(CheckOutput(relative, "1000000000", "1000000500").accepted);
  EXPECT_FALSE(CheckOutput(relative, "1000000000", "1000005000").accepted);
  // Non-numeric tokens still compare exactly.
  EXPECT_TRUE(CheckOutput(spec, "yes 1.0", "yes 1").accepted);
  EXPECT_FALSE(CheckOutput(spec, "yes 1.0", "no 1.0").accepted);
  EXPECT_FALSE(CheckOutput(spec, "1.0", "nan").accepted);
}

}  // namespace
}  // namespace judge

#include "judge/problem/SizeExpr.h"

#include <gtest/gtest.h>

namespace judge {
namespace {

std::int64_t At(const std::string& text, std::int64_t n) {
  auto expr = SizeExpr::Parse(text);
  EXPECT_TRUE(expr.has_value()) << text << ": " << (expr ? "" : expr.error());
  return expr ? expr->At(n) : -1;
}

TEST(SizeExprTest, EvaluatesWhatAuthorsWrite) {
  EXPECT_EQ(At("n", 1000), 1000);
  EXPECT_EQ(At("2*n", 1000), 2000);
  EXPECT_EQ(At("n / 2", 1001), 500);
  EXPECT_EQ(At("sqrt(n)", 1024), 32);
  EXPECT_EQ(At("sqrt(n) + 1", 99), 10);  // 9.95 + 1, rounded down
  EXPECT_EQ(At("log2(n)", 4096), 12);
  EXPECT_EQ(At("(n + 2) * 3", 4), 18);
  EXPECT_EQ(At("n*n/4", 10), 25);
  EXPECT_EQ(At("7", 123), 7);
}

TEST(SizeExprTest, NeverNegativeAndNeverDividesByZero) {
  EXPECT_EQ(At("n - 10", 3), 0);
  EXPECT_EQ(At("n / (n - n)", 5), 0);
}

TEST(SizeExprTest, RefusesWhatItCannotRead) {
  for (const char* text : {"", "m", "n +", "sqrt n", "(n", "n)", "2n", "n ** 2", "1234567890123456"}) {
    auto expr = SizeExpr::Parse(text);
    ASSERT_FALSE(expr.has_value()) << text;
    EXPECT_NE(expr.error().find("size '"), std::string::npos) << expr.error();
  }
}

}  // namespace
}  // namespace judge

#include "judge/complexity/GrowthClass.h"

#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <string>
#include <utility>

namespace judge {
namespace {

TEST(GrowthClassTest, ParsesWhatAuthorsWrite) {
  const std::pair<std::string, GrowthClass> cases[] = {
      {"O(1)", GrowthClass::Constant},
      {"o(1)", GrowthClass::Constant},
      {"O(log n)", GrowthClass::Log},
      {"O(log(n))", GrowthClass::Log},
      {"O(lg n)", GrowthClass::Log},
      {"O(n)", GrowthClass::Linear},
      {" O( N ) ", GrowthClass::Linear},
      {"n", GrowthClass::Linear},
      {"O(n log n)", GrowthClass::Linearithmic},
      {"O(nlogn)", GrowthClass::Linearithmic},
      {"O(n*log(n))", GrowthClass::Linearithmic},
      {"O(n * log n)", GrowthClass::Linearithmic},
      {"O(n·log n)", GrowthClass::Linearithmic},
      {"O(N Log N)", GrowthClass::Linearithmic},
      {"O(n ln n)", GrowthClass::Linearithmic},
      {"O(n^2)", GrowthClass::Quadratic},
      {"O(n²)", GrowthClass::Quadratic},
      {"O( n ^ 2 )", GrowthClass::Quadratic},
      {"O(n^2 log n)", GrowthClass::QuadraticLog},
      {"O(n² log n)", GrowthClass::QuadraticLog},
      {"O(n^2*log(n))", GrowthClass::QuadraticLog},
      {"O(n^3)", GrowthClass::Cubic},
      {"O(n³)", GrowthClass::Cubic},
      {"O(2^n)", GrowthClass::Exponential},
      {"O(2ⁿ)", GrowthClass::Exponential},
  };
  for (const auto& [text, growth] : cases) {
    SCOPED_TRACE(text);
    const auto parsed = ParseGrowthClass(text);
    ASSERT_TRUE(parsed.has_value()) << parsed.error();
    EXPECT_EQ(*parsed, growth);
  }
}

TEST(GrowthClassTest, ParseErrorNamesTheTextAndTheAcceptedForms) {
  for (const std::string text : {"O(n^4)", "O(log log n)", "O(n!)", "O(n", "O(sqrt n)", "fast"}) {
    SCOPED_TRACE(text);
    const auto parsed = ParseGrowthClass(text);
    ASSERT_FALSE(parsed.has_value());
    EXPECT_NE(parsed.error().find("\"" + text + "\""), std::string::npos) << parsed.error();
    EXPECT_NE(parsed.error().find("O(n log n)"), std::string::npos) << parsed.error();
    EXPECT_NE(parsed.error().find("O(2^n)"), std::string::npos) << parsed.error();
  }
  const auto empty = ParseGrowthClass("  ");
  ASSERT_FALSE(empty.has_value());
  EXPECT_NE(empty.error().find("empty"), std::string::npos) << empty.error();
}

TEST(GrowthClassTest, NamesRoundTripThroughTheParser) {
  for (GrowthClass growth : kAllGrowthClasses) {
    const auto parsed = ParseGrowthClass(ToString(growth));
    ASSERT_TRUE(parsed.has_value()) << parsed.error();
    EXPECT_EQ(*parsed, growth);
  }
  EXPECT_EQ(ToString(GrowthClass::Linearithmic), "O(n log n)");
  EXPECT_EQ(ToString(GrowthClass::Quadratic), "O(n²)");
  EXPECT_EQ(ToString(GrowthClass::Exponential), "O(2ⁿ)");
}

TEST(GrowthClassTest, ClassesAreOrderedByGrowth) {
  for (std::size_t i = 1; i < kAllGrowthClasses.size(); ++i) {
    EXPECT_LT(kAllGrowthClasses[i - 1], kAllGrowthClasses[i]);
    EXPECT_LT(Evaluate(kAllGrowthClasses[i - 1], 64), Evaluate(kAllGrowthClasses[i], 64));
  }
}

TEST(GrowthClassTest, LogIsFlooredSoSmallSizesCostSomething) {
  EXPECT_EQ(Evaluate(GrowthClass::Log, 1), 1);
  EXPECT_EQ(Evaluate(GrowthClass::Log, 2), 1);
  EXPECT_EQ(Evaluate(GrowthClass::Log, 1024), 10);
  EXPECT_EQ(Evaluate(GrowthClass::Linearithmic, 1), 1);
  EXPECT_EQ(Evaluate(GrowthClass::Linearithmic, 8), 24);
  EXPECT_EQ(Evaluate(GrowthClass::QuadraticLog, 2), 4);
  EXPECT_EQ(Evaluate(GrowthClass::Cubic, 10), 1000);
  EXPECT_EQ(Evaluate(GrowthClass::Exponential, 10), 1024);
  for (GrowthClass growth : kAllGrowthClasses) {
    for (double n : {1.0, 2.0, 3.0, 100.0}) {
      EXPECT_NEAR(LogEvaluate(growth, n), std::log(Evaluate(growth, n)), 1e-12);
    }
  }
}

TEST(GrowthClassTest, LogEvaluateStaysFiniteWhere2ToTheNOverflows) {
  EXPECT_TRUE(std::isinf(Evaluate(GrowthClass::Exponential, 5000)));
  EXPECT_NEAR(LogEvaluate(GrowthClass::Exponential, 5000), 5000 * std::log(2.0), 1e-9);
}

TEST(GrowthClassTest, ExpectedExponentIsTheLogLogSlope) {
  EXPECT_NEAR(ExpectedExponent(GrowthClass::Constant, 16, 16384), 0, 1e-12);
  EXPECT_NEAR(ExpectedExponent(GrowthClass::Linear, 16, 16384), 1, 1e-12);
  EXPECT_NEAR(ExpectedExponent(GrowthClass::Quadratic, 16, 16384), 2, 1e-12);
  EXPECT_NEAR(ExpectedExponent(GrowthClass::Cubic, 16, 16384), 3, 1e-12);
  // A log factor adds ln(16/11) / ln(32) ≈ 0.11 over n = 2^11..2^16.
  EXPECT_NEAR(ExpectedExponent(GrowthClass::Linearithmic, 2048, 65536), 1.108, 0.001);
  EXPECT_NEAR(ExpectedExponent(GrowthClass::Log, 2048, 65536), 0.108, 0.001);
  EXPECT_NEAR(ExpectedExponent(GrowthClass::Exponential, 21, 22),
              std::log(2.0) / std::log(22.0 / 21), 1e-9);
}

TEST(GrowthClassTest, LogPartnersDifferByOneLogFactor) {
  EXPECT_EQ(LogPartner(GrowthClass::Linear), GrowthClass::Linearithmic);
  EXPECT_EQ(LogPartner(GrowthClass::Linearithmic), GrowthClass::Linear);
  EXPECT_EQ(LogPartner(GrowthClass::Constant), GrowthClass::Log);
  EXPECT_EQ(LogPartner(GrowthClass::QuadraticLog), GrowthClass::Quadratic);
  EXPECT_EQ(LogPartner(GrowthClass::Cubic), std::nullopt);
  EXPECT_EQ(LogPartner(GrowthClass::Exponential), std::nullopt);
  for (GrowthClass growth : kAllGrowthClasses) {
    if (const auto partner = LogPartner(growth)) {
      EXPECT_EQ(LogPartner(*partner), growth);
    }
  }
}

}  // namespace
}  // namespace judge

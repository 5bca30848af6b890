#include "judge/complexity/BudgetCheck.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <numbers>
#include <random>
#include <string>
#include <vector>

namespace judge {
namespace {

std::vector<SizePoint> Measure(double first, int count, const std::function<double(double)>& cost) {
  std::vector<SizePoint> series;
  for (int i = 0; i < count; ++i)
    series.push_back({first * std::exp2(i), cost(first * std::exp2(i))});
  return series;
}

GrowthFit Fit(const std::vector<SizePoint>& series, double baseline, FitOptions options = {}) {
  auto fit = FitGrowth(series, baseline, options);
  EXPECT_TRUE(fit.has_value()) << fit.error();
  return fit.value_or(GrowthFit{.inconclusive = true});
}

// Op counts of a solution with `lead` leading term plus the usual lower-order noise of code.
GrowthFit Counted(const std::function<double(double)>& lead) {
  return Fit(Measure(16, 11, [&](double n) { return 400 + lead(n) + 20 * n + 90; }), 400);
}

double NLogN(double n) { return n * std::log2(n); }

// Same generator as GrowthFit_test: lognormal noise of sd `noise` on every time, the baseline
// included, and one 2x outlier.
struct Timing {
  std::vector<SizePoint> series;
  double baseline = 0;
};

Timing Timed(GrowthClass growth, double noise, std::uint32_t seed) {
  std::mt19937 rng(seed);
  const auto gaussian = [&] {
    const double u = (rng() + 0.5) / 4294967296.0;
    const double v = (rng() + 0.5) / 4294967296.0;
    return std::sqrt(-2 * std::log(u)) * std::cos(2 * std::numbers::pi * v);
  };
  std::vector<double> sizes;
  if (growth == GrowthClass::Exponential) {
    for (int n = 8; n <= 22; ++n) sizes.push_back(n);
  } else {
    for (int i = 0; i < 11; ++i) sizes.push_back(16 * std::exp2(i));
  }
  const double harness = Evaluate(growth, sizes.front());
  Timing timing;
  for (double n : sizes) {
    timing.series.push_back({n, (harness + Evaluate(growth, n)) * std::exp(noise * gaussian())});
  }
  timing.series[rng() % timing.series.size()].cost *= 2;
  timing.baseline = harness * std::exp(noise * gaussian());
  return timing;
}

GrowthFit TimedFit(GrowthClass growth, double noise, std::uint32_t seed) {
  const Timing timing = Timed(growth, noise, seed);
  return Fit(timing.series, timing.baseline, {.kind = CostKind::Timed});
}

TEST(BudgetCheckTest, ClearQuadraticIsOverALinearBudget) {
  const GrowthFit pairs = Counted([](double n) { return n * (n - 1) / 2; });
  const GrowthFit reference = Counted([](double n) { return 3 * n; });
  const BudgetCheck check = CheckBudget(pairs, GrowthClass::Linear, &reference);
  EXPECT_EQ(check.outcome, BudgetOutcome::Over) << check.summary;
  EXPECT_EQ(check.summary, "measured O(n²) (exponent 1.98), budget O(n)");
  // The control is optional.
  EXPECT_EQ(CheckBudget(pairs, GrowthClass::Linear).outcome, BudgetOutcome::Over);
}

TEST(BudgetCheckTest, NTiedWithNLogNIsWithinAnNBudget) {
  // A correct O(n log n) solution whose log factor a large linear term half hides.
  const GrowthFit sort =
      Fit(Measure(64, 11, [](double n) { return 200 + NLogN(n) + 30 * n + 500; }), 200);
  ASSERT_TRUE(sort.tied_with.has_value()) << sort.reason;
  const BudgetCheck check = CheckBudget(sort, GrowthClass::Linear);
  EXPECT_EQ(check.outcome, BudgetOutcome::Within) << check.summary;
  EXPECT_NE(check.summary.find("O(n) or O(n log n)"), std::string::npos) << check.summary;
  EXPECT_EQ(CheckBudget(sort, GrowthClass::Linearithmic).outcome, BudgetOutcome::Within);
}

TEST(BudgetCheckTest, WithinWhenTheMeasuredClassIsAtOrBelowTheBudget) {
  const GrowthFit linear = Counted([](double n) { return 3 * n; });
  EXPECT_EQ(CheckBudget(linear, GrowthClass::Linear).outcome, BudgetOutcome::Within);
  EXPECT_EQ(CheckBudget(linear, GrowthClass::Quadratic).outcome, BudgetOutcome::Within);
  const BudgetCheck check = CheckBudget(linear, GrowthClass::Linearithmic);
  EXPECT_EQ(check.outcome, BudgetOutcome::Within);
  EXPECT_EQ(check.summary, "measured O(n) (exponent 1.00), budget O(n log n)");
}

TEST(BudgetCheckTest, OpCountsMayShowOneLogFactorOverBudget) {
  // Sorting where O(n) was asked for: exact counts show the log factor clearly.
  std::mt19937 rng(11);
  const GrowthFit sort = Fit(Measure(64, 11,
                                     [&](double n) {
                                       std::vector<std::uint32_t> v(static_cast<std::size_t>(n));
                                       for (auto& x : v) x = rng();
                                       long comparisons = 0;
                                       std::sort(v.begin(), v.end(), [&](auto a, auto b) {
                                         ++comparisons;
                                         return a < b;
                                       });
                                       return 500.0 + 4 * n + static_cast<double>(comparisons);
                                     }),
                             500);
  const GrowthFit reference = Counted([](double n) { return 6 * n; });
  const BudgetCheck check = CheckBudget(sort, GrowthClass::Linear, &reference);
  EXPECT_EQ(check.outcome, BudgetOutcome::Over) << check.summary;
  EXPECT_NE(check.summary.find("measured O(n log n)"), std::string::npos) << check.summary;
}

TEST(BudgetCheckTest, AReferenceMeasuringOverBudgetVoidsTheMeasurement) {
  const GrowthFit candidate = Counted([](double n) { return n * n; });
  const GrowthFit reference = Counted([](double n) { return n * n / 4; });
  const BudgetCheck check = CheckBudget(candidate, GrowthClass::Linear, &reference);
  EXPECT_EQ(check.outcome, BudgetOutcome::Inconclusive) << check.summary;
  EXPECT_NE(check.summary.find("reference"), std::string::npos) << check.summary;
  EXPECT_TRUE(check.summary.starts_with("inconclusive: ")) << check.summary;
  // Even a candidate within budget: the measurement as a whole is in doubt.
  const GrowthFit linear = Counted([](double n) { return 3 * n; });
  EXPECT_EQ(CheckBudget(linear, GrowthClass::Linear, &reference).outcome,
            BudgetOutcome::Inconclusive);
}

TEST(BudgetCheckTest, NeverOverWhenTheCandidateGrowsLikeTheReference) {
  // The budget says O(n²); the reference reads O(n²) or O(n² log n); a candidate reading
  // O(n² log n) grows like the reference, which is within budget by definition.
  GrowthFit reference = Counted([](double n) { return n * n; });
  reference.tied_with = GrowthClass::QuadraticLog;
  const GrowthFit candidate = Counted([](double n) { return n * n * std::log2(n); });
  ASSERT_EQ(candidate.best, GrowthClass::QuadraticLog) << candidate.reason;
  ASSERT_EQ(candidate.tied_with, std::nullopt) << candidate.reason;
  EXPECT_EQ(CheckBudget(candidate, GrowthClass::Quadratic).outcome, BudgetOutcome::Over);
  const BudgetCheck check = CheckBudget(candidate, GrowthClass::Quadratic, &reference);
  EXPECT_EQ(check.outcome, BudgetOutcome::Inconclusive) << check.summary;
}

TEST(BudgetCheckTest, AnInconclusiveReferenceCannotConfirmOver) {
  const GrowthFit candidate = Counted([](double n) { return n * n; });
  const GrowthFit reference{.best = GrowthClass::Linear, .inconclusive = true, .reason = "noisy"};
  EXPECT_EQ(CheckBudget(candidate, GrowthClass::Linear, &reference).outcome,
            BudgetOutcome::Inconclusive);
  const GrowthFit linear = Counted([](double n) { return 3 * n; });
  EXPECT_EQ(CheckBudget(linear, GrowthClass::Linear, &reference).outcome, BudgetOutcome::Within);
}

TEST(BudgetCheckTest, AnInconclusiveFitIsInconclusive) {
  const GrowthFit fit{.best = GrowthClass::Cubic,
                      .confidence = 0.5,
                      .inconclusive = true,
                      .reason = "no class stands out"};
  const BudgetCheck check = CheckBudget(fit, GrowthClass::Linear);
  EXPECT_EQ(check.outcome, BudgetOutcome::Inconclusive);
  EXPECT_NE(check.summary.find("no class stands out"), std::string::npos) << check.summary;
}

// Each piece of evidence, taken away alone from a clear over-budget fit, stops "over".
TEST(BudgetCheckTest, OverNeedsEveryPieceOfEvidence) {
  const GrowthFit clear = Counted([](double n) { return n * n; });
  ASSERT_EQ(CheckBudget(clear, GrowthClass::Linear).outcome, BudgetOutcome::Over);

  GrowthFit unsure = clear;
  unsure.confidence = 0.93;
  EXPECT_EQ(CheckBudget(unsure, GrowthClass::Linear).outcome, BudgetOutcome::Inconclusive);

  GrowthFit shallow = clear;
  shallow.exponent = 1.4;  // below the midpoint 1.5 between n and n²
  EXPECT_EQ(CheckBudget(shallow, GrowthClass::Linear).outcome, BudgetOutcome::Inconclusive);

  GrowthFit uncertain = clear;
  uncertain.exponent = 1.8;
  uncertain.exponent_error = 0.2;  // 1.8 - 2 x 0.2 = 1.4
  EXPECT_EQ(CheckBudget(uncertain, GrowthClass::Linear).outcome, BudgetOutcome::Inconclusive);

  GrowthFit flat_top = clear;
  flat_top.top_ratio->ratio = 2.5;  // doubling n: a quadratic would show ~4, O(n) ~2
  const BudgetCheck flat = CheckBudget(flat_top, GrowthClass::Linear);
  EXPECT_EQ(flat.outcome, BudgetOutcome::Inconclusive);
  EXPECT_NE(flat.summary.find("×2.50"), std::string::npos) << flat.summary;

  GrowthFit no_top = clear;
  no_top.top_ratio.reset();
  EXPECT_EQ(CheckBudget(no_top, GrowthClass::Linear).outcome, BudgetOutcome::Inconclusive);

  // A fit that carries no window or exponent (made by hand, say) proves nothing.
  const GrowthFit bare{.best = GrowthClass::Cubic, .confidence = 1};
  EXPECT_EQ(CheckBudget(bare, GrowthClass::Linear).outcome, BudgetOutcome::Inconclusive);

  GrowthFit noisy = clear;
  noisy.kind = CostKind::Timed;
  noisy.noise = 0.32;
  EXPECT_EQ(CheckBudget(noisy, GrowthClass::Linear).outcome, BudgetOutcome::Inconclusive);
}

TEST(BudgetCheckTest, TimingsNeverMakeALogFactorOverBudget) {
  GrowthFit fit = Fit(Measure(16, 11, [](double n) { return 400 + NLogN(n) + n; }), 400);
  ASSERT_EQ(fit.best, GrowthClass::Linearithmic);
  ASSERT_EQ(fit.tied_with, std::nullopt);
  EXPECT_EQ(CheckBudget(fit, GrowthClass::Linear).outcome, BudgetOutcome::Over);
  fit.kind = CostKind::Timed;
  fit.noise = 0.1;
  const BudgetCheck check = CheckBudget(fit, GrowthClass::Linear);
  EXPECT_EQ(check.outcome, BudgetOutcome::Inconclusive) << check.summary;
  EXPECT_NE(check.summary.find("log factor"), std::string::npos) << check.summary;
}

// The property that matters most: on a busy machine, a solution within budget is never
// told it is over, whatever the budget it meets and however noisy the timings.
TEST(BudgetCheckTest, TimedSolutionsWithinBudgetAreNeverOver) {
  for (GrowthClass growth : kAllGrowthClasses) {
    for (double noise : {0.2, 0.6}) {
      for (std::uint32_t seed = 1; seed <= 40; ++seed) {
        const GrowthFit candidate = TimedFit(growth, noise, seed);
        const GrowthFit reference = TimedFit(growth, noise, seed + 1000);
        for (GrowthClass budget : kAllGrowthClasses) {
          if (budget < growth) continue;
          SCOPED_TRACE(::testing::Message() << ToString(growth) << " noise " << noise << " seed "
                                            << seed << " budget " << ToString(budget));
          EXPECT_NE(CheckBudget(candidate, budget).outcome, BudgetOutcome::Over)
              << CheckBudget(candidate, budget).summary;
          EXPECT_NE(CheckBudget(candidate, budget, &reference).outcome, BudgetOutcome::Over);
        }
      }
    }
  }
}

TEST(BudgetCheckTest, TimedQuadraticIsOverALinearBudgetDespiteTheNoise) {
  int over = 0;
  for (std::uint32_t seed = 1; seed <= 40; ++seed) {
    const GrowthFit candidate = TimedFit(GrowthClass::Quadratic, 0.2, seed);
    const GrowthFit reference = TimedFit(GrowthClass::Linear, 0.2, seed + 1000);
    const BudgetCheck check = CheckBudget(candidate, GrowthClass::Linear, &reference);
    EXPECT_NE(check.outcome, BudgetOutcome::Within) << "seed " << seed << ": " << check.summary;
    over += check.outcome == BudgetOutcome::Over;
  }
  EXPECT_GE(over, 25);
}

TEST(BudgetCheckTest, OutcomesHaveNames) {
  EXPECT_EQ(ToString(BudgetOutcome::Within), "within");
  EXPECT_EQ(ToString(BudgetOutcome::Over), "over");
  EXPECT_EQ(ToString(BudgetOutcome::Inconclusive), "inconclusive");
}

GrowthFit CpuFit(double exponent, double error) {
  return GrowthFit{.best = GrowthClass::Linear,
                   .exponent = exponent,
                   .exponent_error = error,
                   .kind = CostKind::Timed,
                   .window_n_min = 16,
                   .window_n_max = 100};
}

TEST(CpuTimeContradictsCountTest, OnlyCpuTimeClearlyBelowHalfwayContradictsACountOverBudget) {
  const GrowthFit quadratic_count = Counted([](double n) { return n * n; });
  ASSERT_EQ(quadratic_count.best, GrowthClass::Quadratic);
  // Halfway between O(n) and O(n²) is an exponent of 1.5.
  EXPECT_TRUE(CpuTimeContradictsCount(CpuFit(1.0, 0.05), quadratic_count, GrowthClass::Linear));
  EXPECT_TRUE(CpuTimeContradictsCount(CpuFit(1.2, 0.1), quadratic_count, GrowthClass::Linear));
  // Within the budget by its class, but not clearly: a call's fixed cost flattening small
  // inputs, or noise, is no evidence against an exact count.
  EXPECT_FALSE(CpuTimeContradictsCount(CpuFit(1.3, 0.15), quadratic_count, GrowthClass::Linear));
  EXPECT_FALSE(CpuTimeContradictsCount(CpuFit(1.45, 0.05), quadratic_count, GrowthClass::Linear));
  GrowthFit no_window = CpuFit(1.0, 0.05);
  no_window.window_n_min = no_window.window_n_max = std::nan("");
  EXPECT_FALSE(CpuTimeContradictsCount(no_window, quadratic_count, GrowthClass::Linear));
}

}  // namespace
}  // namespace judge

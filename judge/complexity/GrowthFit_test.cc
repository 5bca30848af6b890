#include "judge/complexity/GrowthFit.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <numbers>
#include <numeric>
#include <random>
#include <vector>

namespace judge {
namespace {

std::vector<double> Doubling(double first, int count) {
  std::vector<double> sizes;
  for (int i = 0; i < count; ++i) sizes.push_back(first * std::exp2(i));
  return sizes;
}

std::vector<SizePoint> Measure(const std::vector<double>& sizes,
                               const std::function<double(double)>& cost) {
  std::vector<SizePoint> series;
  for (double n : sizes) series.push_back({n, cost(n)});
  return series;
}

bool Reports(const GrowthFit& fit, GrowthClass growth) {
  return fit.best == growth || fit.tied_with == growth;
}

// Gaussian noise from mt19937 alone: <random>'s distributions may differ between standard
// libraries, and a seeded test must see the same series everywhere.
class Noise {
 public:
  explicit Noise(std::uint32_t seed) : rng_(seed) {}
  double Gaussian() {
    const double u = Uniform();
    return std::sqrt(-2 * std::log(u)) * std::cos(2 * std::numbers::pi * Uniform());
  }
  std::size_t Index(std::size_t size) { return rng_() % size; }

 private:
  double Uniform() { return (rng_() + 0.5) / 4294967296.0; }
  std::mt19937 rng_;
};

// The sizes the judge uses: doubling from 16 over three decades; 2ⁿ stops at n = 22.
std::vector<double> JudgeGrid(GrowthClass growth) {
  if (growth != GrowthClass::Exponential) return Doubling(16, 11);
  std::vector<double> sizes(15);
  std::iota(sizes.begin(), sizes.end(), 8.0);
  return sizes;
}

struct Timing {
  std::vector<SizePoint> series;
  double baseline = 0;
};

// CPU time while the other core is busy: every time (the baseline too) off by a lognormal
// factor of sd `noise`, and one size hit by a 2x outlier. The harness costs as much as the
// work at the smallest size, so the small sizes are mostly baseline.
Timing Timed(GrowthClass growth, double noise, std::uint32_t seed) {
  Noise rng(seed);
  const std::vector<double> sizes = JudgeGrid(growth);
  const double harness = Evaluate(growth, sizes.front());
  Timing timing;
  for (double n : sizes) {
    timing.series.push_back(
        {n, (harness + Evaluate(growth, n)) * std::exp(noise * rng.Gaussian())});
  }
  timing.series[rng.Index(timing.series.size())].cost *= 2;
  timing.baseline = harness * std::exp(noise * rng.Gaussian());
  return timing;
}

GrowthFit Fit(const std::vector<SizePoint>& series, double baseline, FitOptions options = {}) {
  auto fit = FitGrowth(series, baseline, options);
  EXPECT_TRUE(fit.has_value()) << fit.error();
  return fit.value_or(GrowthFit{.inconclusive = true});
}

// --- Exact op counts of real code, with their lower-order terms --------------------------

TEST(GrowthFitTest, StdSortComparisonsAreLinearithmic) {
  std::mt19937 rng(7);
  const auto series = Measure(Doubling(64, 11), [&](double n) {
    std::vector<std::uint32_t> values(static_cast<std::size_t>(n));
    for (auto& v : values) v = rng();
    long comparisons = 0;
    std::sort(values.begin(), values.end(), [&](std::uint32_t a, std::uint32_t b) {
      ++comparisons;
      return a < b;
    });
    return 1000.0 + static_cast<double>(comparisons);  // the harness's 1000 ops
  });
  const GrowthFit fit = Fit(series, 1000);
  EXPECT_FALSE(fit.inconclusive) << fit.reason;
  EXPECT_EQ(fit.best, GrowthClass::Linearithmic) << fit.reason;
  EXPECT_EQ(fit.tied_with, std::nullopt) << fit.reason;
  EXPECT_GT(fit.confidence, 0.99);
  EXPECT_GT(fit.exponent, 1.05);
  EXPECT_LT(fit.exponent, 1.2);
}

TEST(GrowthFitTest, BinarySearchComparisonsAreLogarithmic) {
  const auto series = Measure(Doubling(16, 11), [](double n) {
    std::vector<int> sorted(static_cast<std::size_t>(n));
    std::iota(sorted.begin(), sorted.end(), 0);
    long comparisons = 0;
    for (int query = 0; query < 64; ++query) {
      const int target = static_cast<int>((query * 7919L) % static_cast<long>(n));
      (void)std::lower_bound(sorted.begin(), sorted.end(), target, [&](int a, int b) {
        ++comparisons;
        return a < b;
      });
    }
    return 300.0 + static_cast<double>(comparisons);
  });
  const GrowthFit fit = Fit(series, 300);
  EXPECT_FALSE(fit.inconclusive) << fit.reason;
  EXPECT_EQ(fit.best, GrowthClass::Log) << fit.reason;
  EXPECT_EQ(fit.tied_with, std::nullopt) << fit.reason;
}

TEST(GrowthFitTest, NestedLoopsOverPairsAreQuadratic) {
  const auto series = Measure(Doubling(16, 9), [](double n) {
    long ops = 7;  // set-up
    for (long i = 0; i < static_cast<long>(n); ++i) {
      ops += 2;  // the outer loop's own blocks
      for (long j = i + 1; j < static_cast<long>(n); ++j) ++ops;
    }
    return 300.0 + static_cast<double>(ops);
  });
  const GrowthFit fit = Fit(series, 300);
  EXPECT_FALSE(fit.inconclusive) << fit.reason;
  EXPECT_EQ(fit.best, GrowthClass::Quadratic) << fit.reason;
  EXPECT_EQ(fit.tied_with, std::nullopt) << fit.reason;
  EXPECT_NEAR(fit.exponent, 2, 0.02);
}

TEST(GrowthFitTest, TripleLoopsAreCubic) {
  const auto series = Measure(Doubling(8, 7), [](double n) {
    long ops = 0;
    const long size = static_cast<long>(n);
    for (long i = 0; i < size; ++i) {
      for (long j = i + 1; j < size; ++j) {
        ++ops;
        for (long k = j + 1; k < size; ++k) ++ops;
      }
    }
    return 300.0 + static_cast<double>(ops);
  });
  const GrowthFit fit = Fit(series, 300);
  EXPECT_FALSE(fit.inconclusive) << fit.reason;
  EXPECT_EQ(fit.best, GrowthClass::Cubic) << fit.reason;
  EXPECT_NEAR(fit.exponent, 3, 0.1);
}

long SubsetCalls(int i, int n) {
  return i == n ? 1 : 1 + SubsetCalls(i + 1, n) + SubsetCalls(i + 1, n);
}

TEST(GrowthFitTest, SubsetEnumerationIsExponential) {
  std::vector<double> sizes(15);
  std::iota(sizes.begin(), sizes.end(), 8.0);
  const auto series = Measure(sizes, [](double n) {
    return 300.0 + static_cast<double>(SubsetCalls(0, static_cast<int>(n)));
  });
  const GrowthFit fit = Fit(series, 300);
  EXPECT_FALSE(fit.inconclusive) << fit.reason;
  EXPECT_EQ(fit.best, GrowthClass::Exponential) << fit.reason;
}

TEST(GrowthFitTest, ConstantWorkOverABigBaselineIsConstant) {
  const auto series = Measure(Doubling(16, 11), [](double) { return 1e6 + 12; });
  const GrowthFit fit = Fit(series, 1e6);
  EXPECT_FALSE(fit.inconclusive) << fit.reason;
  EXPECT_EQ(fit.best, GrowthClass::Constant) << fit.reason;
  EXPECT_EQ(fit.tied_with, std::nullopt) << fit.reason;
  EXPECT_NEAR(fit.exponent, 0, 1e-9);
}

TEST(GrowthFitTest, CostNeverAboveTheBaselineIsConstantNotAnError) {
  const auto series = Measure(Doubling(16, 8), [](double) { return 500.0; });
  const GrowthFit fit = Fit(series, 500);
  EXPECT_FALSE(fit.inconclusive);
  EXPECT_EQ(fit.best, GrowthClass::Constant);
  EXPECT_EQ(fit.confidence, 1);
}

TEST(GrowthFitTest, LowerOrderTermsDoNotHideTheLeadingTerm) {
  // Linear below n = 333, quadratic above: the upper half of the sizes decides.
  const GrowthFit quadratic =
      Fit(Measure(Doubling(16, 11), [](double n) { return 3 * n * n + 1000 * n; }), 0);
  EXPECT_FALSE(quadratic.inconclusive) << quadratic.reason;
  EXPECT_EQ(quadratic.best, GrowthClass::Quadratic) << quadratic.reason;
  EXPECT_GT(quadratic.exponent, 1.8);
  EXPECT_LT(quadratic.exponent, 2.05);
}

TEST(GrowthFitTest, AStrongLinearTermTiesNWithNLogN) {
  // 30n outweighs n log n up to n = 2^30: over three decades the log factor shows at a third of
  // its strength, so both classes are reported rather than one guessed.
  const GrowthFit fit =
      Fit(Measure(Doubling(64, 11), [](double n) { return n * std::log2(n) + 30 * n + 500; }), 0);
  EXPECT_FALSE(fit.inconclusive) << fit.reason;
  EXPECT_TRUE(Reports(fit, GrowthClass::Linear)) << fit.reason;
  EXPECT_TRUE(Reports(fit, GrowthClass::Linearithmic)) << fit.reason;
}

TEST(GrowthFitTest, ASeriesStillChangingSlopeIsInconclusive) {
  // 3n² + 1000n seen only at n = 16..1024 (cut by the cap): exponent 1.5 at the top, halfway
  // between O(n log n) and O(n²). Neither may be guessed.
  const GrowthFit fit = Fit(Measure(Doubling(16, 7), [](double n) { return 3 * n * n + 1000 * n; }),
                            0, {.stopped_at_cap = true});
  EXPECT_TRUE(fit.inconclusive) << ToString(fit.best);
  EXPECT_FALSE(fit.reason.empty());
}

TEST(GrowthFitTest, AGrowthBetweenClassesIsInconclusive) {
  // Square-root decomposition: n√n is no class of the list; neither neighbour may be guessed.
  const GrowthFit fit =
      Fit(Measure(Doubling(16, 11), [](double n) { return n * std::sqrt(n); }), 0);
  EXPECT_TRUE(fit.inconclusive) << ToString(fit.best);
  EXPECT_NE(fit.reason.find("no class describes"), std::string::npos) << fit.reason;
}

TEST(GrowthFitTest, AConstantStillDominatingIsNotCalledAnything) {
  // n + 3000 counted without its 3000 in the baseline: at n = 512..16384 it is changing from
  // flat to linear, and the closest class (O(log n)) misses by a third.
  const GrowthFit fit = Fit(Measure(Doubling(16, 11), [](double n) { return n + 3000; }), 0);
  EXPECT_TRUE(fit.inconclusive) << ToString(fit.best) << ": " << fit.reason;
  EXPECT_NE(fit.reason.find("no class describes"), std::string::npos) << fit.reason;
}

TEST(GrowthFitTest, AnExponentBetweenFamiliesMakesATimedFitInconclusive) {
  // The same shape in CPU time (overhead outside the baseline): times are not held to a
  // misfit bound, but the exponent 0.65 is too far from O(n)'s 1 and O(log n)'s 0.1.
  const GrowthFit fit = Fit(Measure(Doubling(16, 11), [](double n) { return n + 1000; }), 0,
                            {.kind = CostKind::Timed});
  EXPECT_TRUE(fit.inconclusive) << ToString(fit.best) << ": " << fit.reason;
  EXPECT_NE(fit.reason.find("exponent"), std::string::npos) << fit.reason;
  EXPECT_NEAR(fit.exponent, 0.65, 0.05);
}

TEST(GrowthFitTest, AFlatTopContradictsTheFit) {
  // The largest size cost no more than the one before (the run was served from a cache, or
  // the generator repeated itself): the ratio cross-check must refuse the clean O(n²) below.
  auto series = Measure(Doubling(16, 10), [](double n) { return 100 + n * n; });
  series.back().cost = series[series.size() - 2].cost;
  const GrowthFit fit = Fit(series, 100);
  EXPECT_TRUE(fit.inconclusive) << fit.reason;
  EXPECT_NE(fit.reason.find("two largest sizes disagree"), std::string::npos) << fit.reason;
  ASSERT_TRUE(fit.top_ratio.has_value());
  EXPECT_NEAR(fit.top_ratio->ratio, 1, 1e-9);
}

TEST(GrowthFitTest, NoClassStandingOutIsInconclusive) {
  // A timed O(1) whose noise happens to drift upwards: O(n), O(n log n) and O(log n) share the
  // evidence, and none may be picked.
  const Timing timing = Timed(GrowthClass::Constant, 0.2, 143);
  const GrowthFit fit = Fit(timing.series, timing.baseline, {.kind = CostKind::Timed});
  EXPECT_TRUE(fit.inconclusive) << fit.reason;
  EXPECT_NE(fit.reason.find("no class stands out"), std::string::npos) << fit.reason;
  EXPECT_LT(fit.confidence, 0.9);
}

TEST(GrowthFitTest, AMisfitLowersTheConfidence) {
  // n^2.6 lies between O(n² log n) and O(n³); with the likelihoods taken at the measured noise
  // alone, O(n³) would look 94% sure. Taken at the scatter O(n³) leaves, it is below 80%.
  const GrowthFit fit = Fit(Measure(Doubling(16, 11), [](double n) { return std::pow(n, 2.6); }), 0,
                            {.kind = CostKind::Timed});
  EXPECT_TRUE(fit.inconclusive);
  EXPECT_EQ(fit.best, GrowthClass::Cubic);
  EXPECT_LT(fit.confidence, 0.8);
}

TEST(GrowthFitTest, TimesThatStayAtTheBaselineAreConstant) {
  // A solution that does nothing measurable beyond the harness: every class can shrink its
  // scale into the baseline, and all of them together are the evidence for O(1); none of
  // them may be reported as the growth.
  int constant = 0;
  for (std::uint32_t seed = 1; seed <= 50; ++seed) {
    Noise rng(seed);
    std::vector<SizePoint> series;
    for (double n : Doubling(16, 11)) series.push_back({n, 1000 * std::exp(0.2 * rng.Gaussian())});
    const GrowthFit fit = Fit(series, 1000, {.kind = CostKind::Timed});
    if (fit.inconclusive) continue;
    EXPECT_TRUE(Reports(fit, GrowthClass::Constant)) << "seed " << seed << ": " << fit.reason;
    ++constant;
  }
  EXPECT_GE(constant, 20);
}

TEST(GrowthFitTest, ReportsTheFittedExponentAndAFullRanking) {
  const GrowthFit fit = Fit(Measure(Doubling(16, 10), [](double n) { return 5 * n * n; }), 0);
  EXPECT_NEAR(fit.exponent, 2, 1e-6);
  EXPECT_LT(fit.exponent_error, 0.05);
  ASSERT_EQ(fit.ranking.size(), kAllGrowthClasses.size());
  EXPECT_EQ(fit.ranking.front().growth, GrowthClass::Quadratic);
  EXPECT_NEAR(fit.ranking.front().scale, 5, 1e-6);
  EXPECT_NEAR(fit.ranking.front().rms_log_error, 0, 1e-6);
  for (std::size_t i = 1; i < fit.ranking.size(); ++i) {
    EXPECT_LE(fit.ranking[i - 1].score, fit.ranking[i].score);
  }
  ASSERT_TRUE(fit.top_ratio.has_value());
  EXPECT_NEAR(fit.top_ratio->ratio, 4, 1e-9);
  EXPECT_EQ(fit.top_ratio->n_top, 8192);
  EXPECT_EQ(fit.window_n_max, 8192);
  EXPECT_NE(fit.reason.find("O(n²)"), std::string::npos) << fit.reason;
}

// --- Every class, every scale, every grid the judge uses, no noise ------------------------

TEST(GrowthFitTest, RecoversEveryClassAtAnyScaleOnEveryJudgeGrid) {
  for (GrowthClass growth : kAllGrowthClasses) {
    for (double scale : {1e-3, 1e-2, 0.1, 1.0, 10.0, 100.0, 1e3}) {
      for (double baseline : {0.0, 1e6 * scale}) {
        for (double first : {1.0, 2.0, 16.0}) {
          for (int count = 6; count <= 12; ++count) {
            // 2ⁿ beyond n = 600 is no series a judge could measure (nor a double hold).
            if (growth == GrowthClass::Exponential && first * std::exp2(count - 1) > 600) continue;
            SCOPED_TRACE(::testing::Message()
                         << ToString(growth) << " scale " << scale << " baseline " << baseline
                         << " n = " << first << " x2^0.." << count - 1);
            const auto series = Measure(Doubling(first, count), [&](double n) {
              return baseline + scale * Evaluate(growth, n);
            });
            const auto fit = FitGrowth(series, baseline);
            ASSERT_TRUE(fit.has_value()) << fit.error();
            EXPECT_FALSE(fit->inconclusive) << fit->reason;
            EXPECT_EQ(fit->best, growth) << fit->reason;
            EXPECT_EQ(fit->tied_with, std::nullopt) << fit->reason;
            EXPECT_GT(fit->confidence, 0.99);
          }
        }
      }
    }
  }
}

// --- CPU time on a busy machine ----------------------------------------------------------

TEST(GrowthFitTest, TimedTwentyPercentNoiseWithAnOutlierStillClassifies) {
  for (GrowthClass growth : kAllGrowthClasses) {
    SCOPED_TRACE(ToString(growth));
    int right = 0;
    for (std::uint32_t seed = 1; seed <= 100; ++seed) {
      const Timing timing = Timed(growth, 0.2, seed);
      const GrowthFit fit = Fit(timing.series, timing.baseline, {.kind = CostKind::Timed});
      if (fit.inconclusive) continue;
      // A conclusive answer must be right, and CPU time leaves the log factor open.
      EXPECT_TRUE(Reports(fit, growth)) << "seed " << seed << ": " << fit.reason;
      EXPECT_EQ(fit.tied_with, LogPartner(fit.best)) << "seed " << seed << ": " << fit.reason;
      right += Reports(fit, growth);
    }
    EXPECT_GE(right, 90);
  }
}

TEST(GrowthFitTest, TimedSixtyPercentNoiseIsInconclusiveRatherThanWrong) {
  for (GrowthClass growth : kAllGrowthClasses) {
    SCOPED_TRACE(ToString(growth));
    int inconclusive = 0;
    int wrong = 0;
    for (std::uint32_t seed = 1; seed <= 100; ++seed) {
      const Timing timing = Timed(growth, 0.6, seed);
      const GrowthFit fit = Fit(timing.series, timing.baseline, {.kind = CostKind::Timed});
      if (fit.inconclusive) {
        ++inconclusive;
        continue;
      }
      wrong += !Reports(fit, growth);
      // Never a faster class than the truth: that is what would fail a correct solution. (A
      // baseline measured 3x too high can hide an O(log n) as O(1); that errs the safe way.)
      const GrowthClass generous = std::min(fit.best, fit.tied_with.value_or(fit.best));
      EXPECT_LE(generous, growth) << "seed " << seed << ": " << fit.reason;
    }
    EXPECT_GE(inconclusive, 85);
    EXPECT_LE(wrong, 1);
  }
}

TEST(GrowthFitTest, TimedNoiseIsEstimated) {
  const Timing quiet = Timed(GrowthClass::Quadratic, 0.05, 3);
  const Timing busy = Timed(GrowthClass::Quadratic, 0.6, 3);
  const GrowthFit quiet_fit = Fit(quiet.series, quiet.baseline, {.kind = CostKind::Timed});
  const GrowthFit busy_fit = Fit(busy.series, busy.baseline, {.kind = CostKind::Timed});
  EXPECT_LT(quiet_fit.noise, 0.1);
  EXPECT_GT(busy_fit.noise, 0.35);
  EXPECT_TRUE(busy_fit.inconclusive);
  EXPECT_NE(busy_fit.reason.find("noisy"), std::string::npos) << busy_fit.reason;
}

// --- A series cut short by the cost cap ----------------------------------------------------

TEST(GrowthFitTest, ACubicCutByTheCapAfterFiveSizesIsStillCubic) {
  const GrowthFit fit = Fit(Measure(Doubling(16, 5), [](double n) { return 300 + n * n * n / 6; }),
                            300, {.stopped_at_cap = true});
  EXPECT_FALSE(fit.inconclusive) << fit.reason;
  EXPECT_EQ(fit.best, GrowthClass::Cubic) << fit.reason;
  ASSERT_TRUE(fit.top_ratio.has_value());
  EXPECT_TRUE(fit.top_ratio->lower_bound);
}

TEST(GrowthFitTest, TheCappedSizeIsALowerBound) {
  // The run at n = 512 was stopped at the cap, after 60% of its real cost: taken at face value
  // it would bend the quadratic down; as a lower bound it only confirms it.
  auto series = Measure(Doubling(16, 6), [](double n) { return 100 + n * n; });
  series.back().cost = 100 + 0.6 * 512 * 512;
  const GrowthFit capped = Fit(series, 100, {.stopped_at_cap = true});
  EXPECT_FALSE(capped.inconclusive) << capped.reason;
  EXPECT_EQ(capped.best, GrowthClass::Quadratic) << capped.reason;
  EXPECT_NEAR(capped.ranking.front().rms_log_error, 0, 1e-9);
  const GrowthFit face_value = Fit(series, 100);
  EXPECT_GT(face_value.ranking.front().rms_log_error, 0.05);
}

TEST(GrowthFitTest, TimedQuadraticCutByTheCapStillClassifies) {
  int right = 0;
  for (std::uint32_t seed = 1; seed <= 20; ++seed) {
    Timing timing = Timed(GrowthClass::Quadratic, 0.2, seed);
    timing.series.resize(8);  // n = 16..2048; the cap struck at 2048
    const GrowthFit fit =
        Fit(timing.series, timing.baseline, {.kind = CostKind::Timed, .stopped_at_cap = true});
    if (fit.inconclusive) continue;
    EXPECT_TRUE(Reports(fit, GrowthClass::Quadratic)) << "seed " << seed << ": " << fit.reason;
    ++right;
  }
  EXPECT_GE(right, 15);
}

// --- Malformed series are errors, not guesses ----------------------------------------------

TEST(GrowthFitTest, RejectsSeriesItCannotFit) {
  const auto error = [](std::vector<SizePoint> series, double baseline = 0) {
    const auto fit = FitGrowth(series, baseline);
    return fit.has_value() ? std::string("(no error)") : fit.error();
  };
  EXPECT_NE(error({{16, 1}, {32, 2}, {64, 4}}).find("at least 4"), std::string::npos);
  EXPECT_NE(error({{16, 1}, {0, 2}, {64, 4}, {128, 8}}).find("n = 0"), std::string::npos);
  EXPECT_NE(error({{16, 1}, {-32, 2}, {64, 4}, {128, 8}}).find("positive"), std::string::npos);
  EXPECT_NE(error({{16, 1}, {32, std::nan("")}, {64, 4}, {128, 8}}).find("n = 32"),
            std::string::npos);
  EXPECT_NE(error({{16, 1}, {32, -2}, {64, 4}, {128, 8}}).find("cost"), std::string::npos);
  EXPECT_NE(error({{16, 1}, {32, 2}, {32, 3}, {128, 8}}).find("twice"), std::string::npos);
  EXPECT_NE(error({{16, 1}, {32, 2}, {64, 4}, {128, 8}}, -1).find("baseline"), std::string::npos);
  EXPECT_NE(error({{16, 1}, {32, 2}, {64, 4}, {128, 8}}, std::numeric_limits<double>::infinity())
                .find("baseline"),
            std::string::npos);
  // Three sizes above the baseline are too few, however many sizes were measured.
  EXPECT_NE(error({{16, 5}, {32, 5}, {64, 5}, {128, 6}, {256, 7}, {512, 9}}, 5).find("only 3 of 6"),
            std::string::npos);
  const auto bad_option =
      FitGrowth(Measure(Doubling(16, 6), [](double n) { return n; }), 0, {.min_confidence = 1.5});
  EXPECT_FALSE(bad_option.has_value());
}

TEST(GrowthFitTest, OrderOfTheSeriesDoesNotMatter) {
  auto series = Measure(Doubling(16, 8), [](double n) { return n * n + 50; });
  const GrowthFit sorted = Fit(series, 50);
  std::reverse(series.begin(), series.end());
  const GrowthFit reversed = Fit(series, 50);
  EXPECT_EQ(sorted.best, reversed.best);
  EXPECT_EQ(sorted.exponent, reversed.exponent);
}

}  // namespace
}  // namespace judge

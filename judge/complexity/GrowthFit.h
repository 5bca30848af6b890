// GrowthFit: from a solution's measured cost at growing sizes n to the growth class that
// explains it, with the log-log exponent, a confidence, and "inconclusive" when weak.
#pragma once

#include <cstddef>
#include <expected>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "judge/complexity/GrowthClass.h"

namespace judge {

/// One size of the series. For timed series `cost` is already the median of repetitions.
struct SizePoint {
  double n = 0;
  double cost = 0;
};

enum class CostKind {
  // Operation counts (basic blocks, bytecodes): repeatable to the unit, but real programs
  // carry lower-order terms (n log n + 30n + 500, 3n² + 1000n) that bend small sizes.
  Deterministic,
  // CPU time: multiplicative noise of 10-30% and an occasional 2x outlier when the machine
  // is busy; the empty-input baseline is as noisy as every other point.
  Timed,
};

struct FitOptions {
  CostKind kind = CostKind::Deterministic;
  /// The series stopped growing because the largest size's cost passed the judge's cap.
  /// That cost is then only a lower bound (the run may have been cut short), so it may argue
  /// for faster growth but never for slower.
  bool stopped_at_cap = false;
  /// Below this share of the evidence for the reported class(es), the fit is inconclusive.
  double min_confidence = 0.9;
};

struct ClassScore {
  GrowthClass growth = GrowthClass::Constant;
  double scale = 0;          // c in c·f(n)
  double rms_log_error = 0;  // over the fit window: 0.05 means c·f(n) is ~5% off per size
  double score = 0;          // AIC under a robust (Huber) error model; lower is better
};

/// The cost ratio between the two largest sizes whose cost rose above the baseline.
struct TopRatio {
  double n_below = 0;
  double n_top = 0;
  double ratio = 0;
  bool lower_bound = false;  // the top size hit the cap
};

struct GrowthFit {
  GrowthClass best = GrowthClass::Constant;
  /// Set when the data cannot tell `best` from its log partner (O(n) vs O(n log n)).
  std::optional<GrowthClass> tied_with;
  /// The log-log slope of cost above baseline over the fit window: "grows like n^1.93".
  double exponent = 0;
  /// Its standard error, from the noise: 0.01 for op counts, 0.07 for times at ±20%.
  double exponent_error = 0;
  /// The share of the evidence (Akaike weights) held by `best` and `tied_with`.
  double confidence = 0;
  bool inconclusive = false;
  /// Why inconclusive, or why this class won, in words for the report.
  std::string reason;
  /// Every class, best first. Empty when the cost never rose above the baseline.
  std::vector<ClassScore> ranking;

  CostKind kind = CostKind::Deterministic;
  /// Estimated relative noise of one size's cost (0.2 = ±20%): for op counts, from how far
  /// each size strays from its neighbours; for times, pooled from the scatter around a
  /// flexible fit to the whole series and around the best class in the fit window.
  double noise = 0;
  /// The upper part of the series the classes were fitted on, where lower-order terms
  /// have faded most.
  double window_n_min = 0;
  double window_n_max = 0;
  std::optional<TopRatio> top_ratio;
  std::size_t points_used = 0;
};

/// Fits c·f(n) for every class in log space (relative error) over the upper part of the
/// series (upper half of log n for op counts, upper two thirds for times), where lower-order
/// terms have faded, and ranks the classes by AIC under a robust (Huber) error model whose
/// scale is the estimated noise. Op counts are fitted as cost - baseline; times as
/// baseline + c·f(n) against the raw cost, since their noise is multiplicative on the whole.
/// The winner is tied with its log partner unless op counts show the log factor clearly
/// (odds of 19:1, at most 25% or at least 75% of its strength, three standard errors from
/// the partner's); times always tie it. The fit is inconclusive when the noise is too high (25%
/// for op counts, 35% for times), no class comes within 25% of the op counts, the winner and
/// its tie hold less than `min_confidence` of the evidence, or the exponent or the top ratio
/// lies outside what the winner's family would show.
/// An error, never a guess, for a malformed series (fewer than 4 sizes with cost above the
/// baseline, n <= 0, a repeated n, NaN or negative costs).
std::expected<GrowthFit, std::string> FitGrowth(std::span<const SizePoint> series,
                                                double baseline_cost, FitOptions options = {});

}  // namespace judge

#include "judge/complexity/GrowthFit.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace judge {
namespace {

constexpr std::size_t kMinPoints = 4;
constexpr std::size_t kMinTimedWindow = 6;
// Model-vs-data differences below these are not evidence. Op counts: 2%, because
// lower-order terms bend a pure c·f(n) by that much even where the leading term rules.
// Time: 10%, about what CPU time repeats to on a quiet machine; an estimate below that, from
// a dozen points, is more likely luck than a quiet machine.
constexpr double kDeterministicNoiseFloor = 0.02;
constexpr double kTimedNoiseFloor = 0.10;
// Above these noise levels no ranking is trusted: the 20% noise of a busy machine passes,
// 60% does not.
constexpr double kDeterministicMaxNoise = 0.25;
constexpr double kTimedMaxNoise = 0.35;
// The best class may miss op counts in the window by this much (one outlier left out), or
// by this many noise units; more, and no class describes the counts. 3n² + 1000n misses its
// upper half by 17%; n + 3000 (a constant still dominating at n = 512..16384) misses by 46%
// and must not be called anything. Times get twice their noise bound: their noise hides a
// misfit (which lowers the confidence instead), and the lower-order terms timings carry
// (overheads outside the baseline) bend their wider window by up to 50%; but a fit that
// misses by 95% is noise that the estimate, from a dozen points, came out too low for.
constexpr double kMaxMisfit = 0.25;
constexpr double kMisfitNoiseUnits = 2.5;
constexpr double kTimedMaxMisfit = 2 * kTimedMaxNoise;
// Residuals beyond 1.5 noise units count linearly, so one 2x outlier cannot pick the class.
constexpr double kHuberK = 1.5;
// A log factor is called present or absent only on 19:1 odds (Akaike weights 95:5), and
// only when the data shows at most a quarter, or at least three quarters, of its strength;
// in between the series is bent by lower-order terms (n log n + 30n) and both are reported.
const double kClearMargin = 2 * std::log(19.0);
constexpr double kLogFactorAbsent = 0.25;
constexpr double kLogFactorPresent = 0.75;
// ... and only when the partner's strength is this many standard errors away.
constexpr double kLogFactorErrors = 3;
// The top-ratio check, which rests on two sizes, takes times to be at least as noisy as a
// busy machine makes them (±30%), whatever the estimate says: it rests on a dozen points and
// comes out low now and then, and one 2x outlier at the top must not void a clear fit.
constexpr double kBusyMachineNoise = 0.3;
// The exponent may stray from the winner's family this far towards the next family
// (0.5 would be the midpoint); beyond, the series is between classes, e.g. n + 1000 timed
// at n = 256..16384, whose 0.65 is neither O(log n)'s 0.1 nor O(n)'s 1.
constexpr double kBandFraction = 0.4;
// A measured exponent may stray this many of its standard errors above the band.
constexpr double kErrorsAllowed = 2;
// A ratio of two noisy sizes may stray this many noise units.
constexpr double kRatioNoiseUnits = 3;

struct Point {
  double n = 0;
  double x = 0;  // ln n
  double cost = 0;
  double excess = 0;  // cost - baseline
  double ln_z = 0;    // ln of what the classes are fitted to
  bool censored = false;
};

double Median(std::vector<double> values) {
  const auto mid = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
  std::nth_element(values.begin(), mid, values.end());
  if (values.size() % 2 == 1) return *mid;
  return (*mid + *std::max_element(values.begin(), mid)) / 2;
}

// Root mean square of residuals per degree of freedom (`parameters` values were fitted), with
// the largest left out when it is an outlier: over 2.5 times the spread of the others. Left
// out unconditionally, it would hide the worst point of genuinely heavy noise.
double SpreadBeyondOutlier(std::vector<double> residuals, int parameters) {
  std::vector<double> squares;
  for (double r : residuals) squares.push_back(r * r);
  std::sort(squares.begin(), squares.end());
  const auto spread = [&](std::size_t count) {
    double sum = 0;
    for (std::size_t i = 0; i < count; ++i) sum += squares[i];
    return std::sqrt(sum / std::max(1.0, static_cast<double>(count) - parameters));
  };
  if (squares.size() > static_cast<std::size_t>(parameters) + 2) {
    const double others = spread(squares.size() - 1);
    if (std::sqrt(squares.back()) > 2.5 * others) return others;
  }
  return spread(squares.size());
}

// Two estimates of one standard deviation, weighted by their degrees of freedom.
double Pool(double a, double a_dof, double b, double b_dof) {
  a_dof = std::max(1.0, a_dof);
  b_dof = std::max(1.0, b_dof);
  return std::sqrt((a_dof * a * a + b_dof * b * b) / (a_dof + b_dof));
}

double HuberRho(double u) {
  u = std::abs(u);
  return u <= kHuberK ? u * u / 2 : kHuberK * u - kHuberK * kHuberK / 2;
}

double LogAddExp(double a, double b) {
  const double hi = std::max(a, b);
  return hi + std::log1p(std::exp(-std::abs(a - b)));
}

int Family(GrowthClass growth) {
  switch (growth) {
    case GrowthClass::Constant:
    case GrowthClass::Log: return 0;
    case GrowthClass::Linear:
    case GrowthClass::Linearithmic: return 1;
    case GrowthClass::Quadratic:
    case GrowthClass::QuadraticLog: return 2;
    case GrowthClass::Cubic: return 3;
    case GrowthClass::Exponential: return 4;
  }
  return 0;
}

// Noise of op counts: the scatter of each point around the line through its two neighbours
// in log-log space. Each class's own shape is taken out first and the smallest scatter kept,
// so that the curvature of 2ⁿ on a doubling grid is not mistaken for noise.
double NeighbourNoise(std::span<const Point> points) {
  double noise = std::numeric_limits<double>::infinity();
  for (GrowthClass growth : kAllGrowthClasses) {
    std::vector<double> scatter;
    for (std::size_t i = 1; i + 1 < points.size(); ++i) {
      if (points[i + 1].censored) continue;
      const auto v = [&](std::size_t j) {
        return points[j].ln_z - LogEvaluate(growth, points[j].n);
      };
      const double lambda = (points[i].x - points[i - 1].x) / (points[i + 1].x - points[i - 1].x);
      const double predicted = (1 - lambda) * v(i - 1) + lambda * v(i + 1);
      // Scaled so that independent noise of sd sigma per point gives scatter of sd sigma.
      const double spread = std::sqrt(1 + (1 - lambda) * (1 - lambda) + lambda * lambda);
      scatter.push_back(std::abs(v(i) - predicted) / spread);
    }
    if (scatter.empty()) return 0;
    noise = std::min(noise, 1.4826 * Median(std::move(scatter)));
  }
  return noise;
}

// Nonnegative weighted least squares of y on up to three columns, by trying every subset of
// them (there are at most 7) and keeping the best solution with no negative coefficient.
struct Combination {
  std::vector<double> coefficients;
  int used = 0;  // columns with a nonzero coefficient
};

Combination NonNegativeLeastSquares(const std::vector<std::vector<double>>& columns,
                                    const std::vector<double>& y, const std::vector<double>& w) {
  const std::size_t k = columns.size();
  Combination best{.coefficients = std::vector<double>(k, 0.0)};
  double best_error = std::numeric_limits<double>::infinity();
  for (unsigned subset = 1; subset < (1u << k); ++subset) {
    std::vector<std::size_t> free;
    for (std::size_t j = 0; j < k; ++j) {
      if (subset & (1u << j)) free.push_back(j);
    }
    // Normal equations, solved by Gaussian elimination with partial pivoting.
    const std::size_t m = free.size();
    std::vector<std::vector<double>> a(m, std::vector<double>(m + 1, 0.0));
    for (std::size_t r = 0; r < m; ++r) {
      for (std::size_t i = 0; i < y.size(); ++i) {
        for (std::size_t c = 0; c < m; ++c)
          a[r][c] += w[i] * columns[free[r]][i] * columns[free[c]][i];
        a[r][m] += w[i] * columns[free[r]][i] * y[i];
      }
    }
    bool singular = false;
    for (std::size_t c = 0; c < m && !singular; ++c) {
      std::size_t pivot = c;
      for (std::size_t r = c + 1; r < m; ++r) {
        if (std::abs(a[r][c]) > std::abs(a[pivot][c])) pivot = r;
      }
      std::swap(a[c], a[pivot]);
      if (std::abs(a[c][c]) < 1e-300) {
        singular = true;
        break;
      }
      for (std::size_t r = 0; r < m; ++r) {
        if (r == c) continue;
        const double factor = a[r][c] / a[c][c];
        for (std::size_t cc = c; cc <= m; ++cc) a[r][cc] -= factor * a[c][cc];
      }
    }
    if (singular) continue;
    std::vector<double> coefficients(k, 0.0);
    bool feasible = true;
    for (std::size_t r = 0; r < m; ++r) {
      coefficients[free[r]] = a[r][m] / a[r][r];
      feasible = feasible && coefficients[free[r]] > 0;
    }
    if (!feasible) continue;
    double error = 0;
    for (std::size_t i = 0; i < y.size(); ++i) {
      double model = 0;
      for (std::size_t j = 0; j < k; ++j) model += coefficients[j] * columns[j][i];
      error += w[i] * (y[i] - model) * (y[i] - model);
    }
    if (error < best_error) {
      best_error = error;
      best = {.coefficients = std::move(coefficients), .used = static_cast<int>(m)};
    }
  }
  return best;
}

// Noise of times: the scatter of ln cost around the best model b + a·f(n) + d·g(n) over the
// whole series (f any class, g a slower one: a leading term and one lower-order term, all
// coefficients >= 0), with one outlier left out. Neighbour differences are too few and too
// correlated at 6-12 sizes to tell 20% noise from 60%; and without the lower-order term,
// the bend of 3n² + 1000n would pass for noise.
double ResidualNoise(std::span<const Point> all) {
  std::vector<const Point*> points;
  for (const Point& p : all) {
    if (!p.censored) points.push_back(&p);
  }
  if (points.size() < kMinPoints) return 0;
  std::vector<double> cost;
  for (const Point* p : points) cost.push_back(std::exp(p->ln_z));
  // Each class's f scaled to 1 at the largest size, so that 2ⁿ stays finite.
  const auto column = [&](GrowthClass growth) {
    const double top = LogEvaluate(growth, points.back()->n);
    std::vector<double> values;
    for (const Point* p : points) values.push_back(std::exp(LogEvaluate(growth, p->n) - top));
    return values;
  };
  double noise = std::numeric_limits<double>::infinity();
  for (GrowthClass lead : kAllGrowthClasses) {
    for (GrowthClass lower : kAllGrowthClasses) {
      if (lower >= lead && !(lead == GrowthClass::Constant && lower == lead)) continue;
      const std::vector<std::vector<double>> columns = {column(GrowthClass::Constant), column(lead),
                                                        column(lower)};
      std::vector<double> robust(points.size(), 1.0);
      std::vector<double> residuals(points.size());
      Combination fit;
      for (int iteration = 0; iteration < 6; ++iteration) {
        // Weights 1/cost²: relative error, while the model stays linear in its coefficients.
        std::vector<double> w;
        for (std::size_t i = 0; i < points.size(); ++i)
          w.push_back(robust[i] / (cost[i] * cost[i]));
        fit = NonNegativeLeastSquares(columns, cost, w);
        std::vector<double> magnitudes;
        for (std::size_t i = 0; i < points.size(); ++i) {
          double model = 0;
          for (std::size_t j = 0; j < columns.size(); ++j)
            model += fit.coefficients[j] * columns[j][i];
          residuals[i] = points[i]->ln_z - std::log(std::max(model, 1e-300));
          magnitudes.push_back(std::abs(residuals[i]));
        }
        const double scale = std::max(1e-12, 1.4826 * Median(magnitudes));
        for (std::size_t i = 0; i < points.size(); ++i) {
          robust[i] = std::min(1.0, kHuberK * scale / std::max(1e-300, std::abs(residuals[i])));
        }
      }
      if (fit.used == 0) continue;
      noise = std::min(noise, SpreadBeyondOutlier(residuals, fit.used));
    }
  }
  return std::isfinite(noise) ? noise : 0;
}

struct ClassFit {
  double log_scale = 0;
  double loss = 0;
  double rms = 0;
  double rise = 0;  // how much the fitted model grows over the whole series, in ln
  std::vector<double> residuals;
};

// One-parameter robust fit of ln(B + c·f(n)) to ln z over the window. With B = 0 it is a
// location estimate; with the timed baseline B > 0 the model is fitted to the raw cost,
// whose noise is multiplicative, instead of to a difference of two noisy numbers.
ClassFit FitClass(GrowthClass growth, std::span<const Point> window, std::span<const Point> all,
                  std::optional<double> ln_baseline, double noise) {
  const auto predict = [&](double log_scale, double n) {
    const double term = log_scale + LogEvaluate(growth, n);
    return ln_baseline ? LogAddExp(*ln_baseline, term) : term;
  };
  const auto residual = [&](double log_scale, const Point& p) {
    const double e = predict(log_scale, p.n) - p.ln_z;
    // A censored cost is a lower bound: a model above it is not contradicted.
    return p.censored && e > 0 ? 0.0 : e;
  };
  const auto loss = [&](double log_scale) {
    double sum = 0;
    for (const Point& p : window) sum += HuberRho(residual(log_scale, p) / noise);
    return sum;
  };

  double lo = std::numeric_limits<double>::infinity();
  double hi = -lo;
  for (const Point& p : window) {
    const double r = p.ln_z - LogEvaluate(growth, p.n);
    lo = std::min(lo, r);
    hi = std::max(hi, r);
  }
  // Under a baseline the scale may shrink to nothing: the class then adds no growth.
  lo -= ln_baseline ? 60 : 2;
  hi += 2;
  constexpr int kGrid = 480;
  const double step = (hi - lo) / kGrid;
  double best = lo;
  double best_loss = loss(lo);
  for (int i = 1; i <= kGrid; ++i) {
    const double t = lo + step * i;
    if (const double l = loss(t); l < best_loss) {
      best = t;
      best_loss = l;
    }
  }
  // Golden-section refinement around the best grid point.
  const double inv_phi = (std::sqrt(5.0) - 1) / 2;
  double a = best - step;
  double b = best + step;
  double c = b - inv_phi * (b - a);
  double d = a + inv_phi * (b - a);
  double fc = loss(c);
  double fd = loss(d);
  for (int i = 0; i < 100; ++i) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - inv_phi * (b - a);
      fc = loss(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + inv_phi * (b - a);
      fd = loss(d);
    }
  }
  const double refined = (a + b) / 2;
  if (loss(refined) < best_loss) best = refined;

  ClassFit fit;
  fit.log_scale = best;
  fit.loss = loss(best);
  double squares = 0;
  for (const Point& p : window) {
    fit.residuals.push_back(residual(best, p));
    squares += fit.residuals.back() * fit.residuals.back();
  }
  fit.rms = std::sqrt(squares / static_cast<double>(window.size()));
  fit.rise = predict(best, all.back().n) - predict(best, all.front().n);
  return fit;
}

// Median of pairwise slopes (Theil-Sen): one outlier moves it by at most a rank.
std::optional<double> RobustSlope(const std::vector<std::pair<double, double>>& xy) {
  std::vector<double> slopes;
  for (std::size_t i = 0; i < xy.size(); ++i) {
    for (std::size_t j = i + 1; j < xy.size(); ++j) {
      slopes.push_back((xy[j].second - xy[i].second) / (xy[j].first - xy[i].first));
    }
  }
  if (slopes.empty()) return std::nullopt;
  return Median(std::move(slopes));
}

struct LogFactor {
  double strength = 0;        // 0: none, 1: one full log factor
  double standard_error = 0;  // of `strength`, from the noise
};

// How much of one log factor the cost above baseline shows once n^degree is divided out:
// 0 for a pure c·n^degree, 1 for c·n^degree·log n, in between when lower-order terms bend it.
// Weighted by each point's noise (a time barely above the baseline is mostly noise).
std::optional<LogFactor> MeasureLogFactor(int degree, const std::vector<const Point*>& points,
                                          double noise, bool timed) {
  struct Sample {
    double x, y, w;
  };
  std::vector<Sample> samples;
  for (const Point* p : points) {
    if (p->censored) continue;
    const double sd = noise * (timed ? p->cost / p->excess : 1.0);
    samples.push_back({std::log(std::max(1.0, std::log2(p->n))),
                       std::log(p->excess) - degree * p->x, 1 / (sd * sd)});
  }
  if (samples.size() < 3 || samples.back().x - samples.front().x < 0.05) return std::nullopt;
  // The slope is the median of pairwise slopes (Theil-Sen), so that a 2x outlier at the top
  // size can neither fake nor hide a log factor; its standard error is that of weighted least
  // squares, which Theil-Sen nearly matches on clean data.
  std::vector<std::pair<double, double>> xy;
  double sw = 0, mx = 0;
  for (const Sample& s : samples) {
    xy.emplace_back(s.x, s.y);
    sw += s.w;
    mx += s.w * s.x;
  }
  mx /= sw;
  double sxx = 0;
  for (const Sample& s : samples) sxx += s.w * (s.x - mx) * (s.x - mx);
  const double slope = *RobustSlope(xy);
  return LogFactor{.strength = slope, .standard_error = 1 / std::sqrt(sxx)};
}

std::string DescribeLogFactor(const LogFactor& factor) {
  return fmt::format("the log factor shows at {:.0f}±{:.0f}% of its strength",
                     100 * std::clamp(factor.strength, -9.99, 9.99),
                     100 * std::min(factor.standard_error, 9.99));
}

struct Band {
  double low;
  double high;
};

// The exponents that fit the winner's family, reaching kBandFraction of the way towards the
// neighbouring families: a log partner's exponent is inside, the next degree's is not.
Band ExponentBand(GrowthClass best, double n_low, double n_high) {
  const int family = Family(best);
  double own_low = std::numeric_limits<double>::infinity();
  double own_high = -own_low;
  double below = -own_low;
  double above = own_low;
  for (GrowthClass growth : kAllGrowthClasses) {
    const double e = ExpectedExponent(growth, n_low, n_high);
    if (Family(growth) == family) {
      own_low = std::min(own_low, e);
      own_high = std::max(own_high, e);
    } else if (Family(growth) == family - 1) {
      below = std::max(below, e);
    } else if (Family(growth) == family + 1) {
      above = std::min(above, e);
    }
  }
  // A cost that seems to fall with n is noise, not evidence against O(1).
  const double low = family == 0 ? own_low - 1 : own_low - kBandFraction * (own_low - below);
  const double high = family == 4 ? std::numeric_limits<double>::infinity()
                                  : own_high + kBandFraction * (above - own_high);
  return {low, high};
}

std::string Percent(double fraction) { return fmt::format("{:.1f}%", 100 * fraction); }

std::string Classes(GrowthClass best, std::optional<GrowthClass> tied) {
  if (!tied) return std::string(ToString(best));
  return fmt::format("{} or {}", ToString(std::min(best, *tied)), ToString(std::max(best, *tied)));
}

std::expected<std::vector<Point>, std::string> Validate(std::span<const SizePoint> series,
                                                        double baseline, FitOptions options) {
  if (!std::isfinite(baseline) || baseline < 0) {
    return std::unexpected(fmt::format("the baseline cost {} is not a finite cost >= 0", baseline));
  }
  if (!(options.min_confidence >= 0 && options.min_confidence <= 1)) {
    return std::unexpected(
        fmt::format("min_confidence {} is not between 0 and 1", options.min_confidence));
  }
  if (series.size() < kMinPoints) {
    return std::unexpected(
        fmt::format("a growth fit needs at least {} sizes, got {}", kMinPoints, series.size()));
  }
  std::vector<Point> points;
  for (std::size_t i = 0; i < series.size(); ++i) {
    const SizePoint& s = series[i];
    if (!std::isfinite(s.n) || s.n <= 0) {
      return std::unexpected(fmt::format("size #{}: n = {} is not a positive number", i + 1, s.n));
    }
    if (!std::isfinite(s.cost) || s.cost < 0) {
      return std::unexpected(
          fmt::format("size n = {}: cost {} is not a finite cost >= 0", s.n, s.cost));
    }
    points.push_back({.n = s.n, .x = std::log(s.n), .cost = s.cost, .excess = s.cost - baseline});
  }
  std::sort(points.begin(), points.end(), [](const Point& a, const Point& b) { return a.n < b.n; });
  for (std::size_t i = 1; i < points.size(); ++i) {
    if (points[i].n == points[i - 1].n) {
      return std::unexpected(fmt::format(
          "size n = {} appears twice; pass one cost per size (the median of its repetitions)",
          points[i].n));
    }
  }
  points.back().censored = options.stopped_at_cap;
  return points;
}

// The upper part of the series in log n, where lower-order terms have faded most (3n² +
// 1000n is linear below n = 333): for op counts the upper half, at least kMinPoints sizes.
// Times trade some of that for more sizes against the noise: the upper two thirds, at least
// kMinTimedWindow sizes; fewer let a capped top size (a lower bound, which constrains only
// from below) and three noisy sizes pass a linear solution off as quadratic.
std::span<const Point> FitWindow(std::span<const Point> points, bool timed) {
  const double x_from =
      points.front().x + (timed ? 1.0 / 3 : 0.5) * (points.back().x - points.front().x);
  std::size_t first = points.size() - std::min(points.size(), timed ? kMinTimedWindow : kMinPoints);
  while (first > 0 && points[first - 1].x >= x_from - 1e-9) --first;
  return points.subspan(first);
}

struct Scored {
  ClassScore score;
  // Its fit rises less than half a noise unit over the whole series: it has shrunk into the
  // baseline and is the constant model again, whatever its name.
  bool flat = false;
  std::vector<double> residuals;
};

// Every class fitted over the window, best (lowest score) first.
std::vector<Scored> ScoreClasses(std::span<const Point> window, std::span<const Point> all,
                                 std::optional<double> ln_baseline, double noise) {
  std::vector<Scored> scored;
  for (GrowthClass growth : kAllGrowthClasses) {
    ClassFit f = FitClass(growth, window, all, ln_baseline, noise);
    scored.push_back({.score = {.growth = growth,
                                .scale = std::exp(f.log_scale),
                                .rms_log_error = f.rms,
                                // AIC = 2k - 2 ln L with one parameter (the scale) per class.
                                .score = 2 * f.loss + 2},
                      .flat = growth == GrowthClass::Constant || f.rise < noise / 2,
                      .residuals = std::move(f.residuals)});
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const Scored& a, const Scored& b) { return a.score.score < b.score.score; });
  return scored;
}

struct Exponent {
  double value = 0;
  double standard_error = 0;
};

// The log-log slope of the cost above baseline (Theil-Sen). Its standard error is that of
// weighted least squares, whose weights know that a time barely above the baseline says
// little; Theil-Sen is nearly as efficient on clean data.
std::optional<Exponent> MeasureExponent(const std::vector<const Point*>& points, double noise,
                                        bool timed) {
  std::vector<std::pair<double, double>> log_log;
  std::vector<double> weights;
  double sum_w = 0;
  double sum_wx = 0;
  for (const Point* p : points) {
    log_log.emplace_back(p->x, std::log(p->excess));
    const double sd = noise * (timed ? p->cost / p->excess : 1.0);
    weights.push_back(1 / (sd * sd));
    sum_w += weights.back();
    sum_wx += weights.back() * p->x;
  }
  const std::optional<double> slope = RobustSlope(log_log);
  if (!slope) return std::nullopt;
  double sxx = 0;
  for (std::size_t i = 0; i < points.size(); ++i) {
    sxx += weights[i] * std::pow(points[i]->x - sum_wx / sum_w, 2);
  }
  return Exponent{.value = *slope, .standard_error = 1 / std::sqrt(sxx)};
}

// The classes' Akaike weights, with every class that shrank into the baseline counted as
// O(1), which it then is.
class Evidence {
 public:
  explicit Evidence(std::vector<Scored> scored) : scored_(std::move(scored)) {
    for (const Scored& s : scored_) total_ += Likelihood(s);
  }

  GrowthClass Best() const {
    return scored_.front().flat ? GrowthClass::Constant : scored_.front().score.growth;
  }
  bool Counts(const Scored& s, GrowthClass growth) const {
    return growth == GrowthClass::Constant ? s.flat : s.score.growth == growth;
  }
  bool Flat(GrowthClass growth) const { return Find(growth).flat; }
  double Share(GrowthClass growth) const {
    double share = 0;
    for (const Scored& s : scored_) {
      if (Counts(s, growth)) share += Likelihood(s) / total_;
    }
    return share;
  }
  double Score(GrowthClass growth) const {
    double score = std::numeric_limits<double>::infinity();
    for (const Scored& s : scored_) {
      if (Counts(s, growth)) score = std::min(score, s.score.score);
    }
    return score;
  }
  std::string Shares(std::size_t count) const {
    std::string shares;
    for (std::size_t i = 0; i < std::min(count, scored_.size()); ++i) {
      shares += fmt::format("{}{} {:.0f}%", i ? ", " : "", ToString(scored_[i].score.growth),
                            100 * Likelihood(scored_[i]) / total_);
    }
    return shares;
  }

  // Why the winner won, for a conclusive fit.
  std::string Describe(const GrowthFit& fit, const std::optional<LogFactor>& log_factor) const {
    const ClassScore& winner = Find(fit.best).score;
    const std::string strength = log_factor ? DescribeLogFactor(*log_factor) : "";
    if (fit.tied_with) {
      return fmt::format(
          "{} and {} fit about equally well (off by {} and {} per size{}); a log factor is hard "
          "to see over n = {:g}..{:g}",
          ToString(fit.best), ToString(*fit.tied_with), Percent(winner.rms_log_error),
          Percent(Find(*fit.tied_with).score.rms_log_error),
          strength.empty() ? "" : ", " + strength, fit.window_n_min, fit.window_n_max);
    }
    if (fit.best == GrowthClass::Constant &&
        scored_.front().score.growth != GrowthClass::Constant) {
      return "the cost does not grow measurably above the baseline";
    }
    const auto next = std::find_if(scored_.begin(), scored_.end(),
                                   [&](const Scored& s) { return !Counts(s, fit.best); });
    return fmt::format("{} fits best (off by {} per size){}{}", ToString(fit.best),
                       Percent(winner.rms_log_error),
                       next == scored_.end()
                           ? ""
                           : fmt::format("; next is {} (off by {})", ToString(next->score.growth),
                                         Percent(next->score.rms_log_error)),
                       strength.empty() ? "" : "; " + strength);
  }

 private:
  double Likelihood(const Scored& s) const {
    return std::exp(-(s.score.score - scored_.front().score.score) / 2);
  }
  const Scored& Find(GrowthClass growth) const {
    return *std::find_if(scored_.begin(), scored_.end(),
                         [&](const Scored& s) { return s.score.growth == growth; });
  }

  std::vector<Scored> scored_;
  double total_ = 0;
};

// Sets fit.tied_with (and adds the partner's share to fit.confidence) unless the data clearly
// has, or clearly lacks, the log factor that separates the winner from its log partner.
std::optional<LogFactor> TieLogPartner(const Evidence& evidence,
                                       const std::vector<const Point*>& clear, double noise,
                                       bool timed, GrowthFit& fit) {
  const std::optional<GrowthClass> partner = LogPartner(fit.best);
  // A log class that shrank into the baseline is already counted with O(1).
  if (!partner || (fit.best == GrowthClass::Constant && evidence.Flat(*partner))) {
    return std::nullopt;
  }
  const bool best_is_lower = fit.best < *partner;
  const std::optional<LogFactor> log_factor =
      MeasureLogFactor(Family(std::min(fit.best, *partner)), clear, noise, timed);
  // CPU time never separates a log factor: over the few decades a judge can afford, it
  // changes the cost less than timing noise and cache effects do.
  bool clear_call = !timed && evidence.Score(*partner) - evidence.Score(fit.best) >= kClearMargin;
  if (log_factor) {
    const double q = log_factor->strength;
    clear_call =
        clear_call && (best_is_lower ? q <= kLogFactorAbsent : q >= kLogFactorPresent) &&
        std::abs(q - (best_is_lower ? 1.0 : 0.0)) >= kLogFactorErrors * log_factor->standard_error;
  }
  if (!clear_call) {
    fit.tied_with = partner;
    fit.confidence = std::min(1.0, fit.confidence + evidence.Share(*partner));
  }
  return log_factor;
}

// The ratio of cost above baseline between the two largest sizes, when both stand clear of
// the noise.
std::optional<TopRatio> MeasureTopRatio(std::span<const Point> points, double noise, bool timed) {
  const Point& top = points[points.size() - 1];
  const Point& below = points[points.size() - 2];
  if (top.excess <= (timed ? 2 * noise * top.cost : 0) ||
      below.excess <= (timed ? 2 * noise * below.cost : 0)) {
    return std::nullopt;
  }
  return TopRatio{.n_below = below.n,
                  .n_top = top.n,
                  .ratio = top.excess / below.excess,
                  .lower_bound = top.censored};
}

std::optional<std::string> ExponentDoubt(const GrowthFit& fit, const Exponent& exponent) {
  const Band band = ExponentBand(fit.best, fit.window_n_min, fit.window_n_max);
  // Noise excuses an exponent above the band (the benign direction: the class reported is
  // the slower one), never one below it, which would let noise report the faster class.
  const double slack = kErrorsAllowed * exponent.standard_error;
  if (exponent.value >= band.low && exponent.value - slack <= band.high) return std::nullopt;
  return fmt::format(
      "the exponent {:.2f}±{:.2f} lies between classes: {} fits best but would show {:.2f} to "
      "{:.2f} at n = {:g}..{:g}",
      exponent.value, exponent.standard_error, Classes(fit.best, fit.tied_with), band.low,
      band.high, fit.window_n_min, fit.window_n_max);
}

std::optional<std::string> RatioDoubt(const GrowthFit& fit, const TopRatio& ratio, double noise,
                                      bool timed, std::span<const Point> points) {
  const double ln_step = std::log(ratio.n_top / ratio.n_below);
  const double measured = std::log(ratio.ratio) / ln_step;
  // Two noisy costs, each amplified by how much of it the baseline makes up.
  const auto amplification = [&](const Point& p) { return timed ? p.cost / p.excess : 1.0; };
  const double tolerance = kRatioNoiseUnits * noise *
                           std::hypot(amplification(points[points.size() - 1]),
                                      amplification(points[points.size() - 2])) /
                           ln_step;
  const Band band = ExponentBand(fit.best, ratio.n_below, ratio.n_top);
  // A capped top size gives a lower bound on the ratio: too low proves nothing.
  const bool too_low = !ratio.lower_bound && measured < band.low - tolerance;
  const bool too_high = measured > band.high + tolerance;
  if (!too_low && !too_high) return std::nullopt;
  return fmt::format(
      "the two largest sizes disagree: the cost grows ×{:.2f} from n = {:g} to n = {:g} "
      "(exponent {:.2f}), where {} would grow ×{:.2f}",
      ratio.ratio, ratio.n_below, ratio.n_top, measured, Classes(fit.best, fit.tied_with),
      std::exp(LogEvaluate(fit.best, ratio.n_top) - LogEvaluate(fit.best, ratio.n_below)));
}

}  // namespace

std::expected<GrowthFit, std::string> FitGrowth(std::span<const SizePoint> series,
                                                double baseline_cost, FitOptions options) {
  auto validated = Validate(series, baseline_cost, options);
  if (!validated) return std::unexpected(validated.error());
  const bool timed = options.kind == CostKind::Timed;

  // Op counts are fitted above the baseline (exact there); times as raw cost over a noisy
  // baseline, since subtracting two noisy numbers can leave nothing, or less than nothing.
  std::vector<Point> points;
  for (Point p : *validated) {
    const double z = timed ? p.cost : p.excess;
    // What is left of cost - baseline by rounding alone is nothing.
    if (z <= 1e-12 * std::max(p.cost, baseline_cost)) continue;
    p.ln_z = std::log(z);
    points.push_back(p);
  }

  GrowthFit fit;
  fit.kind = options.kind;
  if (!timed && points.empty()) {
    // Not a guess: at no size did the program do anything beyond the empty input.
    fit.best = GrowthClass::Constant;
    fit.confidence = 1;
    fit.reason = "the cost never rose above the empty-input baseline";
    fit.ranking.push_back({.growth = GrowthClass::Constant});
    fit.window_n_min = validated->front().n;
    fit.window_n_max = validated->back().n;
    fit.points_used = validated->size();
    return fit;
  }
  if (points.size() < kMinPoints) {
    return std::unexpected(fmt::format(
        "only {} of {} sizes cost more than {}; a growth fit needs at least {}", points.size(),
        validated->size(), timed ? "zero" : "the empty-input baseline", kMinPoints));
  }
  fit.points_used = points.size();

  const double series_noise = timed ? ResidualNoise(points) : NeighbourNoise(points);
  const double measurement_noise =
      std::max(series_noise, timed ? kTimedNoiseFloor : kDeterministicNoiseFloor);
  double noise = measurement_noise;

  const std::span<const Point> window = FitWindow(points, timed);
  fit.window_n_min = window.front().n;
  fit.window_n_max = window.back().n;

  const std::optional<double> ln_baseline =
      timed && baseline_cost > 0 ? std::optional(std::log(baseline_cost)) : std::nullopt;
  std::vector<Scored> scored = ScoreClasses(window, points, ln_baseline, noise);
  // The likelihoods are compared at one noise level for all classes; it must cover what the
  // best class leaves unexplained (the overdispersion correction of QAIC), or a misfit, or a
  // noise estimate that came out low by chance, would make a coin toss look like 19:1 odds.
  const double unexplained = SpreadBeyondOutlier(scored.front().residuals, 1);
  if (unexplained > noise) {
    noise = unexplained;
    scored = ScoreClasses(window, points, ln_baseline, noise);
  }
  for (const Scored& s : scored) fit.ranking.push_back(s.score);
  // For times, both spreads estimate the noise, from a dozen points each, and either can come
  // out low by chance (a 60% series once read 35% over the whole series and 60% around the
  // best class): pooled, they let fewer such series pass.
  fit.noise = timed ? Pool(series_noise, static_cast<double>(points.size()) - 3, unexplained,
                           static_cast<double>(window.size()) - 2)
                    : series_noise;

  const GrowthClass scored_best = scored.front().score.growth;
  const Evidence evidence(std::move(scored));
  fit.best = evidence.Best();
  fit.confidence = evidence.Share(fit.best);

  // The exponent and the log-factor strength are read from the cost above baseline where it
  // stands clear of the noise (for times: twice the noise above the baseline), and never
  // from a capped cost, which measures the cap rather than the solution.
  // Their errors come from the measurement noise alone: how badly the classes fit is the
  // ranking's business, not the exponent's.
  std::vector<const Point*> clear;
  for (const Point& p : window) {
    if (!p.censored && p.excess > (timed ? 2 * measurement_noise * p.cost : 0)) {
      clear.push_back(&p);
    }
  }
  const std::optional<Exponent> exponent = MeasureExponent(clear, measurement_noise, timed);
  if (exponent) {
    fit.exponent = exponent->value;
    fit.exponent_error = exponent->standard_error;
  }
  const std::optional<LogFactor> log_factor =
      TieLogPartner(evidence, clear, measurement_noise, timed, fit);
  fit.top_ratio = MeasureTopRatio(points, measurement_noise, timed);

  std::optional<std::string> doubt;
  if (const double max_noise = timed ? kTimedMaxNoise : kDeterministicMaxNoise;
      fit.noise > max_noise) {
    doubt = timed ? fmt::format(
                        "the times scatter ±{:.0f}% around the closest class (up to ±{:.0f}% is "
                        "trusted): too noisy, or no class fits",
                        100 * fit.noise, 100 * max_noise)
                  : fmt::format(
                        "the op counts scatter ±{:.0f}% from size to size (up to ±{:.0f}% is "
                        "trusted)",
                        100 * fit.noise, 100 * max_noise);
  } else if (unexplained > (timed ? kTimedMaxMisfit
                                  : std::max(kMaxMisfit, kMisfitNoiseUnits * measurement_noise))) {
    doubt = fmt::format(
        "no class describes the cost: the closest, {}, is off by {} per size "
        "(the growth is between classes, or still changing at n = {:g}..{:g})",
        ToString(scored_best), Percent(unexplained), fit.window_n_min, fit.window_n_max);
  } else if (fit.confidence < options.min_confidence) {
    doubt = fmt::format("no class stands out ({})", evidence.Shares(3));
  } else if (exponent) {
    // (Without one, no size stands clear of the baseline's noise; the confidence has
    // already fallen, and BudgetCheck needs an exponent for "over".)
    doubt = ExponentDoubt(fit, *exponent);
  }
  if (!doubt && fit.top_ratio) {
    // Two sizes, either of which may be the outlier: at least a busy machine's noise.
    doubt = RatioDoubt(fit, *fit.top_ratio, timed ? std::max(noise, kBusyMachineNoise) : noise,
                       timed, points);
  }
  fit.inconclusive = doubt.has_value();
  fit.reason = doubt ? *doubt : evidence.Describe(fit, log_factor);
  return fit;
}

}  // namespace judge

#include "judge/complexity/BudgetCheck.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace judge {
namespace {

constexpr double kOverConfidence = 0.95;
constexpr double kOverExponentErrors = 2;
constexpr double kOverMaxTimedNoise = 0.3;

// The reading most favourable to the candidate.
GrowthClass Generous(const GrowthFit& fit) {
  return fit.tied_with ? std::min(fit.best, *fit.tied_with) : fit.best;
}

GrowthClass Strict(const GrowthFit& fit) {
  return fit.tied_with ? std::max(fit.best, *fit.tied_with) : fit.best;
}

std::string Measured(const GrowthFit& fit) {
  const std::string classes =
      fit.tied_with ? fmt::format("{} or {}", ToString(Generous(fit)), ToString(Strict(fit)))
                    : std::string(ToString(fit.best));
  return fmt::format("measured {} (exponent {:.2f})", classes, fit.exponent);
}

BudgetCheck Inconclusive(const GrowthFit& fit, GrowthClass budget, std::string_view why) {
  return {BudgetOutcome::Inconclusive,
          fmt::format("inconclusive: {}; {}, budget {}", why, Measured(fit), ToString(budget))};
}

double Midpoint(GrowthClass budget, GrowthClass measured, double n_low, double n_high) {
  return (ExpectedExponent(budget, n_low, n_high) + ExpectedExponent(measured, n_low, n_high)) / 2;
}

}  // namespace

std::string_view ToString(BudgetOutcome outcome) {
  switch (outcome) {
    case BudgetOutcome::Within: return "within";
    case BudgetOutcome::Over: return "over";
    case BudgetOutcome::Inconclusive: return "inconclusive";
  }
  return "inconclusive";
}

BudgetCheck CheckBudget(const GrowthFit& candidate, GrowthClass budget,
                        const GrowthFit* reference) {
  if (candidate.inconclusive) return Inconclusive(candidate, budget, candidate.reason);
  if (reference && !reference->inconclusive && Generous(*reference) > budget) {
    return Inconclusive(
        candidate, budget,
        fmt::format("the reference solution itself measures {} against the budget {}, so this "
                    "measurement is not trustworthy",
                    ToString(Generous(*reference)), ToString(budget)));
  }
  const GrowthClass measured = Generous(candidate);
  if (measured <= budget) {
    return {BudgetOutcome::Within,
            fmt::format("{}, budget {}", Measured(candidate), ToString(budget))};
  }

  // Above budget: every check must agree before it counts against the candidate.
  if (!(candidate.confidence >= kOverConfidence)) {
    return Inconclusive(candidate, budget,
                        fmt::format("the fit is only {:.0f}% sure", 100 * candidate.confidence));
  }
  const double exponent_floor = candidate.exponent - kOverExponentErrors * candidate.exponent_error;
  const double exponent_midpoint =
      Midpoint(budget, measured, candidate.window_n_min, candidate.window_n_max);
  // Written so that a NaN (a fit with no window) fails the check rather than passes it.
  if (!(exponent_floor >= exponent_midpoint)) {
    return Inconclusive(
        candidate, budget,
        fmt::format("the exponent {:.2f}±{:.2f} is not clearly past {:.2f}, halfway to {}",
                    candidate.exponent, candidate.exponent_error, exponent_midpoint,
                    ToString(budget)));
  }
  if (!candidate.top_ratio) {
    return Inconclusive(candidate, budget,
                        "the two largest sizes do not rise clearly above the baseline");
  }
  const TopRatio& top = *candidate.top_ratio;
  const double ratio_exponent = std::log(top.ratio) / std::log(top.n_top / top.n_below);
  const double ratio_midpoint = Midpoint(budget, measured, top.n_below, top.n_top);
  if (!(ratio_exponent >= ratio_midpoint)) {
    return Inconclusive(
        candidate, budget,
        fmt::format("the cost grows only ×{:.2f} from n = {:g} to n = {:g}, not clearly more "
                    "than {} allows",
                    top.ratio, top.n_below, top.n_top, ToString(budget)));
  }
  if (candidate.kind == CostKind::Timed) {
    if (!(candidate.noise <= kOverMaxTimedNoise)) {
      return Inconclusive(candidate, budget,
                          fmt::format("the timings are too noisy (±{:.0f}%) to hold against "
                                      "the solution",
                                      100 * candidate.noise));
    }
    if (LogPartner(budget) == measured) {
      return Inconclusive(candidate, budget,
                          "CPU time cannot tell a log factor from cache effects over these sizes");
    }
  }
  if (reference) {
    if (reference->inconclusive) {
      return Inconclusive(candidate, budget,
                          fmt::format("the reference solution's measurement is inconclusive ({})",
                                      reference->reason));
    }
    if (measured <= Strict(*reference)) {
      return Inconclusive(
          candidate, budget,
          fmt::format("the reference solution, which is within budget, measures {} too",
                      ToString(Strict(*reference))));
    }
  }
  return {BudgetOutcome::Over, fmt::format("{}, budget {}", Measured(candidate), ToString(budget))};
}

bool CpuTimeContradictsCount(const GrowthFit& cpu, const GrowthFit& count, GrowthClass budget) {
  const double midpoint = Midpoint(budget, Generous(count), cpu.window_n_min, cpu.window_n_max);
  // Written so that a NaN (a fit with no window) is no contradiction.
  return cpu.exponent + kOverExponentErrors * cpu.exponent_error < midpoint;
}

}  // namespace judge

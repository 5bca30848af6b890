// BudgetCheck: whether a correct solution's measured growth is within the problem's
// complexity budget, decided so that weak evidence never turns into "over budget".
#pragma once

#include <string>
#include <string_view>

#include "judge/complexity/GrowthClass.h"
#include "judge/complexity/GrowthFit.h"

namespace judge {

enum class BudgetOutcome {
  Within,
  // A correct solution that is too slow: its own verdict, e.g.
  // "TLE (complexity): measured O(n²), budget O(n)".
  Over,
  // The measurement cannot decide; never held against the candidate.
  Inconclusive,
};

std::string_view ToString(BudgetOutcome outcome);

struct BudgetCheck {
  BudgetOutcome outcome = BudgetOutcome::Inconclusive;
  /// "measured O(n²) (exponent 1.98), budget O(n log n)", prefixed with "inconclusive: <why>; "
  /// when inconclusive.
  std::string summary;
};

/// Compares `candidate` with `budget`; `reference` (optional) is the problem's reference
/// solution measured on the same machine in the same run, known to be within budget.
///
/// A false "over budget" (telling the author of a correct O(n log n) solution that it is
/// too slow) is the worst outcome, so Over needs every piece of evidence to agree, and any
/// doubt gives Inconclusive, never Over:
///  1. An inconclusive fit is Inconclusive.
///  2. The reference is the control: if it measures above the budget, the measurement is not
///     trustworthy (busy machine, a budget or generator mistake) and the result is
///     Inconclusive whatever the candidate measured.
///  3. Within when the more generous reading of the candidate is within budget: a tie of
///     O(n) and O(n log n) is within an O(n) budget, as O(n²) tied with O(n² log n) is
///     within O(n²).
///  4. Over only when, beyond that:
///     - the fit's confidence is at least 95%;
///     - the exponent, less two standard errors, is past the midpoint between what the
///       budget and the measured class would show over the fitted sizes;
///     - the cost ratio between the two largest sizes is past that midpoint too (for
///       doubling sizes and an O(n) budget: a quadratic's ratio ~4 passes, a ratio near 2
///       does not); a series cut at the cap gives a lower bound, which may pass;
///     - for CPU time: the noise is at most 30%, and the candidate is more than one log
///       factor over the budget (a log factor in timings over two decades is within what
///       caches and a busy core do to a linear loop); op counts may show one log factor;
///     - with a reference: its fit is conclusive, and the candidate measures strictly above
///       every reading of the reference, tie included (a candidate that grows like the
///       reference is never over budget).
///     Otherwise the result is Inconclusive, saying which check failed.
BudgetCheck CheckBudget(const GrowthFit& candidate, GrowthClass budget,
                        const GrowthFit* reference = nullptr);

/// Whether CPU time, within `budget`, flatly contradicts an operation count that is over it:
/// the CPU exponent, plus two standard errors, lies below the midpoint between what the
/// budget and the count's class would show over the CPU fit's sizes. CPU time that merely
/// fails to show the growth, because a call's fixed cost outweighs the work on every input
/// the constraints allow (a 10 x 10 grid), does not contradict a count; the count, exact to
/// the unit, then decides.
bool CpuTimeContradictsCount(const GrowthFit& cpu, const GrowthFit& count, GrowthClass budget);

}  // namespace judge

#include "judge/complexity/BudgetReport.h"

namespace judge {

Verdict BudgetReport::verdict() const {
  if (time && time->outcome == BudgetOutcome::Over) return Verdict::TimeOverBudget;
  // Interpreted work that grows where it should not is a time complexity the budget forbids.
  if (interpreted && interpreted->outcome == BudgetOutcome::Over) return Verdict::TimeOverBudget;
  if (space && space->outcome == BudgetOutcome::Over) return Verdict::SpaceOverBudget;
  return Verdict::Accepted;
}

}  // namespace judge

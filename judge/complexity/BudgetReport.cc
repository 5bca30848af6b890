#include "judge/complexity/BudgetReport.h"

namespace judge {

Verdict BudgetReport::verdict() const {
  if (time && time->outcome == BudgetOutcome::Over) return Verdict::TimeOverBudget;
  if (space && space->outcome == BudgetOutcome::Over) return Verdict::SpaceOverBudget;
  return Verdict::Accepted;
}

}  // namespace judge

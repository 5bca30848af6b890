// BudgetText: the complexity part of a submission's report: the series as a table of n
// against the candidate's and the reference's cost, the fitted classes, and the outcome.
#pragma once

#include <string>

#include "judge/complexity/BudgetReport.h"

namespace judge {

std::string RenderBudget(const BudgetReport& report);

}  // namespace judge

// BudgetText: the complexity part of a submission's report: the series as a table of n
// against the candidate's and the reference's cost, the fitted classes, and the outcome.
#pragma once

#include <string>

#include "judge/complexity/BudgetProgress.h"
#include "judge/complexity/BudgetReport.h"

namespace judge {

std::string RenderBudget(const BudgetReport& report);

/// The progress line of a running series: "[3/9] complexity series: n = 4096 ...".
std::string BudgetProgressText(const BudgetProgress& progress);

}  // namespace judge

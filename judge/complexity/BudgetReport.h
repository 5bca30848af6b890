// BudgetReport: what the scale series measured for one submission: the cost at each size
// beside the reference solution's, the fitted growth classes, and the budget's outcome.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "judge/Verdict.h"
#include "judge/complexity/BudgetCheck.h"
#include "judge/complexity/GrowthFit.h"
#include "judge/problem/Scale.h"

namespace judge {

/// One size of the series: medians of the repetitions, -1 where the run did not get there.
struct SeriesPoint {
  std::int64_t n = 0;
  double candidate_us = -1;
  double reference_us = -1;
  std::int64_t candidate_operations = -1;  // basic blocks (C++) or lines (Python) executed
  std::int64_t reference_operations = -1;
  std::int64_t candidate_heap_bytes = -1;
  std::int64_t reference_heap_bytes = -1;
};

struct BudgetReport {
  BudgetSpec budget;
  std::string metric;  // what the time fit measured: "basic blocks executed per call; ..."
  std::vector<SeriesPoint> points;
  // The cost of a call on the empty input (n = 0), subtracted before fitting: what a call
  // costs whatever its size. Absent where the generators cannot build n = 0 or the call
  // failed on it (the problem's constraints may exclude it; that is not held against anyone).
  std::optional<SeriesPoint> baseline;
  bool stopped_at_cap = false;  // the candidate passed the cap at the last size it reached
  // Time: fitted on operation counts where the runner counts them, with CPU time (median
  // of the repetitions) as the cross-check; on CPU time alone elsewhere.
  std::optional<GrowthFit> time_fit, reference_time_fit;
  std::optional<GrowthFit> cpu_fit, reference_cpu_fit;  // the cross-check, when counted
  std::optional<GrowthFit> space_fit, reference_space_fit;
  // The budget's `interpreted` class (Python): fitted on the lines executed, which then are
  // not the time metric (numpy's work is in C, where no line is counted: time is CPU time).
  std::optional<GrowthFit> interpreted_fit, reference_interpreted_fit;
  std::optional<BudgetCheck> time, space, interpreted;
  std::string not_measured;  // why there is no series (then nothing else is set)
  std::int64_t elapsed_ms = 0;

  /// TimeOverBudget, SpaceOverBudget, or Accepted (within, inconclusive, not measured).
  Verdict verdict() const;
};

}  // namespace judge

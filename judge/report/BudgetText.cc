#include "judge/report/BudgetText.h"

#include <cmath>

#include <fmt/format.h>

#include "judge/report/ProgressLine.h"
#include "judge/report/TextReport.h"

namespace judge {
namespace {

std::string Cost(double us) {
  if (us < 0) return "-";
  if (us < 10) return fmt::format("{:.2f} us", us);
  return FormatMicros(static_cast<std::int64_t>(std::llround(us)));
}

std::string Count(std::int64_t operations) {
  return operations < 0 ? "-" : std::to_string(operations);
}

std::string Heap(std::int64_t bytes) {
  return bytes < 0 ? "-" : FormatBytes(bytes, MemoryMeasure::Heap);
}

std::string Fitted(const std::optional<GrowthFit>& fit) {
  if (!fit) return "not enough sizes";
  if (fit->inconclusive) return "inconclusive";
  std::string text(ToString(fit->best));
  if (fit->tied_with) text += fmt::format(" or {}", ToString(*fit->tied_with));
  return fmt::format("{} (n^{:.2f}, {:.0f}% sure)", text, fit->exponent, fit->confidence * 100);
}

std::string Outcome(const BudgetCheck& check) {
  switch (check.outcome) {
    case BudgetOutcome::Within: return "within budget";
    case BudgetOutcome::Over: return "OVER BUDGET";
    case BudgetOutcome::Inconclusive: return "inconclusive (not held against you)";
  }
  return "?";
}

}  // namespace

std::string RenderBudget(const BudgetReport& report) {
  const BudgetSpec& budget = report.budget;
  std::string out = fmt::format(
      "\nComplexity: budget time {}{}{}, n = {}\n", budget.time,
      budget.space.empty() ? "" : ", space " + budget.space,
      budget.interpreted.empty() ? "" : ", Python lines " + budget.interpreted, budget.n);
  if (!report.not_measured.empty()) {
    return out + fmt::format("  not measured: {}\n", report.not_measured);
  }
  const bool space = !budget.space.empty();
  const bool counted = report.cpu_fit.has_value() || report.reference_cpu_fit.has_value() ||
                       report.interpreted.has_value();
  out += fmt::format("  {:>9}", "n");
  if (counted) out += fmt::format("  {:>13}  {:>13}", "your ops", "ref ops");
  out += fmt::format("  {:>11}  {:>11}", "your CPU", "ref CPU");
  if (space) out += fmt::format("  {:>10}  {:>10}", "your heap", "ref heap");
  out += "\n";
  std::vector<SeriesPoint> rows;
  if (report.baseline) rows.push_back(*report.baseline);
  rows.insert(rows.end(), report.points.begin(), report.points.end());
  for (const SeriesPoint& point : rows) {
    out += fmt::format("  {:>9}", point.n);
    if (counted) {
      out += fmt::format("  {:>13}  {:>13}", Count(point.candidate_operations),
                         Count(point.reference_operations));
    }
    out += fmt::format("  {:>11}  {:>11}", Cost(point.candidate_us), Cost(point.reference_us));
    if (space) {
      out += fmt::format("  {:>10}  {:>10}", Heap(point.candidate_heap_bytes),
                         Heap(point.reference_heap_bytes));
    }
    out += "\n";
  }
  if (report.baseline) out += "  (n = 0: the cost of any call, subtracted before fitting)\n";
  if (report.stopped_at_cap) out += "  (your solution passed the time cap; the series stopped)\n";
  out += fmt::format("  {}\n", report.metric);
  out += fmt::format("  time:  yours {}; reference {}\n", Fitted(report.time_fit),
                     Fitted(report.reference_time_fit));
  if (report.cpu_fit || report.reference_cpu_fit) {
    out += fmt::format("  CPU:   yours {}; reference {}\n", Fitted(report.cpu_fit),
                       Fitted(report.reference_cpu_fit));
  }
  if (report.time) out += fmt::format("         {}: {}\n", Outcome(*report.time), report.time->summary);
  if (report.interpreted) {
    out += fmt::format("  lines: yours {}; reference {}\n", Fitted(report.interpreted_fit),
                       Fitted(report.reference_interpreted_fit));
    out += fmt::format("         {}: {}\n", Outcome(*report.interpreted),
                       report.interpreted->summary);
  }
  if (space) {
    out += fmt::format("  space: yours {}; reference {}\n", Fitted(report.space_fit),
                       Fitted(report.reference_space_fit));
    if (report.space) {
      out += fmt::format("         {}: {}\n", Outcome(*report.space), report.space->summary);
    }
  }
  out += fmt::format("  the series took {}\n", FormatMicros(report.elapsed_ms * 1000));
  return out;
}

std::string BudgetProgressText(const BudgetProgress& progress) {
  if (progress.stage == BudgetProgress::Stage::Building) {
    return ProgressText(progress.done, progress.total, "complexity series: preparing");
  }
  return ProgressText(progress.done, progress.total,
                      progress.n == 0 ? std::string("complexity series: n = 0 (empty input)")
                                      : fmt::format("complexity series: n = {}", progress.n));
}

}  // namespace judge

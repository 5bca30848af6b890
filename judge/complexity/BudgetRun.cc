#include "judge/complexity/BudgetRun.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <future>
#include <map>
#include <mutex>
#include <optional>
#include <span>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "judge/CallCases.h"
#include "judge/scale/ScaleInput.h"
#include "runners/call/CallInput.h"

namespace judge {
namespace {

// Each size runs this many times in a row; the median of their CPU times is its cost.
constexpr int kRepetitions = 7;
// A size whose call costs more CPU than this ends the series (its cost is evidence of
// growth in itself): enough to reach sizes where the classes part, and short enough that a
// quadratic solution's series stays within seconds.
constexpr std::int64_t kCapMs = 250;

double Median(std::vector<double> values) {
  std::ranges::sort(values);
  return values[values.size() / 2];
}

std::int64_t MillisecondsSince(std::chrono::steady_clock::time_point started) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                               started)
      .count();
}

const ReferenceSolution* ReferenceFor(const Problem& problem, Language language) {
  for (const auto& solution : problem.solutions) {
    if (solution.expected == Verdict::Accepted && solution.language == language) return &solution;
  }
  return nullptr;
}

// The counting build of a solution (for runners that count; the plain program otherwise).
std::expected<runners::Prepared, std::string> PrepareCounting(runners::Runner& runner,
                                                              const Problem& problem,
                                                              const std::filesystem::path& file,
                                                              std::string_view whose) {
  runners::Task task = runners::Task::For(problem);
  task.count_operations = true;
  auto prepared = runner.Prepare(file, task);
  if (!prepared) return std::unexpected(fmt::format("{}: {}", whose, prepared.error().message));
  if (auto* failure = std::get_if<runners::CompileFailure>(&*prepared)) {
    return std::unexpected(fmt::format("{} does not compile with operation counting: {}", whose,
                                       failure->diagnostics));
  }
  return std::get<runners::Prepared>(std::move(*prepared));
}

// The reference's counting builds, made once per judge process: `judge verify` measures
// every solution of a problem against the same reference (and first the reference itself,
// whose build then serves the rest).
class ReferenceBuilds {
 public:
  static std::optional<runners::Prepared> Find(const ReferenceSolution& reference) {
    std::lock_guard lock(mutex_);
    const auto found = built_.find(Key(reference));
    if (found == built_.end()) return std::nullopt;
    return found->second;
  }
  static void Keep(const ReferenceSolution& reference, const runners::Prepared& prepared) {
    std::lock_guard lock(mutex_);
    built_.emplace(Key(reference), prepared);
  }

 private:
  static std::string Key(const ReferenceSolution& reference) {
    return fmt::format("{}\n{}", reference.file.string(), LanguageName(reference.language));
  }
  static inline std::mutex mutex_;
  static inline std::map<std::string, runners::Prepared> built_;
};

std::expected<runners::Prepared, std::string> ReferenceBuild(runners::Runner& runner,
                                                             const Problem& problem,
                                                             const ReferenceSolution& reference) {
  if (auto found = ReferenceBuilds::Find(reference)) return *std::move(found);
  auto prepared = PrepareCounting(runner, problem, reference.file, "the reference solution");
  if (prepared) ReferenceBuilds::Keep(reference, *prepared);
  return prepared;
}

// The test of size n: its input only (the reference's answer becomes the expected one).
std::expected<TestCase, std::string> ScaleCase(const Problem& problem, std::int64_t n) {
  TestCase test;
  test.name = fmt::format("scale n={}", n);
  if (problem.mode == ProblemMode::Design) {
    auto input = GenerateDesignScaleInput(*problem.scale, *problem.design, n);
    if (!input) return std::unexpected(input.error());
    test.operations = std::move(input->operations);
    test.operation_args = std::move(input->arguments);
  } else {
    auto args = GenerateScaleInput(*problem.scale, *problem.signature, n);
    if (!args) return std::unexpected(args.error());
    test.args = *std::move(args);
  }
  return test;
}

// The series' inputs, each size kRepetitions times in a row, then the empty input (n = 0)
// as often where the generators can build it: last, so that a solution failing on it has
// already been measured everywhere else.
struct SeriesCases {
  std::vector<std::string> cases;
  std::vector<TestCase> tests;      // one per size, the inputs the cases encode
  std::vector<std::int64_t> sizes;  // the n of each run of kRepetitions cases, in order
  bool has_baseline = false;
};

std::expected<SeriesCases, std::string> EncodeSeries(const Problem& problem) {
  SeriesCases series;
  const auto add = [&](std::int64_t n, TestCase test) {
    const std::string encoded = problem.mode == ProblemMode::Design
                                    ? runners::EncodeDesignCase(*problem.design, test)
                                    : runners::EncodeFunctionCase(test);
    for (int r = 0; r < kRepetitions; ++r) series.cases.push_back(encoded);
    series.tests.push_back(std::move(test));
    series.sizes.push_back(n);
  };
  for (std::int64_t n : problem.scale->sizes) {
    auto test = ScaleCase(problem, n);
    if (!test) return std::unexpected("scale: " + test.error());
    add(n, *std::move(test));
  }
  if (auto empty = ScaleCase(problem, 0); empty) {
    add(0, *std::move(empty));
    series.has_baseline = true;
  } else {
    spdlog::debug("budget: no empty-input baseline: {}", empty.error());
  }
  return series;
}

// What a call costs on the empty input: the medians of its repetitions from `first` on,
// if every one returned.
struct Baseline {
  double cpu_us = 0, operations = 0, heap_bytes = 0;
};

std::optional<Baseline> BaselineOf(const std::vector<runners::CallOutcome>& calls,
                                   std::size_t first) {
  std::vector<double> cpu, operations, heap;
  for (std::size_t i = first; i < first + kRepetitions; ++i) {
    if (i >= calls.size() || calls[i].end != runners::CallEnd::Returned) return std::nullopt;
    cpu.push_back(calls[i].cpu_time_ns / 1000.0);
    operations.push_back(static_cast<double>(calls[i].operations));
    heap.push_back(static_cast<double>(calls[i].heap_peak_bytes));
  }
  return Baseline{Median(cpu), Median(operations), Median(heap)};
}

bool PastCap(const runners::CallOutcome& call, std::int64_t cap_ms) {
  return (call.end == runners::CallEnd::Returned && call.cpu_time_ns > cap_ms * 1'000'000) ||
         (call.end == runners::CallEnd::ProcessEnded && call.process &&
          call.process->status == sandbox::RunStatus::Timeout);
}

// Each solution's calls, one per case of the series; NotRun past where it stopped.
struct SeriesCalls {
  std::vector<runners::CallOutcome> candidate, reference;
};

// The candidate and the reference take turns, size by size (each size's repetitions in a
// process of their own), so that a change in the machine's load during the series falls on
// both alike. A solution stops at the first size where a call did not return within the
// cap (the rest of its series is NotRun), as a single process would.
std::expected<SeriesCalls, std::string> RunInterleaved(runners::Runner& runner,
                                                        const runners::Prepared& candidate,
                                                        const runners::Prepared& reference,
                                                        const SeriesCases& series_cases,
                                                        const runners::CallLimits& limits,
                                                        const BudgetProgressHook& on_progress) {
  const std::vector<std::string>& cases = series_cases.cases;
  SeriesCalls series;
  bool candidate_going = true, reference_going = true;
  const auto run = [&](const runners::Prepared& program, std::span<const std::string> chunk,
                       std::vector<runners::CallOutcome>& into, bool& going,
                       std::string_view whose) -> std::expected<void, std::string> {
    if (!going) {
      into.resize(into.size() + chunk.size(), runners::CallOutcome{.end = runners::CallEnd::NotRun});
      return {};
    }
    auto batch = runner.RunCalls(program, chunk, limits);
    if (!batch) return std::unexpected(fmt::format("{}: {}", whose, batch.error().message));
    if (batch->compile_diagnostics) {
      return std::unexpected(fmt::format("{} did not compile in its harness", whose));
    }
    batch->calls.resize(chunk.size(), runners::CallOutcome{.end = runners::CallEnd::NotRun});
    for (const auto& call : batch->calls) {
      going = going && call.end == runners::CallEnd::Returned && !PastCap(call, limits.call_cpu_ms);
    }
    into.insert(into.end(), batch->calls.begin(), batch->calls.end());
    return {};
  };
  for (std::size_t first = 0; first < cases.size(); first += kRepetitions) {
    const std::size_t size_index = first / kRepetitions;
    if (on_progress) {
      on_progress(BudgetProgress{.stage = BudgetProgress::Stage::Measuring,
                                 .done = size_index,
                                 .total = series_cases.sizes.size(),
                                 .n = series_cases.sizes[size_index]});
    }
    const std::span<const std::string> chunk(cases.data() + first,
                                             std::min<std::size_t>(kRepetitions, cases.size() - first));
    if (auto done = run(reference, chunk, series.reference, reference_going, "the reference solution");
        !done) {
      return std::unexpected(done.error());
    }
    if (auto done = run(candidate, chunk, series.candidate, candidate_going, "your solution"); !done) {
      return std::unexpected(done.error());
    }
  }
  return series;
}

// What one solution's series measured, per size; a size counts only when every repetition
// finished within the cap.
struct Series {
  std::vector<SizePoint> cpu, operations, heap;
  bool capped = false;
};

void AddSize(Series& series, std::int64_t n, const std::vector<double>& cpu_us,
             std::int64_t operations, std::int64_t heap) {
  const double x = static_cast<double>(n);
  series.cpu.push_back({x, Median(cpu_us)});
  if (operations >= 0) series.operations.push_back({x, static_cast<double>(operations)});
  if (heap >= 0) series.heap.push_back({x, static_cast<double>(heap)});
}

std::optional<GrowthFit> Fit(const std::vector<SizePoint>& series, std::size_t sizes_reached,
                             CostKind kind, bool capped, double baseline) {
  // A metric missing at some size (a runner that does not count) is not fitted at all.
  if (series.size() < 4 || series.size() != sizes_reached) return std::nullopt;
  FitOptions options;
  options.kind = kind;
  options.stopped_at_cap = capped;
  // A baseline at or above the smallest size's cost is noise, not a fixed cost: unused.
  if (series.empty() || baseline < 0 || baseline >= series.front().cost) baseline = 0;
  auto fit = FitGrowth(series, baseline, options);
  if (!fit) {
    spdlog::debug("budget fit: {}", fit.error());
    return std::nullopt;
  }
  return *fit;
}

// Operation counts decide; CPU time checks them. The counter cannot see work done inside
// the uninstrumented C library (a memmove per vector::insert), so CPU time saying "over"
// wins; a count saying "over" that CPU time flatly contradicts (CpuTimeContradictsCount) is
// left undecided.
BudgetCheck Combine(const std::optional<BudgetCheck>& counted, const BudgetCheck& timed,
                    bool cpu_contradicts_count) {
  if (!counted || counted->outcome == BudgetOutcome::Inconclusive) return timed;
  if (timed.outcome == BudgetOutcome::Over) return timed;
  if (counted->outcome == BudgetOutcome::Over && timed.outcome == BudgetOutcome::Within &&
      cpu_contradicts_count) {
    return BudgetCheck{BudgetOutcome::Inconclusive,
                       "inconclusive: the operation count (" + counted->summary +
                           ") and the CPU time (" + timed.summary + ") disagree"};
  }
  return *counted;
}

BudgetCheck Check(const std::string& budget_text, const std::optional<GrowthFit>& fit,
                  const std::optional<GrowthFit>& reference) {
  auto budget = ParseGrowthClass(budget_text);
  if (!budget || !fit) {
    return BudgetCheck{BudgetOutcome::Inconclusive,
                       "inconclusive: too few sizes measured to fit a growth class"};
  }
  return CheckBudget(*fit, *budget, reference ? &*reference : nullptr);
}

}  // namespace

std::expected<BudgetMeasurement, std::string> MeasureBudget(const Problem& problem,
                                                            runners::Runner& runner,
                                                            const std::filesystem::path& source,
                                                            Language language,
                                                            const BudgetProgressHook& on_progress) {
  const auto started = std::chrono::steady_clock::now();
  if (!problem.budget || !problem.scale) return std::unexpected("the problem has no budget");
  const ReferenceSolution* reference = ReferenceFor(problem, language);
  if (reference == nullptr) {
    return std::unexpected(fmt::format("no accepted reference solution in {} to measure against",
                                       LanguageName(language)));
  }
  auto series_cases = EncodeSeries(problem);
  if (!series_cases) return std::unexpected(series_cases.error());
  if (on_progress) {
    on_progress(BudgetProgress{.stage = BudgetProgress::Stage::Building,
                               .total = series_cases->sizes.size()});
  }
  // Both counting builds at once: each compile keeps one core busy.
  std::error_code same_error;
  const bool separate_reference = !std::filesystem::equivalent(source, reference->file, same_error);
  auto reference_future = std::async(std::launch::async, [&] {
    return separate_reference
               ? ReferenceBuild(runner, problem, *reference)
               : std::expected<runners::Prepared, std::string>(std::unexpected(""));
  });
  auto counted = PrepareCounting(runner, problem, source, "your solution");
  auto reference_built = reference_future.get();
  if (!counted) return std::unexpected(counted.error());
  // The candidate may be the reference itself (judge verify): one build serves both.
  std::optional<runners::Prepared> reference_build;
  if (separate_reference) {
    if (!reference_built) return std::unexpected(reference_built.error());
    reference_build = *std::move(reference_built);
  } else {
    ReferenceBuilds::Keep(*reference, *counted);
  }

  runners::CallLimits limits;
  limits.call_cpu_ms = std::min(problem.limits.time_ms, kCapMs);
  limits.memory_bytes = problem.limits.memory_bytes;
  limits.output_bytes = problem.limits.output_bytes;
  limits.resume_after_crash = false;
  auto series = RunInterleaved(runner, *counted, reference_build ? *reference_build : *counted,
                               *series_cases, limits, on_progress);
  if (!series) return std::unexpected(series.error());

  BudgetMeasurement measured;
  BudgetReport& report = measured.report;
  report.budget = *problem.budget;
  const auto& sizes = problem.scale->sizes;
  const auto& ref_calls = series->reference;
  const auto& calls = series->candidate;
  Series mine, theirs;
  std::size_t mine_reached = 0, theirs_reached = 0;
  for (std::size_t s = 0; s < sizes.size(); ++s) {
    SeriesPoint point{.n = sizes[s]};
    std::vector<double> my_cpu, their_cpu;
    const runners::CallOutcome* expected = nullptr;
    for (int r = 0; r < kRepetitions; ++r) {
      const std::size_t i = s * kRepetitions + r;
      if (i < ref_calls.size() && ref_calls[i].end == runners::CallEnd::Returned &&
          !PastCap(ref_calls[i], limits.call_cpu_ms)) {
        their_cpu.push_back(ref_calls[i].cpu_time_ns / 1000.0);
        point.reference_operations = ref_calls[i].operations;
        point.reference_heap_bytes = std::max(point.reference_heap_bytes, ref_calls[i].heap_peak_bytes);
        if (expected == nullptr) expected = &ref_calls[i];
      }
      if (i >= calls.size() || calls[i].end == runners::CallEnd::NotRun || measured.failed_case) {
        continue;
      }
      const runners::CallOutcome& call = calls[i];
      if (PastCap(call, limits.call_cpu_ms)) {
        report.stopped_at_cap = true;
        continue;
      }
      // The reference's answer is the expected one; both are compared here, in the judge.
      // Without it, or with an author's checker (which needs the input), only a failure of
      // the call itself counts.
      TestCase& test = series_cases->tests[s];
      if (expected != nullptr) test.expected = expected->result;
      std::optional<CheckOutcome> custom;
      if (expected == nullptr || problem.checker.kind == CheckerKind::Custom) {
        custom = CheckOutcome{true, ""};
      }
      CaseResult judged;
      judged.name = test.name;
      JudgeCallOutcome(problem, test, call, custom, judged);
      if (judged.verdict != Verdict::Accepted) {
        judged.detail = fmt::format("on a generated input of size {}: {}", sizes[s], judged.detail);
        measured.failed_case = std::move(judged);
        continue;
      }
      my_cpu.push_back(call.cpu_time_ns / 1000.0);
      point.candidate_operations = call.operations;
      point.candidate_heap_bytes = std::max(point.candidate_heap_bytes, call.heap_peak_bytes);
    }
    if (their_cpu.size() == kRepetitions) {
      point.reference_us = Median(their_cpu);
      AddSize(theirs, sizes[s], their_cpu, point.reference_operations, point.reference_heap_bytes);
      ++theirs_reached;
    } else {
      theirs.capped = true;
    }
    if (my_cpu.size() == kRepetitions) {
      point.candidate_us = Median(my_cpu);
      AddSize(mine, sizes[s], my_cpu, point.candidate_operations, point.candidate_heap_bytes);
      ++mine_reached;
    }
    report.points.push_back(point);
  }
  if (measured.failed_case) {
    report.elapsed_ms = MillisecondsSince(started);
    return measured;
  }
  // Each solution's own fixed cost comes off its own series.
  std::optional<Baseline> mine_at_zero, theirs_at_zero;
  if (series_cases->has_baseline) {
    mine_at_zero = BaselineOf(calls, sizes.size() * kRepetitions);
    theirs_at_zero = BaselineOf(ref_calls, sizes.size() * kRepetitions);
  }
  if (mine_at_zero || theirs_at_zero) {
    SeriesPoint point{.n = 0};
    if (mine_at_zero) {
      point.candidate_us = mine_at_zero->cpu_us;
      point.candidate_operations = std::llround(mine_at_zero->operations);
      point.candidate_heap_bytes = std::llround(mine_at_zero->heap_bytes);
    }
    if (theirs_at_zero) {
      point.reference_us = theirs_at_zero->cpu_us;
      point.reference_operations = std::llround(theirs_at_zero->operations);
      point.reference_heap_bytes = std::llround(theirs_at_zero->heap_bytes);
    }
    report.baseline = point;
  }
  const Baseline my_base = mine_at_zero.value_or(Baseline{});
  const Baseline their_base = theirs_at_zero.value_or(Baseline{});

  report.cpu_fit =
      Fit(mine.cpu, mine_reached, CostKind::Timed, report.stopped_at_cap, my_base.cpu_us);
  report.reference_cpu_fit =
      Fit(theirs.cpu, theirs_reached, CostKind::Timed, theirs.capped, their_base.cpu_us);
  const BudgetCheck timed = Check(problem.budget->time, report.cpu_fit, report.reference_cpu_fit);
  report.time_fit = Fit(mine.operations, mine_reached, CostKind::Deterministic,
                        report.stopped_at_cap, my_base.operations);
  report.reference_time_fit = Fit(theirs.operations, theirs_reached, CostKind::Deterministic,
                                  theirs.capped, their_base.operations);
  if (!problem.budget->interpreted.empty() && language == Language::Python) {
    // The lines counted are the interpreter's work alone, the measure of vectorisation;
    // the time budget then needs what they miss, numpy's work in C: CPU time.
    report.interpreted_fit = std::move(report.time_fit);
    report.reference_interpreted_fit = std::move(report.reference_time_fit);
    report.interpreted = Check(problem.budget->interpreted, report.interpreted_fit,
                               report.reference_interpreted_fit);
    report.time_fit.reset();
    report.reference_time_fit.reset();
  }
  // A design case is the whole sequence: n counts its calls, and the budget is the sequence's.
  const std::string_view unit = problem.mode == ProblemMode::Design ? "sequence of calls" : "call";
  if (report.time_fit) {
    report.metric = fmt::format("{} per {}; CPU time (median of {}) as the cross-check",
                                language == Language::Python ? "Python lines executed"
                                                             : "basic blocks executed",
                                unit, kRepetitions);
    const auto budget = ParseGrowthClass(problem.budget->time);
    const bool contradicts = budget && report.cpu_fit &&
                             CpuTimeContradictsCount(*report.cpu_fit, *report.time_fit, *budget);
    report.time = Combine(Check(problem.budget->time, report.time_fit, report.reference_time_fit),
                          timed, contradicts);
  } else {
    report.metric = fmt::format("CPU time per {}, median of {}{}", unit, kRepetitions,
                                report.interpreted ? "; Python lines executed for the interpreted budget" : "");
    report.time_fit = std::move(report.cpu_fit);
    report.reference_time_fit = std::move(report.reference_cpu_fit);
    report.cpu_fit.reset();
    report.reference_cpu_fit.reset();
    report.time = timed;
  }
  if (!problem.budget->space.empty()) {
    // Python measures the heap in a second, traced run only of calls short enough (the
    // largest sizes may have none): the space fit takes the sizes that have it.
    report.space_fit = Fit(mine.heap, mine.heap.size(), CostKind::Deterministic, false,
                           my_base.heap_bytes);
    report.reference_space_fit = Fit(theirs.heap, theirs.heap.size(), CostKind::Deterministic,
                                     false, their_base.heap_bytes);
    report.space = Check(problem.budget->space, report.space_fit, report.reference_space_fit);
  }
  report.elapsed_ms = MillisecondsSince(started);
  return measured;
}

}  // namespace judge

#include "judge/RelativeTimeLimit.h"

#include <algorithm>
#include <map>
#include <mutex>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "judge/Submission.h"

namespace judge {

std::expected<MeasuredTimeLimit, std::string> MeasureTimeLimit(const Problem& problem,
                                                               Language language) {
  const RelativeTime relative = problem.limits.relative_time.value_or(RelativeTime{10, 0});
  const auto reference = std::ranges::find_if(problem.solutions, [&](const auto& solution) {
    return solution.expected == Verdict::Accepted && solution.language == language;
  });
  if (reference == problem.solutions.end()) {
    return std::unexpected(fmt::format(
        "the time limit is relative to the reference, and {} has no accepted {} solution",
        problem.id, LanguageName(language)));
  }
  // `judge verify` judges every solution of a problem against the same measurement.
  static std::mutex mutex;
  static std::map<std::string, std::int64_t> slowest_us;
  const std::string key = fmt::format("{}\n{}", reference->file.string(), LanguageName(language));
  std::unique_lock lock(mutex);
  auto found = slowest_us.find(key);
  if (found == slowest_us.end()) {
    Problem absolute = problem;
    absolute.limits.relative_time.reset();
    absolute.limits.time_ms = kRelativeCeilingMs;
    SubmitOptions options;
    options.language = language;
    options.measure_budget = false;
    auto judged = Submit(absolute, reference->file, options);
    if (!judged) return std::unexpected("the reference solution: " + judged.error().message);
    if (judged->verdict != Verdict::Accepted) {
      return std::unexpected(fmt::format(
          "the time limit is measured on the reference solution {}, which is not accepted ({})",
          reference->file.filename().string(), ShortName(judged->verdict)));
    }
    std::int64_t slowest = 0;
    for (const auto& result : judged->cases) slowest = std::max(slowest, result.cpu_time_us);
    found = slowest_us.emplace(key, slowest).first;
    spdlog::debug("{}: the reference's slowest case took {} us", problem.id, slowest);
  }
  const std::int64_t slowest = found->second;
  MeasuredTimeLimit limit;
  // Rounded up to whole milliseconds, and never below one.
  const std::int64_t scaled_us = (slowest * relative.factor_tenths + 9) / 10;
  limit.time_ms = std::max<std::int64_t>(1, (scaled_us + 999) / 1000 + relative.plus_ms);
  RelativeTime factor_only = relative;
  factor_only.plus_ms = 0;
  limit.basis = fmt::format("{} ({:.1f} ms){}", RelativeTimeText(factor_only), slowest / 1000.0,
                            relative.plus_ms > 0 ? fmt::format(" + {} ms", relative.plus_ms) : "");
  return limit;
}

}  // namespace judge

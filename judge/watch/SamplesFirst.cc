#include "judge/watch/SamplesFirst.h"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "judge/RelativeTimeLimit.h"

namespace judge::watch {

std::optional<Problem> SamplesOnly(const Problem& problem, Language language) {
  if (std::ranges::none_of(problem.tests, &TestCase::sample)) return std::nullopt;
  Problem samples = problem;
  std::erase_if(samples.tests, [](const TestCase& test) { return !test.sample; });
  if (samples.limits.relative_time) {
    auto limit = MeasureTimeLimit(problem, language);
    if (!limit) {
      spdlog::debug("{}: no samples pass: {}", problem.id, limit.error());
      return std::nullopt;
    }
    samples.limits.relative_time.reset();
    samples.limits.time_ms = limit->time_ms;
  }
  return samples;
}

}  // namespace judge::watch

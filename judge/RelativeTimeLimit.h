// RelativeTimeLimit: turns `time: 3x reference + 50ms` into milliseconds by judging the
// problem's reference solution on the same tests, on this machine, in this run.
#pragma once

#include <cstdint>
#include <expected>
#include <string>

#include "judge/problem/Problem.h"

namespace judge {

struct MeasuredTimeLimit {
  std::int64_t time_ms = 0;
  std::string basis;  // how it was reached: "3x reference (12 ms) + 50 ms"
};

/// The limit for solutions in `language`: the factor times the slowest case of the first
/// accepted reference solution in that language (judged under kRelativeCeilingMs), plus
/// the margin. Measured once per problem and language in a judge process. The error says
/// why no limit could be measured (no reference in the language, the reference failing).
std::expected<MeasuredTimeLimit, std::string> MeasureTimeLimit(const Problem& problem,
                                                               Language language);

}  // namespace judge

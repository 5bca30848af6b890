// SamplesFirst: the problem cut down to its sample cases, judged before the full problem
// by `judge watch` so that a save gets its first answer in the time the samples take.
#pragma once

#include <optional>

#include "judge/problem/Problem.h"

namespace judge::watch {

/// `problem` with only its sample cases, or nothing when it has none. A time limit relative
/// to the reference is measured first on the whole problem (as the full judgement will),
/// since that measurement is cached per reference and must not be taken on samples alone;
/// when it cannot be measured there is no samples pass, and the full judgement says why.
std::optional<Problem> SamplesOnly(const Problem& problem, Language language);

}  // namespace judge::watch

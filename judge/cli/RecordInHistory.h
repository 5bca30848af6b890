// RecordInHistory: what `judge submit`, `mock` and `watch` do with a judged submission once
// its result is out: keep it in the history, or say in one warning line why not.
#pragma once

#include "judge/Submission.h"
#include "judge/problem/Problem.h"

namespace judge::cli {

/// A history that cannot be written costs one warning line on stderr, never the verdict or
/// the exit code. Internal errors are not judgements and are not recorded.
void RecordInHistory(const Problem& problem, const SubmissionResult& result,
                     const SubmitOptions& options);

}  // namespace judge::cli

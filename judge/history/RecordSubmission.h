// RecordSubmission: keeps one judged submission in the user's history, from finding the
// file to the write: what `judge submit` calls once its result is out.
#pragma once

#include <expected>
#include <filesystem>

#include "judge/Submission.h"
#include "judge/history/HistoryStore.h"
#include "judge/problem/Problem.h"

namespace judge::history {

/// Adds `result` (a judgement: see IsJudgement) to the history file, creating the file and
/// its private folder when missing; the file, or why nothing was recorded.
std::expected<std::filesystem::path, HistoryError> RecordSubmission(const Problem& problem,
                                                                    const SubmissionResult& result,
                                                                    const SubmitOptions& options);

}  // namespace judge::history

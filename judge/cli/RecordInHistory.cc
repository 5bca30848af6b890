#include "judge/cli/RecordInHistory.h"

#include <iostream>

#include <spdlog/spdlog.h>

#include "judge/history/RecordSubmission.h"

namespace judge::cli {

void RecordInHistory(const Problem& problem, const SubmissionResult& result,
                     const SubmitOptions& options) {
  if (!history::IsJudgement(result)) return;
  std::cout << std::flush;
  auto recorded = history::RecordSubmission(problem, result, options);
  if (!recorded) {
    std::cerr << "judge: warning: not recorded in the history: " << recorded.error().ToString()
              << "\n";
    return;
  }
  spdlog::debug("recorded in {}", recorded->string());
}

}  // namespace judge::cli

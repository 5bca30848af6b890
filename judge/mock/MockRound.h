// MockRound: the timed part of `judge mock`: reads the candidate's commands until the end
// or the deadline, judges each submitted file through the normal sandboxed Submit, and
// keeps every attempt for the scorecard.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "judge/Submission.h"
#include "judge/mock/LineInput.h"
#include "judge/mock/RoundClock.h"
#include "judge/mock/Scorecard.h"
#include "judge/problem/Problem.h"
#include "judge/report/TextReport.h"

namespace judge::mock {

struct RoundProblem {
  Problem problem;
  std::filesystem::path file;  // the candidate's solution, started from the starter
};

/// Called with every judgement (not an internal error) once its report is out: where the
/// CLI records it in the history.
using JudgedHook = std::function<void(const Problem&, const SubmissionResult&)>;

struct RoundOutcome {
  std::vector<RoundAttempt> attempts;
  std::chrono::milliseconds used{0};
  bool ended_by_deadline = false;
  std::string input_error;  // why the input could not be read, when that ended the round
};

class MockRound {
 public:
  MockRound(std::vector<RoundProblem> problems, RoundClock clock, SubmitOptions submit,
            JudgedHook on_judged)
      : problems_(std::move(problems)), clock_(clock), submit_(submit),
        on_judged_(std::move(on_judged)) {}

  /// Until "end", the end of the input, an interrupt (Ctrl-C) or the deadline. A submission
  /// under way when the deadline passes is judged and counts: it was handed in on time; one
  /// under way when the round is interrupted does not count.
  RoundOutcome Run(LineInput& input, std::ostream& out, const TextStyle& style);

  const std::vector<RoundProblem>& problems() const { return problems_; }

 private:
  void Judge(std::size_t index, const LineInput& input, std::ostream& out, const TextStyle& style);
  std::string Status() const;

  std::vector<RoundProblem> problems_;
  RoundClock clock_;
  SubmitOptions submit_;
  JudgedHook on_judged_;
  std::vector<RoundAttempt> attempts_;
};

}  // namespace judge::mock

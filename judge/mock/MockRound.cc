#include "judge/mock/MockRound.h"

#include <algorithm>

#include <fmt/format.h>

#include "judge/mock/RoundCommand.h"

namespace judge::mock {
namespace {

std::chrono::milliseconds Millis(std::chrono::nanoseconds duration) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(duration);
}

// Rounded up, as countdowns are: a round of 30 minutes starts at 30:00, and 00:00 is the end.
std::string TimeLeft(const RoundClock& clock) {
  return FormatClock(std::chrono::ceil<std::chrono::seconds>(clock.Remaining()));
}

}  // namespace

RoundOutcome MockRound::Run(LineInput& input, std::ostream& out, const TextStyle& style) {
  RoundOutcome outcome;
  while (true) {
    if (clock_.Over()) {
      out << "\nTime is up.\n";
      outcome.ended_by_deadline = true;
      break;
    }
    out << fmt::format("[{} left] > ", TimeLeft(clock_)) << std::flush;
    const InputEvent event = input.Next(clock_.deadline());
    if (event.kind == InputEvent::Kind::Deadline) continue;
    if (event.kind == InputEvent::Kind::End) {
      out << "\nEnd of input: the round ends.\n";
      break;
    }
    if (event.kind == InputEvent::Kind::Interrupted) {
      out << "\nInterrupted: the round ends.\n";
      break;
    }
    if (event.kind == InputEvent::Kind::Error) {
      outcome.input_error = event.text;
      break;
    }
    const RoundCommand command = ParseRoundCommand(event.text, problems_.size());
    if (command.kind == RoundCommand::Kind::End) {
      out << "Round ended early.\n";
      break;
    }
    switch (command.kind) {
      case RoundCommand::Kind::Submit: Judge(command.problem - 1, input, out, style); break;
      case RoundCommand::Kind::Status: out << Status(); break;
      case RoundCommand::Kind::Help: out << kRoundHelp << "\n"; break;
      case RoundCommand::Kind::Unknown: out << command.error << "\n" << kRoundHelp << "\n"; break;
      case RoundCommand::Kind::Nothing:
      case RoundCommand::Kind::End: break;
    }
  }
  outcome.used = Millis(std::min(clock_.Elapsed(), clock_.length()));
  outcome.attempts = attempts_;
  return outcome;
}

void MockRound::Judge(std::size_t index, const LineInput& input, std::ostream& out,
                      const TextStyle& style) {
  const RoundProblem& round_problem = problems_[index];
  const auto at = Millis(clock_.Elapsed());
  out << fmt::format("Judging {}. {} ({}) ...\n", index + 1, round_problem.problem.id,
                     round_problem.file.string())
      << std::flush;
  auto result = Submit(round_problem.problem, round_problem.file, submit_);
  if (!result) {
    // Not an attempt: nothing was judged (a missing file, an unknown extension).
    out << fmt::format("cannot judge it: {}\n", result.error().message);
    return;
  }
  if (input.Interrupted()) {
    // A Ctrl-C reaches the judge's helpers too (the Python zygote, which shares the
    // terminal's process group), so what this judgement says may be their end, not the
    // solution's: as `judge watch` does, it is dropped.
    out << "Interrupted while judging: this attempt does not count.\n";
    return;
  }
  out << RenderSubmission(*result, style) << std::flush;
  if (result->verdict == Verdict::InternalError) {
    out << "The judge failed, not your solution: this attempt does not count.\n";
    return;
  }
  on_judged_(round_problem.problem, *result);
  attempts_.push_back({index, at,
                       history::RecordOf(round_problem.problem, *result, submit_, "",
                                         std::chrono::system_clock::now())});
}

std::string MockRound::Status() const {
  std::string out = fmt::format("{} left\n", TimeLeft(clock_));
  for (std::size_t i = 0; i < problems_.size(); ++i) {
    int attempts = 0;
    std::optional<RoundAttempt> accepted, last;
    for (const RoundAttempt& attempt : attempts_) {
      if (attempt.problem != i) continue;
      ++attempts;
      last = attempt;
      if (!accepted && attempt.record.verdict == Verdict::Accepted) accepted = attempt;
    }
    std::string state = "not submitted";
    if (accepted) {
      state = fmt::format("solved at {}", FormatClock(accepted->at));
    } else if (last) {
      state = fmt::format("not solved, last {}", ShortName(last->record.verdict));
    }
    out += fmt::format("  {}. {} ({}): {}, {} attempt{}\n", i + 1, problems_[i].problem.id,
                       problems_[i].file.string(), state, attempts, attempts == 1 ? "" : "s");
  }
  return out;
}

}  // namespace judge::mock

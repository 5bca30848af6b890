// LineInput: lines from a file descriptor (the terminal, or a pipe) read against a
// deadline, so a round can end on time while the candidate types nothing, and a Ctrl-C
// (a descriptor that turns readable, StopSignals') ends the wait as well.
#pragma once

#include <chrono>
#include <string>

namespace judge::mock {

struct InputEvent {
  enum class Kind { Line, End, Deadline, Interrupted, Error };
  Kind kind = Kind::End;
  std::string text;  // Line: without its newline; Error: what failed, with errno's words
};

class LineInput {
 public:
  /// Lines from `fd`; Interrupted whenever `interrupt_fd` is readable (-1: never).
  explicit LineInput(int fd, int interrupt_fd = -1) : fd_(fd), interrupt_fd_(interrupt_fd) {}

  /// The next line, or Deadline once `deadline` passes first, or Interrupted (before any
  /// line) once the interrupt descriptor is readable. End at end of input (a last line
  /// without a newline is still given as a Line first).
  InputEvent Next(std::chrono::steady_clock::time_point deadline);

  /// Whether the interrupt descriptor is readable now, without waiting: for a caller that
  /// was busy (judging) while it may have turned so.
  bool Interrupted() const;

 private:
  int fd_;
  int interrupt_fd_;
  std::string buffered_;
  bool ended_ = false;
};

}  // namespace judge::mock

// LineInput: lines from a file descriptor (the terminal, or a pipe) read against a
// deadline, so a round can end on time while the candidate types nothing.
#pragma once

#include <chrono>
#include <string>

namespace judge::mock {

struct InputEvent {
  enum class Kind { Line, End, Deadline, Error };
  Kind kind = Kind::End;
  std::string text;  // Line: without its newline; Error: what failed, with errno's words
};

class LineInput {
 public:
  explicit LineInput(int fd) : fd_(fd) {}

  /// The next line, or Deadline once `deadline` passes first. End at end of input (a last
  /// line without a newline is still given as a Line first).
  InputEvent Next(std::chrono::steady_clock::time_point deadline);

 private:
  int fd_;
  std::string buffered_;
  bool ended_ = false;
};

}  // namespace judge::mock

// RoundClock: a mock round's countdown on the monotonic clock (a changed wall clock moves
// no deadline), and the "38:12" form the prompt and the scorecard show.
#pragma once

#include <chrono>
#include <string>

namespace judge::mock {

class RoundClock {
 public:
  using Clock = std::chrono::steady_clock;

  RoundClock(Clock::duration length, Clock::time_point start = Clock::now())
      : start_(start), length_(length) {}

  Clock::duration length() const { return length_; }
  Clock::time_point deadline() const { return start_ + length_; }
  Clock::duration Elapsed(Clock::time_point now = Clock::now()) const { return now - start_; }
  /// Never negative: zero once the deadline has passed.
  Clock::duration Remaining(Clock::time_point now = Clock::now()) const;
  bool Over(Clock::time_point now = Clock::now()) const { return now >= deadline(); }

 private:
  Clock::time_point start_;
  Clock::duration length_;
};

/// "38:12", "1:02:03" past an hour; whole seconds, rounded down.
std::string FormatClock(std::chrono::nanoseconds duration);

}  // namespace judge::mock

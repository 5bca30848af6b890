#include "judge/mock/RoundClock.h"

#include <algorithm>

#include <fmt/format.h>

namespace judge::mock {

RoundClock::Clock::duration RoundClock::Remaining(Clock::time_point now) const {
  return std::max(deadline() - now, Clock::duration::zero());
}

std::string FormatClock(std::chrono::nanoseconds duration) {
  const auto seconds =
      std::max<std::int64_t>(std::chrono::duration_cast<std::chrono::seconds>(duration).count(), 0);
  if (seconds >= 3600) {
    return fmt::format("{}:{:02}:{:02}", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }
  return fmt::format("{:02}:{:02}", seconds / 60, seconds % 60);
}

}  // namespace judge::mock

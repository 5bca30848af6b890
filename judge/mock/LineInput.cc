#include "judge/mock/LineInput.h"

#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include <fmt/format.h>

namespace judge::mock {

bool LineInput::Interrupted() const {
  if (interrupt_fd_ < 0) return false;
  pollfd watched{interrupt_fd_, POLLIN, 0};
  return ::poll(&watched, 1, 0) > 0 && (watched.revents & POLLIN) != 0;
}

InputEvent LineInput::Next(std::chrono::steady_clock::time_point deadline) {
  while (true) {
    // Checked first: a Ctrl-C ends the round even with lines typed ahead.
    if (Interrupted()) return {InputEvent::Kind::Interrupted};
    if (const auto newline = buffered_.find('\n'); newline != std::string::npos) {
      std::string line = buffered_.substr(0, newline);
      buffered_.erase(0, newline + 1);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return {InputEvent::Kind::Line, std::move(line)};
    }
    if (ended_) {
      if (buffered_.empty()) return {InputEvent::Kind::End};
      return {InputEvent::Kind::Line, std::exchange(buffered_, {})};
    }
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return {InputEvent::Kind::Deadline};
    // The interrupt descriptor is watched too (poll ignores a negative one), so a Ctrl-C
    // ends the wait at once; it is never read, and so stays readable for Interrupted().
    pollfd watched[2] = {{fd_, POLLIN, 0}, {interrupt_fd_, POLLIN, 0}};
    // poll's int timeout caps a wait near 24 days; the loop simply waits again.
    const int ready =
        ::poll(watched, 2, static_cast<int>(std::min<std::int64_t>(left.count(), 1 << 30)));
    if (ready < 0) {
      if (errno == EINTR) continue;
      return {InputEvent::Kind::Error, fmt::format("poll on the input: {}", std::strerror(errno))};
    }
    if (ready == 0 || watched[0].revents == 0) continue;
    char chunk[4096];
    const ssize_t got = ::read(fd_, chunk, sizeof chunk);
    if (got < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      // A pty whose other side closed reads EIO: that is the end of the input, not a fault.
      if (errno == EIO) {
        ended_ = true;
        continue;
      }
      return {InputEvent::Kind::Error, fmt::format("reading the input: {}", std::strerror(errno))};
    }
    if (got == 0) {
      ended_ = true;
      continue;
    }
    buffered_.append(chunk, static_cast<std::size_t>(got));
  }
}

}  // namespace judge::mock

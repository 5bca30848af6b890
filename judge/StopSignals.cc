#include "judge/StopSignals.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <utility>

#include <fmt/format.h>

namespace judge {
namespace {

// What the handler may touch: lock-free atomics (a flag, a descriptor, an exit code).
std::atomic<bool> stop_requested{false};
std::atomic<int> wake_fd{-1};
std::atomic<int> second_signal_exit_code{0};

extern "C" void OnStopSignal(int) {
  if (stop_requested.exchange(true)) _exit(second_signal_exit_code.load());
  const int saved_errno = errno;
  const char byte = 1;
  (void)!write(wake_fd.load(), &byte, 1);
  errno = saved_errno;
}

}  // namespace

std::expected<StopSignals, std::string> StopSignals::Install(int second_signal_exit) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0) {
    return std::unexpected(fmt::format("pipe2: {}", std::strerror(errno)));
  }
  stop_requested = false;
  wake_fd = fds[1];
  second_signal_exit_code = second_signal_exit;
  struct sigaction action {};
  action.sa_handler = &OnStopSignal;
  sigemptyset(&action.sa_mask);
  // Calls inside a judgement resume rather than fail with EINTR.
  action.sa_flags = SA_RESTART;
  for (int signal : {SIGINT, SIGTERM}) {
    if (sigaction(signal, &action, nullptr) != 0) {
      const int error = errno;
      close(fds[0]);
      close(fds[1]);
      return std::unexpected(fmt::format("sigaction: {}", std::strerror(error)));
    }
  }
  return StopSignals(fds[0], fds[1]);
}

StopSignals::StopSignals(StopSignals&& other) noexcept
    : read_fd_(std::exchange(other.read_fd_, -1)), write_fd_(std::exchange(other.write_fd_, -1)) {}

StopSignals::~StopSignals() {
  if (read_fd_ < 0) return;
  struct sigaction action {};
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
  wake_fd = -1;
  close(read_fd_);
  close(write_fd_);
}

bool StopSignals::Requested() const { return stop_requested.load(); }

}  // namespace judge

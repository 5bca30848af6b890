// StopSignals: turns SIGINT and SIGTERM into a descriptor a poll loop can wait on, so that
// `judge watch` and `judge mock` end cleanly between judgements instead of dying inside one.
#pragma once

#include <expected>
#include <string>

namespace judge {

class StopSignals {
 public:
  /// Installs the handlers for the life of the object (one at a time per process). The
  /// handlers, not a blocked mask, so that sandboxed children, which inherit the mask across
  /// exec, still receive their signals. A second signal while the first is unanswered ends
  /// the process at once with `second_signal_exit`: a judgement can take seconds, and Ctrl-C
  /// twice means now.
  static std::expected<StopSignals, std::string> Install(int second_signal_exit);

  StopSignals(StopSignals&& other) noexcept;
  StopSignals& operator=(StopSignals&&) = delete;
  StopSignals(const StopSignals&) = delete;
  ~StopSignals();

  /// Readable once a stop was asked for.
  int fd() const { return read_fd_; }
  bool Requested() const;

 private:
  StopSignals(int read_fd, int write_fd) : read_fd_(read_fd), write_fd_(write_fd) {}
  int read_fd_ = -1;
  int write_fd_ = -1;
};

}  // namespace judge

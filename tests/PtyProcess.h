// PtyProcess: runs the built `judge` (or a shell that calls it) on a pseudo-terminal, as in
// a user's terminal, for the tests of what only a terminal shows (watch's redraws, progress
// lines, Ctrl-C, Tab completion). Every read has a deadline, so a process that hangs fails
// its test instead of blocking the suite.
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tests/TestPaths.h"

namespace judge::testing {

/// What to start on the terminal.
struct PtyCommand {
  std::string program = JudgeBinary().string();
  std::vector<std::string> args;
  /// False: stdout is a pipe, as in `judge ... | less`.
  bool stdout_on_terminal = true;
  /// Set over the test's own environment.
  std::map<std::string, std::string> variables;
};

class PtyProcess {
 public:
  /// Starts `judge args...` with the terminal as its stdin and stderr, and as its stdout
  /// unless `stdout_on_terminal` is false (then stdout is a pipe, as in `judge ... | less`).
  /// `output()` is what the process wrote to its stdout.
  explicit PtyProcess(std::vector<std::string> args, bool stdout_on_terminal = true)
      : PtyProcess(PtyCommand{.args = std::move(args), .stdout_on_terminal = stdout_on_terminal}) {}

  explicit PtyProcess(PtyCommand command) {
    std::vector<std::string>& args = command.args;
    args.insert(args.begin(), command.program);
    // Everything the child needs is built before the fork: the test process has threads.
    std::vector<char*> argv;
    for (auto& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    std::map<std::string, std::string> variables = command.variables;
    for (char** entry = environ; *entry != nullptr; ++entry) {
      const std::string_view text(*entry);
      const std::size_t equals = text.find('=');
      if (equals != std::string_view::npos) {
        variables.emplace(std::string(text.substr(0, equals)), std::string(text.substr(equals + 1)));
      }
    }
    std::vector<std::string> environment;
    for (const auto& [name, value] : variables) environment.push_back(name + "=" + value);
    std::vector<char*> envp;
    for (auto& entry : environment) envp.push_back(entry.data());
    envp.push_back(nullptr);
    const bool stdout_on_terminal = command.stdout_on_terminal;
    int pipe_fds[2] = {-1, -1};
    if (!stdout_on_terminal && pipe2(pipe_fds, O_CLOEXEC) != 0) return;
    winsize size{};
    size.ws_row = 50;
    size.ws_col = 120;
    pid_ = forkpty(&master_, nullptr, nullptr, &size);
    if (pid_ == 0) {
      if (!stdout_on_terminal) dup2(pipe_fds[1], STDOUT_FILENO);
      execve(argv[0], argv.data(), envp.data());
      _exit(127);
    }
    if (stdout_on_terminal) {
      output_fd_ = master_;
    } else {
      close(pipe_fds[1]);
      output_fd_ = pipe_fds[0];
    }
  }

  PtyProcess(const PtyProcess&) = delete;
  PtyProcess& operator=(const PtyProcess&) = delete;

  ~PtyProcess() {
    if (pid_ > 0 && !exit_code_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    if (output_fd_ >= 0 && output_fd_ != master_) close(output_fd_);
    if (master_ >= 0) close(master_);
  }

  bool started() const { return pid_ > 0 && output_fd_ >= 0; }
  pid_t pid() const { return pid_; }
  const std::string& output() const { return output_; }
  /// What the process wrote to the terminal while its stdout was a pipe (its stderr).
  const std::string& terminal() {
    if (output_fd_ != master_) Discard(master_);
    return terminal_;
  }

  /// Reads until `text` appears in the output from offset `from` on; whether it did before
  /// `timeout` (or the end of the output).
  bool WaitFor(std::string_view text, std::chrono::seconds timeout, std::size_t from = 0) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (output_.find(text, from) == std::string::npos) {
      if (!ReadSome(deadline)) return false;
    }
    return true;
  }

  /// Bytes typed at the terminal ("\x03" is Ctrl-C).
  void Type(std::string_view bytes) { (void)!write(master_, bytes.data(), bytes.size()); }

  /// The exit code once the process ends, or nothing when it did not end in `timeout` or
  /// was killed by a signal.
  std::optional<int> WaitExit(std::chrono::seconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
      int status = 0;
      const pid_t ended = waitpid(pid_, &status, WNOHANG);
      if (ended == pid_) {
        exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
        return WIFEXITED(status) ? std::optional<int>(WEXITSTATUS(status)) : std::nullopt;
      }
      // Keep draining: a child blocked on a full terminal would never end.
      const auto soon = std::chrono::steady_clock::now() + std::chrono::milliseconds(50);
      ReadSome(std::min(deadline, soon));
    }
    return std::nullopt;
  }

 private:
  // Reads what is there by `deadline`; false at the deadline or at the end of the output.
  bool ReadSome(std::chrono::steady_clock::time_point deadline) {
    if (output_fd_ != master_) Discard(master_);
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd fd{output_fd_, POLLIN, 0};
    const int ready = poll(&fd, 1, static_cast<int>(std::min<long long>(left.count(), 200)));
    if (ready < 0 && errno != EINTR) return false;
    if (ready <= 0) return std::chrono::steady_clock::now() < deadline;
    char buffer[4096];
    const ssize_t got = read(output_fd_, buffer, sizeof buffer);
    // EIO on the master: the terminal's last holder has gone.
    if (got <= 0) return false;
    output_.append(buffer, static_cast<std::size_t>(got));
    return true;
  }

  // What the process writes to the terminal when stdout is a pipe (stderr): read so that
  // the terminal never fills up, and kept apart.
  void Discard(int fd) {
    pollfd poll_fd{fd, POLLIN, 0};
    char buffer[4096];
    while (poll(&poll_fd, 1, 0) > 0 && (poll_fd.revents & POLLIN) != 0) {
      const ssize_t got = read(fd, buffer, sizeof buffer);
      if (got <= 0) return;
      terminal_.append(buffer, static_cast<std::size_t>(got));
    }
  }

  pid_t pid_ = -1;
  int master_ = -1;
  int output_fd_ = -1;
  std::string output_;
  std::string terminal_;
  std::optional<int> exit_code_;
};

}  // namespace judge::testing

// TerminalSession: runs the built `judge` on a pseudo-terminal, as a person at a terminal
// would: lines typed in, the screen's text read back with timeouts, so a hang fails a test.
#pragma once

#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "tests/TestPaths.h"

namespace judge::testing {

class TerminalSession {
 public:
  /// Starts `judge args...` with `variables` added to the test's environment.
  TerminalSession(const std::vector<std::string>& args,
                  const std::map<std::string, std::string>& variables = {}) {
    pid_ = ::forkpty(&master_, nullptr, nullptr, nullptr);
    if (pid_ == 0) {
      for (const auto& [name, value] : variables) ::setenv(name.c_str(), value.c_str(), 1);
      const std::string binary = JudgeBinary().string();
      std::vector<char*> argv{const_cast<char*>(binary.c_str())};
      for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
      argv.push_back(nullptr);
      ::execv(binary.c_str(), argv.data());
      ::_exit(127);
    }
  }
  TerminalSession(const TerminalSession&) = delete;
  TerminalSession& operator=(const TerminalSession&) = delete;
  ~TerminalSession() {
    // A test that failed half-way must not leave its judge running.
    if (pid_ > 0 && !exited_) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
    if (master_ >= 0) ::close(master_);
  }

  bool started() const { return pid_ > 0 && master_ >= 0; }

  /// Everything the terminal showed so far.
  const std::string& screen() const { return screen_; }

  void Type(const std::string& line) {
    const std::string text = line + "\n";
    ::write(master_, text.data(), text.size());
  }
  /// Ctrl-D at the start of a line: the end of the input.
  void EndInput() { ::write(master_, "\x04", 1); }
  /// Ctrl-C: the terminal sends SIGINT to the judge.
  void Interrupt() { ::write(master_, "\x03", 1); }

  /// Reads until `text` shows after `from` (an offset into screen()); false on timeout or
  /// when the judge closed the terminal first.
  bool WaitFor(const std::string& text, std::chrono::seconds timeout, std::size_t from = 0) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (screen_.find(text, from) == std::string::npos) {
      if (!ReadSome(deadline)) return screen_.find(text, from) != std::string::npos;
    }
    return true;
  }

  /// The exit code once the judge ends (reading what it still shows), or -1 on timeout.
  int WaitForExit(std::chrono::seconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (ReadSome(deadline)) {
    }
    while (std::chrono::steady_clock::now() < deadline) {
      int status = 0;
      const pid_t done = ::waitpid(pid_, &status, WNOHANG);
      if (done == pid_) {
        exited_ = true;
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      }
      ::usleep(20'000);
    }
    return -1;
  }

 private:
  // False at the deadline or when the terminal closed (EIO once the judge exited).
  bool ReadSome(std::chrono::steady_clock::time_point deadline) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd watched{master_, POLLIN, 0};
    if (::poll(&watched, 1, static_cast<int>(left.count())) <= 0) return false;
    char chunk[4096];
    const ssize_t got = ::read(master_, chunk, sizeof chunk);
    if (got <= 0) return false;
    screen_.append(chunk, static_cast<std::size_t>(got));
    return true;
  }

  int master_ = -1;
  pid_t pid_ = -1;
  bool exited_ = false;
  std::string screen_;
};

}  // namespace judge::testing

// ForkServer: a helper process forked early (before the judge has threads or loads problems)
// that warms up once, e.g. an interpreter and its prelude, and then forks sandboxed children
// on request; each child runs the server's entry on a payload instead of exec'ing a program.
#pragma once

#include <sys/resource.h>
#include <sys/types.h>

#include <expected>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "sandbox/ChildSetup.h"
#include "sandbox/SandboxError.h"
#include "sandbox/SeccompPolicy.h"

namespace sandbox {

/// How a child of the server ended, as the server reaped it.
struct ChildExit {
  int status = 0;  // as from wait4
  rusage usage{};
};

class ForkServer {
 public:
  /// Runs once in the server before it serves (imports, caches, ...).
  using WarmUp = std::function<void()>;
  /// Runs in each child once it is inside the sandbox; returns the child's exit code.
  using Entry = std::function<int(const std::string& payload)>;

  /// Forks the server. `policy` is every child's seccomp policy; it must outlive the server.
  static std::expected<std::unique_ptr<ForkServer>, SandboxError> Start(const SeccompPolicy& policy,
                                                                       WarmUp warm_up,
                                                                       Entry entry);
  /// Kills the server without waiting out its teardown (reaped later, or by init).
  ~ForkServer();
  ForkServer(const ForkServer&) = delete;
  ForkServer& operator=(const ForkServer&) = delete;

  struct Child {
    pid_t pid = -1;
    int pidfd = -1;    // owned by the caller: readable once the child has ended
    int channel = -1;  // owned by the caller: where AwaitExit reads how it ended
  };
  /// Forks a child that enters the sandbox as `plan` says (its descriptors travel to the
  /// server; exec_fd, argv and envp are unused) and then runs the entry on `payload`.
  /// Safe to call from several threads at once.
  std::expected<Child, SandboxError> Spawn(const ChildPlan& plan, const std::string& payload) const;

  /// Blocks until the server has reaped the child of `channel`.
  static std::expected<ChildExit, SandboxError> AwaitExit(int channel);

  pid_t pid() const { return pid_; }
  /// Every child's seccomp policy.
  const SeccompPolicy& policy() const { return policy_; }
  /// The server's own virtual size: what every child inherits before doing anything.
  std::int64_t AddressSpaceBytes() const;

 private:
  ForkServer(pid_t pid, int control, const SeccompPolicy& policy)
      : pid_(pid), control_(control), policy_(policy) {}

  pid_t pid_;
  int control_;  // SOCK_SEQPACKET to the server
  const SeccompPolicy& policy_;
  mutable std::mutex mutex_;
};

}  // namespace sandbox

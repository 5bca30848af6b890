// SeccompPolicy: an immutable seccomp-BPF allowlist (kill by default), built once in the
// supervisor by PolicyBuilder from groups named by intent; the child only installs it.
#pragma once

#include <linux/filter.h>
#include <seccomp.h>
#include <sys/types.h>

#include <expected>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sandbox/SandboxError.h"

namespace sandbox {

/// The descriptor number through which the Launcher execs the program. It is closed on exec
/// and lies above every allowed RLIMIT_NOFILE, so once the program runs no descriptor with
/// this number can exist again and the execveat rule below can never be reused.
inline constexpr int kExecFd = 255;

class SeccompPolicy {
 public:
  /// Installs the filter on the calling thread. Async-signal-safe: made to run in a freshly
  /// forked child. `self_pid` replaces the self-signal placeholder (see AllowSignalsToSelf).
  /// Returns 0 or an errno.
  int InstallInChild(pid_t self_pid) const;

  std::size_t instruction_count() const { return program_.size(); }

  /// Whether the policy lets a run make or change anything that lives in a network, IPC or
  /// UTS namespace: a socket (and so an abstract Unix address, an interface's state), a
  /// System V message queue, semaphore or shared memory segment, a POSIX message queue,
  /// the host or domain name. Runs whose policy does not can share one empty namespace of
  /// each kind (Launcher.h): there is nothing they could leave in it for another run.
  bool reaches_namespaced_objects() const { return reaches_namespaced_objects_; }

 private:
  friend class PolicyBuilder;
  SeccompPolicy(std::vector<sock_filter> program, bool reaches_namespaced_objects)
      : program_(std::move(program)), reaches_namespaced_objects_(reaches_namespaced_objects) {}

  std::vector<sock_filter> program_;
  bool reaches_namespaced_objects_ = true;
};

/// Whether the system call `name` makes, changes or reaches an object kept per network, IPC
/// or UTS namespace (SeccompPolicy::reaches_namespaced_objects).
bool ReachesNamespacedObjects(const std::string& name);

/// Fluent builder: each Allow* adds a group of syscalls by what it is for. The first error
/// is kept and reported by Build(). Every policy allows the Launcher's single execveat.
class PolicyBuilder {
 public:
  PolicyBuilder();

  PolicyBuilder& AllowExit();
  /// read/write on descriptors already open, lseek, fstat; ioctl answers ENOTTY.
  PolicyBuilder& AllowStdio();
  PolicyBuilder& AllowMemory();
  /// What a static glibc binary does before main; readlink answers ENOENT.
  PolicyBuilder& AllowStaticStartup();
  /// Signal handling, and kill/tgkill/tkill aimed at the process itself only (abort()).
  PolicyBuilder& AllowSignalsToSelf();
  PolicyBuilder& AllowTime();
  /// Opening, reading and writing files, for a trusted tool such as the compiler.
  PolicyBuilder& AllowFileSystem();
  /// fork/vfork/clone/execve/wait4, for a trusted tool that runs others (g++ → cc1plus).
  PolicyBuilder& AllowProcesses();
  /// What a warm interpreter (forked, not exec'd) does while running code: randomness,
  /// descriptor duplication, reading limits and its CPU set; opening any file fails (EACCES)
  /// instead of killing, so an import of a module it has not loaded is a Python error.
  PolicyBuilder& AllowInterpreterRuntime();
  /// Makes `syscall_name` fail with `err` instead of killing (e.g. clone3 → ENOSYS, so glibc
  /// falls back to clone, whose flags a filter can inspect).
  PolicyBuilder& DenyWithErrno(const std::string& syscall_name, int err);

  std::expected<SeccompPolicy, SandboxError> Build();

 private:
  struct PendingRule {
    std::uint32_t action;
    std::vector<scmp_arg_cmp> args;  // empty: whatever the arguments
  };

  void Allow(const std::string& name);
  void Rule(const std::string& name, std::uint32_t action, std::vector<scmp_arg_cmp> args);

  // Rules are collected first and resolved in Build(): an unconditional allow from one
  // group overrides narrower rules for the same call from another, whatever the order.
  std::map<std::string, std::vector<PendingRule>> rules_;
  std::optional<SandboxError> error_;
};

}  // namespace sandbox

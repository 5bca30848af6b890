// ChildSetup: the steps a freshly forked child takes into the sandbox (process group,
// cgroup, namespaces, descriptors, working directory, rlimits, unprivileged uid,
// no_new_privs, Landlock, seccomp).
#pragma once

#include <sys/resource.h>
#include <sys/types.h>

#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "sandbox/SeccompPolicy.h"

namespace sandbox {

// Setup errors travel back through this descriptor; it closes on exec, or explicitly when
// the child runs an entry function instead (ForkServer): EOF there means "set up".
inline constexpr int kReportFd = kExecFd - 1;
// The Landlock ruleset waits here until the child restricts itself with it.
inline constexpr int kRulesetFd = kReportFd - 1;

// Who a run started as root becomes: nobody.
inline constexpr uid_t kNobody = 65534;

// The steps of the child's setup, named in error messages.
enum class Step : int {
  ProcessGroup, Cgroup, Namespaces, PidNamespace, Descriptors, WorkingDir, Limits, Identity,
  NoNewPrivs, Landlock, Seccomp, Exec, kCount
};
inline constexpr std::array<const char*, static_cast<int>(Step::kCount)> kStepNames = {
    "setpgid", "joining the cgroup", "entering namespaces",
    "starting the PID namespace's init", "arranging descriptors", "chdir",
    "setrlimit",
    "dropping to an unprivileged uid", "prctl(PR_SET_NO_NEW_PRIVS)",
    "restricting files (Landlock)", "installing seccomp", "execveat"};

// What the child reports: first its rusage baseline, then (only on failure) a step.
struct ChildReport {
  std::int64_t inherited_maxrss_kb = 0;
  std::int64_t setup_cpu_us = 0;  // the child's own CPU before the program: the sandbox's
  int namespaces = 0;  // the namespaces the child is in (CLONE_NEW* flags), as it managed
  int failed_step = -1;
  int error = 0;
};

// Namespaces prepared once (EmptyRoot.h) that a run enters with setns instead of making its
// own; -1: none. `user` owns the others, for a caller that is not root. `net`, `ipc` and
// `uts` come together or not at all.
struct JoinedNamespaces {
  int user = -1;
  int mount = -1;
  int net = -1;
  int ipc = -1;
  int uts = -1;
};

// Everything the child needs, prepared before fork so that the child allocates nothing.
struct ChildPlan {
  const SeccompPolicy* policy = nullptr;
  std::vector<char*> argv;  // for exec
  std::vector<char*> envp;
  std::string working_dir;
  std::string cgroup_procs;  // empty: no cgroup
  std::string pids_procs;    // a v1 pids cgroup's procs file; empty: none
  int stdin_fd = -1, stdout_fd = -1, stderr_fd = -1, report_fd = -1;
  int exec_fd = -1;  // -1: no exec; the caller runs its own entry after EnterSandbox
  int ruleset_fd = -1;  // a Landlock ruleset (FileAccess.h); -1: the kernel has none
  std::vector<std::pair<int, rlimit>> limits;
  // Set only after the uid changes: lowered before, setresuid would mark the process as
  // over its user's process count (other runs count too) and the kernel refuses the exec.
  rlimit processes{1, 1};
  bool drop_to_nobody = false;
  // Network, IPC and UTS namespaces of the sandbox's own (and a user namespace first, for a
  // caller that is not root), where the kernel allows them: the run then has no network
  // interface but an unconfigured loopback, and shares no System V IPC or host name with
  // the machine.
  bool isolate = true;
  // The EmptyRoot's namespaces, for a run that may touch no file: its mount namespace (the
  // run then sees an empty, read-only file system and works in "/"; -1: the host's), and,
  // for a run whose policy can make nothing in them, its empty network, IPC and UTS ones
  // (-1: new ones for this run).
  JoinedNamespaces joined;
};

/// Network, IPC and UTS namespaces for this process where the kernel allows them: the
/// `joined` ones, else new ones; and the joined mount namespace (-1: none). A caller that is
/// not root first enters a user namespace: `joined.user` when given, else one of its own
/// (its ids mapped to themselves), and keeps no capability. With `pid`, a new PID namespace
/// for the caller's children. Returns the CLONE_NEW* flags entered (0: none allowed, and
/// the run goes on without), or -1 when half-done. Async-signal-safe.
int EnterNamespaces(const JoinedNamespaces& joined, bool pid = false);

/// Takes every step in the child. On failure it reports the step through the report
/// descriptor and exits; on success stdin/stdout/stderr are in place, kReportFd is open
/// (close-on-exec), the Landlock ruleset (if any) confines the process and seccomp is
/// installed. Async-signal-safe.
void EnterSandbox(const ChildPlan& plan);

/// EnterSandbox, then execveat of plan.exec_fd, in a PID namespace of the run's own where
/// the kernel allows: this process stays outside as its holder and ends as the program
/// did. (A fork server's child, which does not exec, gets none: a second copy of a warm
/// interpreter per run costs more than hiding process ids from a program that may start
/// no process.) Never returns.
[[noreturn]] void ExecInSandbox(const ChildPlan& plan);

}  // namespace sandbox

#include "sandbox/ChildSetup.h"

#include <fcntl.h>
#include <grp.h>
#include <linux/capability.h>
#include <sched.h>
#include <sys/prctl.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

#include "sandbox/FileAccess.h"
#include "sandbox/OwnUserNamespace.h"

namespace sandbox {
namespace {

// The report of this child, filled in as the setup goes; one per process after fork.
ChildReport report;
int report_fd = -1;

// CPU the holder of a PID namespace spent before the program's process was made: the
// supervisor's total includes the holder's, and it is the sandbox's, not the program's.
std::int64_t chain_cpu_us = 0;

[[noreturn]] void ChildFail(Step step, int err) {
  report.failed_step = static_cast<int>(step);
  report.error = err;
  (void)!write(report_fd, &report, sizeof report);
  _exit(127);
}

std::int64_t CpuUs(const rusage& usage) {
  return std::int64_t{usage.ru_utime.tv_sec + usage.ru_stime.tv_sec} * 1'000'000 +
         usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

std::int64_t SelfCpuUs() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return CpuUs(usage);
}

// Ends this process as `status` says another ended: the same exit code, or the same signal.
[[noreturn]] void EndAs(int status) {
  if (WIFSIGNALED(status)) {
    const int signal = WTERMSIG(status);
    const rlimit no_core{0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
    struct sigaction default_action {};
    default_action.sa_handler = SIG_DFL;
    sigaction(signal, &default_action, nullptr);
    sigset_t only;
    sigemptyset(&only);
    sigaddset(&only, signal);
    sigprocmask(SIG_UNBLOCK, &only, nullptr);
    kill(getpid(), signal);
    _exit(128 + signal);
  }
  _exit(WIFEXITED(status) ? WEXITSTATUS(status) : 127);
}

#if defined(__x86_64__) || defined(__aarch64__)
constexpr bool kPidNamespaceSupported = true;

// A system call that leaves errno alone: the init below shares its memory (and so errno)
// with the holder and the program's setup.
long RawSyscall(long number, long a = 0, long b = 0, long c = 0, long d = 0) {
#if defined(__x86_64__)
  long result;
  register long r10 asm("r10") = d;
  asm volatile("syscall"
               : "=a"(result)
               : "a"(number), "D"(a), "S"(b), "d"(c), "r"(r10)
               : "rcx", "r11", "memory");
  return result;
#else
  register long x8 asm("x8") = number;
  register long x0 asm("x0") = a;
  register long x1 asm("x1") = b;
  register long x2 asm("x2") = c;
  register long x3 asm("x3") = d;
  asm volatile("svc 0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3) : "memory");
  return x0;
#endif
}

// The init's stack: it shares the holder's memory, so it needs one of its own (a copy of
// this array, in each forked holder).
alignas(64) char init_stack[16 << 10];

// PID 1 of the run's namespace, sharing the holder's memory (no copy of the judge's is
// made for it). It holds no descriptor, reaps whatever is reparented to it, and lives until
// the holder kills it, which kills every process left in the namespace.
int InitMain(void*) {
  RawSyscall(SYS_close_range, 0, ~0U, 0);
  RawSyscall(SYS_prctl, PR_SET_PDEATHSIG, SIGKILL);
  const unsigned long child_signal = 1UL << (SIGCHLD - 1);
  RawSyscall(SYS_rt_sigprocmask, SIG_BLOCK, reinterpret_cast<long>(&child_signal), 0,
             sizeof child_signal);
  while (true) {
    while (RawSyscall(SYS_wait4, -1, 0, WNOHANG | __WALL, 0) > 0) {
    }
    RawSyscall(SYS_rt_sigtimedwait, reinterpret_cast<long>(&child_signal), 0, 0,
               sizeof child_signal);
  }
}
#else
constexpr bool kPidNamespaceSupported = false;
int InitMain(void*) { return 0; }
alignas(64) char init_stack[64];
#endif

}  // namespace

int EnterNamespaces(const JoinedNamespaces& joined, bool pid) {
  constexpr int kShared = CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS;
  const bool root = geteuid() == 0;
  int entered = 0;
  if (!root) {
    if (joined.user >= 0) {
      if (setns(joined.user, CLONE_NEWUSER) != 0) return -1;
    } else if (const auto own = EnterOwnUserNamespace(); own.error != 0) {
      return own.half_done ? -1 : 0;  // refused at the unshare: none here, nothing changed
    }
    entered |= CLONE_NEWUSER;
  }
  if (joined.net >= 0) {
    // Prepared ones (EmptyRoot.h): entering costs a tenth of making a network namespace,
    // whose teardown the kernel does later besides.
    if (setns(joined.net, CLONE_NEWNET) != 0 || setns(joined.ipc, CLONE_NEWIPC) != 0 ||
        setns(joined.uts, CLONE_NEWUTS) != 0) {
      return -1;
    }
    entered |= kShared;
  } else if (unshare(kShared) == 0) {
    entered |= kShared;
  } else if (!root) {
    return -1;  // inside a user namespace of its own, a process may make these
  }
  // Only the caller's children enter it (see ExecInPidNamespace). A kernel may cap their
  // number (user.max_pid_namespaces): the run then goes on without one.
  if (pid && kPidNamespaceSupported && unshare(CLONE_NEWPID) == 0) entered |= CLONE_NEWPID;
  if (joined.mount >= 0) {
    if (setns(joined.mount, CLONE_NEWNS) != 0 || chdir("/") != 0) return -1;
    entered |= CLONE_NEWNS;
  }
  if (!root) {
    // The namespace's capabilities go too: the program runs with none, even inside it.
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2] = {};
    if (syscall(SYS_capset, &header, data) != 0) return -1;
  }
  return entered;
}

namespace {

// The steps before any namespace: the process group, and the cgroup files, opened now (an
// empty root has no /sys) but joined only by the program's own process: a PID namespace's
// holder and init are the sandbox's, not the run's.
void BeginSetup(const ChildPlan& plan, bool pid_namespace, int cgroup_files[2]) {
  report = ChildReport{};
  report_fd = plan.report_fd;
  if (setpgid(0, 0) != 0) ChildFail(Step::ProcessGroup, errno);
  const std::string* cgroup_paths[2] = {&plan.cgroup_procs, &plan.pids_procs};
  for (int i = 0; i < 2; ++i) {
    cgroup_files[i] = -1;
    if (cgroup_paths[i]->empty()) continue;
    cgroup_files[i] = open(cgroup_paths[i]->c_str(), O_WRONLY | O_CLOEXEC);
    if (cgroup_files[i] < 0) ChildFail(Step::Cgroup, errno);
  }
  if (plan.isolate) {
    report.namespaces = EnterNamespaces(plan.joined, pid_namespace);
    if (report.namespaces < 0) ChildFail(Step::Namespaces, errno);
  }
}

void FinishSetup(const ChildPlan& plan, const int cgroup_files[2]) {
  for (int i = 0; i < 2; ++i) {
    if (cgroup_files[i] < 0) continue;
    if (write(cgroup_files[i], "0", 1) != 1) ChildFail(Step::Cgroup, errno);
    close(cgroup_files[i]);
  }
  // Lift the descriptor soft limit if it is below kExecFd, to make room for dup2.
  rlimit nofile{};
  getrlimit(RLIMIT_NOFILE, &nofile);
  if (nofile.rlim_cur <= static_cast<rlim_t>(kExecFd) && nofile.rlim_max > kExecFd) {
    nofile.rlim_cur = kExecFd + 1;
    setrlimit(RLIMIT_NOFILE, &nofile);
  }
  if (dup2(plan.report_fd, kReportFd) < 0 || fcntl(kReportFd, F_SETFD, FD_CLOEXEC) != 0) {
    ChildFail(Step::Descriptors, errno);
  }
  report_fd = kReportFd;
  if (plan.ruleset_fd >= 0 &&
      (dup2(plan.ruleset_fd, kRulesetFd) < 0 || fcntl(kRulesetFd, F_SETFD, FD_CLOEXEC) != 0)) {
    ChildFail(Step::Descriptors, errno);
  }
  if ((plan.exec_fd >= 0 &&
       (dup2(plan.exec_fd, kExecFd) < 0 || fcntl(kExecFd, F_SETFD, FD_CLOEXEC) != 0)) ||
      dup2(plan.stdin_fd, 0) < 0 || dup2(plan.stdout_fd, 1) < 0 || dup2(plan.stderr_fd, 2) < 0) {
    ChildFail(Step::Descriptors, errno);
  }
  if (syscall(SYS_close_range, 3, plan.ruleset_fd >= 0 ? kRulesetFd - 1 : kReportFd - 1, 0) != 0 ||
      syscall(SYS_close_range, plan.exec_fd >= 0 ? kExecFd + 1 : kReportFd + 1, ~0U, 0) != 0) {
    ChildFail(Step::Descriptors, errno);
  }
  if (chdir(plan.working_dir.c_str()) != 0) ChildFail(Step::WorkingDir, errno);
  for (const auto& [resource, limit] : plan.limits) {
    if (setrlimit(resource, &limit) != 0) ChildFail(Step::Limits, errno);
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  report.inherited_maxrss_kb = usage.ru_maxrss;
  report.setup_cpu_us = CpuUs(usage) + chain_cpu_us;
  if (write(report_fd, &report, sizeof report) != static_cast<ssize_t>(sizeof report)) _exit(127);
  if (plan.drop_to_nobody) {
    if (setgroups(0, nullptr) != 0 || setresgid(kNobody, kNobody, kNobody) != 0 ||
        setresuid(kNobody, kNobody, kNobody) != 0) {
      ChildFail(Step::Identity, errno);
    }
  }
  if (setrlimit(RLIMIT_NPROC, &plan.processes) != 0) ChildFail(Step::Limits, errno);
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) ChildFail(Step::NoNewPrivs, errno);
  if (plan.ruleset_fd >= 0) {
    if (int err = RestrictSelf(kRulesetFd); err != 0) ChildFail(Step::Landlock, err);
    close(kRulesetFd);
  }
  if (int err = plan.policy->InstallInChild(getpid()); err != 0) ChildFail(Step::Seccomp, err);
}

[[noreturn]] void ExecProgram(const ChildPlan& plan) {
  syscall(SYS_execveat, kExecFd, "", plan.argv.data(), plan.envp.data(), AT_EMPTY_PATH);
  ChildFail(Step::Exec, errno);
}

// After unshare(CLONE_NEWPID) the caller stays outside; its children go in. So the process
// the supervisor knows becomes the holder: its first child is the namespace's init (PID 1),
// its second the program (PID 2, made by vfork: it execs at once, so nothing of the judge
// is copied for it). The program is not the init because an init ignores every signal it
// has no handler for, abort()'s SIGABRT included. The holder waits for the program, kills
// the init (and with it anything the program left behind), and ends as the program did:
// the supervisor sees its status, and rusage that counts the program's.
[[noreturn]] void ExecInPidNamespace(const ChildPlan& plan, const int cgroup_files[2]) {
  const pid_t init = clone(InitMain, init_stack + sizeof init_stack, CLONE_VM | SIGCHLD,
                           nullptr);
  if (init < 0) ChildFail(Step::PidNamespace, errno);
  chain_cpu_us = SelfCpuUs();
  const pid_t program = vfork();
  if (program == 0) {
    FinishSetup(plan, cgroup_files);
    ExecProgram(plan);
  }
  // The init dies with its holder (PR_SET_PDEATHSIG), and the namespace with it.
  if (program < 0) ChildFail(Step::PidNamespace, errno);
  // The supervisor waits for EOF on the run's pipes: the holder keeps none of them.
  syscall(SYS_close_range, 0, ~0U, 0);
  int status = 0;
  while (waitpid(program, &status, 0) < 0 && errno == EINTR) {
  }
  kill(init, SIGKILL);
  while (waitpid(init, nullptr, 0) < 0 && errno == EINTR) {
  }
  EndAs(status);
}

}  // namespace

void EnterSandbox(const ChildPlan& plan) {
  int cgroup_files[2];
  BeginSetup(plan, false, cgroup_files);
  FinishSetup(plan, cgroup_files);
}

void ExecInSandbox(const ChildPlan& plan) {
  int cgroup_files[2];
  BeginSetup(plan, true, cgroup_files);
  if ((report.namespaces & CLONE_NEWPID) != 0) ExecInPidNamespace(plan, cgroup_files);
  FinishSetup(plan, cgroup_files);
  ExecProgram(plan);
}

}  // namespace sandbox

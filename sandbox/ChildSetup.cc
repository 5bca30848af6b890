#include "sandbox/ChildSetup.h"

#include <fcntl.h>
#include <grp.h>
#include <linux/capability.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>

#include "sandbox/FileAccess.h"
#include "sandbox/OwnUserNamespace.h"

namespace sandbox {
namespace {

// The report of this child, filled in as the setup goes; one per process after fork.
ChildReport report;
int report_fd = -1;

[[noreturn]] void ChildFail(Step step, int err) {
  report.failed_step = static_cast<int>(step);
  report.error = err;
  (void)!write(report_fd, &report, sizeof report);
  _exit(127);
}

}  // namespace

int EnterNamespaces(int mount_ns, int user_ns) {
  constexpr int kShared = CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS;
  const bool root = geteuid() == 0;
  int entered = 0;
  if (!root) {
    if (user_ns >= 0) {
      if (setns(user_ns, CLONE_NEWUSER) != 0) return -1;
    } else if (const auto own = EnterOwnUserNamespace(); own.error != 0) {
      return own.half_done ? -1 : 0;  // refused at the unshare: none here, nothing changed
    }
    entered |= CLONE_NEWUSER;
  }
  if (unshare(kShared) == 0) {
    entered |= kShared;
  } else if (!root) {
    return -1;  // inside a user namespace of its own, a process may make these
  }
  if (mount_ns >= 0) {
    if (setns(mount_ns, CLONE_NEWNS) != 0 || chdir("/") != 0) return -1;
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

void EnterSandbox(const ChildPlan& plan) {
  report = ChildReport{};
  report_fd = plan.report_fd;
  if (setpgid(0, 0) != 0) ChildFail(Step::ProcessGroup, errno);
  for (const std::string* file : {&plan.cgroup_procs, &plan.pids_procs}) {
    if (file->empty()) continue;
    const int procs = open(file->c_str(), O_WRONLY | O_CLOEXEC);
    if (procs < 0 || write(procs, "0", 1) != 1) ChildFail(Step::Cgroup, errno);
    close(procs);
  }
  if (plan.isolate) {
    report.namespaces = EnterNamespaces(plan.mount_ns_fd, plan.user_ns_fd);
    if (report.namespaces < 0) ChildFail(Step::Namespaces, errno);
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
  report.setup_cpu_us = std::int64_t{usage.ru_utime.tv_sec + usage.ru_stime.tv_sec} * 1'000'000 +
                        usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
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

void ExecInSandbox(const ChildPlan& plan) {
  EnterSandbox(plan);
  syscall(SYS_execveat, kExecFd, "", plan.argv.data(), plan.envp.data(), AT_EMPTY_PATH);
  ChildFail(Step::Exec, errno);
}

}  // namespace sandbox

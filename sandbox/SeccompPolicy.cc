#include "sandbox/SeccompPolicy.h"

#include <fcntl.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <memory>
#include <cerrno>
#include <cstring>

namespace sandbox {
namespace {

// Stands for the child's pid in self-signal rules until InstallInChild patches it in: the
// filter is compiled before fork, when that pid is not yet known. Far above any pid_max.
constexpr std::uint32_t kSelfPidPlaceholder = 0x5e1f5e1f;

bool IsSelfPidCompare(const sock_filter& insn) {
  return insn.code == (BPF_JMP | BPF_JEQ | BPF_K) && insn.k == kSelfPidPlaceholder;
}

// Every system call that makes, changes or reaches an object kept per network, IPC or UTS
// namespace (SeccompPolicy::reaches_namespaced_objects). A socket is the only way into a
// network namespace's state (addresses, abstract Unix names, interfaces, routes: the
// ioctls and netlink need one); io_uring can open sockets of its own.
constexpr std::array kNamespacedObjectCalls = {
    "socket", "socketpair", "bind", "connect", "listen", "accept", "accept4", "sendto",
    "sendmsg", "sendmmsg", "recvfrom", "recvmsg", "recvmmsg", "setsockopt", "getsockopt",
    "io_uring_setup", "msgget", "msgsnd", "msgrcv", "msgctl", "semget", "semop", "semtimedop",
    "semctl", "shmget", "shmat", "shmdt", "shmctl", "mq_open", "mq_unlink", "mq_timedsend",
    "mq_timedreceive", "mq_notify", "mq_getsetattr", "sethostname", "setdomainname"};

}  // namespace

bool ReachesNamespacedObjects(const std::string& name) {
  return std::ranges::find(kNamespacedObjectCalls, name) != kNamespacedObjectCalls.end();
}

int SeccompPolicy::InstallInChild(pid_t self_pid) const {
  // A copy on the stack, so that patching allocates nothing after fork.
  std::array<sock_filter, BPF_MAXINSNS> patched;
  if (program_.size() > patched.size()) return E2BIG;
  for (std::size_t i = 0; i < program_.size(); ++i) {
    patched[i] = program_[i];
    if (IsSelfPidCompare(patched[i])) patched[i].k = static_cast<std::uint32_t>(self_pid);
  }
  sock_fprog prog{static_cast<unsigned short>(program_.size()), patched.data()};
  if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) != 0) return errno;
  return 0;
}

PolicyBuilder::PolicyBuilder() {
  // glibc tries clone3 first; ENOSYS sends it to clone, whose flags the filter can see.
  DenyWithErrno("clone3", ENOSYS);
  // The Launcher's own exec of the program, through kExecFd only (see its comment).
  Rule("execveat", SCMP_ACT_ALLOW,
       {SCMP_A0(SCMP_CMP_EQ, kExecFd), SCMP_A4(SCMP_CMP_MASKED_EQ, AT_EMPTY_PATH, AT_EMPTY_PATH)});
}

void PolicyBuilder::Rule(const std::string& name, std::uint32_t action,
                         std::vector<scmp_arg_cmp> args) {
  if (error_) return;
  if (seccomp_syscall_resolve_name(name.c_str()) == __NR_SCMP_ERROR) {
    error_ = SandboxError{"unknown system call '" + name + "' in policy"};
    return;
  }
  rules_[name].push_back(PendingRule{action, std::move(args)});
}

void PolicyBuilder::Allow(const std::string& name) { Rule(name, SCMP_ACT_ALLOW, {}); }

PolicyBuilder& PolicyBuilder::AllowExit() {
  for (const char* name : {"exit", "exit_group"}) Allow(name);
  return *this;
}

PolicyBuilder& PolicyBuilder::AllowStdio() {
  for (const char* name : {"read", "write", "readv", "writev", "pread64", "pwrite64", "lseek",
                           "fstat", "newfstatat", "close", "fcntl"}) {
    Allow(name);
  }
  // isatty() on stdout; the answer "not a terminal" is true and harmless.
  Rule("ioctl", SCMP_ACT_ERRNO(ENOTTY), {});
  return *this;
}

PolicyBuilder& PolicyBuilder::AllowMemory() {
  for (const char* name : {"brk", "mmap", "munmap", "mremap", "mprotect", "madvise"}) {
    Allow(name);
  }
  return *this;
}

PolicyBuilder& PolicyBuilder::AllowStaticStartup() {
  for (const char* name : {"arch_prctl", "set_tid_address", "set_robust_list", "rseq",
                           "getrandom", "futex", "uname", "sched_getaffinity"}) {
    Allow(name);
  }
  // Reading limits is fine (glibc sizes the stack); setting them never is.
  Rule("prlimit64", SCMP_ACT_ALLOW, {SCMP_A2(SCMP_CMP_EQ, 0)});
  Allow("getrlimit");
  // Static glibc looks up /proc/self/exe; where the binary lives is none of its business.
  Rule("readlink", SCMP_ACT_ERRNO(ENOENT), {});
  return *this;
}

PolicyBuilder& PolicyBuilder::AllowSignalsToSelf() {
  for (const char* name : {"rt_sigaction", "rt_sigprocmask", "rt_sigreturn", "sigaltstack"}) {
    Allow(name);
  }
  // abort() raises SIGABRT with tgkill(getpid(), gettid(), ...): allow aiming at itself
  // only, so kill(-1) or a signal to the judge (same uid when unprivileged) is fatal.
  for (const char* name : {"kill", "tgkill", "tkill"}) {
    Rule(name, SCMP_ACT_ALLOW, {SCMP_A0(SCMP_CMP_EQ, kSelfPidPlaceholder)});
  }
  return *this;
}

PolicyBuilder& PolicyBuilder::AllowTime() {
  for (const char* name : {"clock_gettime", "clock_getres", "gettimeofday", "time", "nanosleep",
                           "clock_nanosleep", "sched_yield", "getpid", "gettid", "getuid",
                           "geteuid", "getgid", "getegid", "times", "getrusage"}) {
    Allow(name);
  }
  return *this;
}

PolicyBuilder& PolicyBuilder::AllowInterpreterRuntime() {
  // futex: glibc's one-time initialisations (pthread_once) wake waiters even with one thread.
  for (const char* name : {"getrandom", "sched_getaffinity", "getcwd", "sysinfo", "dup", "dup2",
                           "dup3", "getrlimit", "madvise", "membarrier", "brk", "futex"}) {
    Allow(name);
  }
  Rule("prlimit64", SCMP_ACT_ALLOW, {SCMP_A2(SCMP_CMP_EQ, 0)});
  for (const char* name : {"open", "openat", "openat2"}) Rule(name, SCMP_ACT_ERRNO(EACCES), {});
  Rule("readlink", SCMP_ACT_ERRNO(ENOENT), {});
  return *this;
}

PolicyBuilder& PolicyBuilder::AllowFileSystem() {
  for (const char* name :
       {"open", "openat", "creat", "close", "stat", "lstat", "fstat", "newfstatat", "statx",
        "access", "faccessat", "faccessat2", "readlink", "readlinkat", "getdents64", "getcwd",
        "chdir", "mkdir", "rmdir", "unlink", "unlinkat", "rename", "renameat", "renameat2",
        "chmod", "fchmod", "umask", "ftruncate", "fsync", "fdatasync", "dup", "dup2", "dup3",
        "fcntl", "pipe", "pipe2", "utimensat", "lseek", "pread64", "pwrite64", "sysinfo",
        "fadvise64", "ioctl"}) {
    Allow(name);
  }
  return *this;
}

PolicyBuilder& PolicyBuilder::AllowProcesses() {
  for (const char* name : {"fork", "vfork", "clone", "execve", "execveat", "wait4", "waitid",
                           "kill", "tgkill", "rt_sigaction", "rt_sigprocmask", "rt_sigreturn",
                           "getrusage", "prlimit64", "getpid", "getppid"}) {
    Allow(name);
  }
  return *this;
}

PolicyBuilder& PolicyBuilder::DenyWithErrno(const std::string& syscall_name, int err) {
  Rule(syscall_name, SCMP_ACT_ERRNO(static_cast<std::uint32_t>(err)), {});
  return *this;
}

std::expected<SeccompPolicy, SandboxError> PolicyBuilder::Build() {
  if (error_) return std::unexpected(*error_);
  // An errno rule never runs the call; any other rule, even a conditional allow, may.
  const bool reaches_namespaced_objects = std::ranges::any_of(rules_, [](const auto& entry) {
    return ReachesNamespacedObjects(entry.first) &&
           std::ranges::any_of(entry.second, [](const PendingRule& rule) {
             return (rule.action & 0xffff0000U) != SCMP_ACT_ERRNO(0);
           });
  });
  std::unique_ptr<void, decltype(&seccomp_release)> ctx(seccomp_init(SCMP_ACT_KILL_PROCESS),
                                                         &seccomp_release);
  if (!ctx) return std::unexpected(SandboxError{"seccomp_init failed"});
  for (const auto& [name, rules] : rules_) {
    const int nr = seccomp_syscall_resolve_name(name.c_str());
    const bool allowed_always = std::ranges::any_of(rules, [](const PendingRule& rule) {
      return rule.action == SCMP_ACT_ALLOW && rule.args.empty();
    });
    for (const PendingRule& rule : rules) {
      if (allowed_always && !(rule.action == SCMP_ACT_ALLOW && rule.args.empty())) continue;
      const int rc = seccomp_rule_add_array(ctx.get(), rule.action, nr,
                                            static_cast<unsigned>(rule.args.size()),
                                            rule.args.empty() ? nullptr : rule.args.data());
      if (rc != 0) return std::unexpected(ErrnoError("seccomp_rule_add(" + name + ")", -rc));
      if (allowed_always) break;
    }
  }
  // libseccomp writes the BPF to a descriptor; a memfd keeps it off the file system.
  const int fd = memfd_create("seccomp-bpf", MFD_CLOEXEC);
  if (fd < 0) return std::unexpected(ErrnoError("memfd_create", errno));
  if (const int rc = seccomp_export_bpf(ctx.get(), fd); rc != 0) {
    close(fd);
    return std::unexpected(ErrnoError("seccomp_export_bpf", -rc));
  }
  const off_t size = lseek(fd, 0, SEEK_END);
  std::vector<sock_filter> program(static_cast<std::size_t>(size) / sizeof(sock_filter));
  const ssize_t got = pread(fd, program.data(), static_cast<std::size_t>(size), 0);
  const int read_errno = errno;
  close(fd);
  if (got != size) return std::unexpected(ErrnoError("reading the exported BPF", read_errno));
  if (program.empty() || program.size() > BPF_MAXINSNS) {
    return std::unexpected(SandboxError{"seccomp program has " + std::to_string(program.size()) +
                                        " instructions"});
  }
  return SeccompPolicy(std::move(program), reaches_namespaced_objects);
}

}  // namespace sandbox

#include "sandbox/Launcher.h"

#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <optional>

#include <spdlog/spdlog.h>

#include "sandbox/ChildSetup.h"
#include "sandbox/EmptyRoot.h"
#include "sandbox/ForkServer.h"
#include "sandbox/MemoryCgroup.h"
#include "sandbox/MemoryFile.h"
#include "sandbox/PidsCgroup.h"
#include "sandbox/ProcStatus.h"
#include "sandbox/SandboxSupport.h"
#include "sandbox/SocketMessage.h"

namespace sandbox {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::int64_t kPollIntervalMs = 5;
// Closes a descriptor when it goes out of scope.
class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  Fd(Fd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
  Fd& operator=(Fd&& other) noexcept {
    Reset(std::exchange(other.fd_, -1));
    return *this;
  }
  ~Fd() { Reset(); }
  int get() const { return fd_; }
  void Reset(int fd = -1) {
    if (fd_ >= 0) close(fd_);
    fd_ = fd;
  }

 private:
  int fd_;
};

std::expected<std::pair<Fd, Fd>, SandboxError> MakePipe() {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return std::unexpected(ErrnoError("pipe2", errno));
  return std::pair{Fd(fds[0]), Fd(fds[1])};
}

// The child's report channel: a pipe would do but for one thing, the program's process id.
// Inside a PID namespace the program knows only its own (2); a message on a socket whose
// reader asked for credentials carries the sender's, as the reader's namespace numbers it.
std::expected<std::pair<Fd, Fd>, SandboxError> MakeReportChannel() {
  int fds[2];
  if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, fds) != 0) {
    return std::unexpected(ErrnoError("socketpair", errno));
  }
  const int on = 1;
  if (setsockopt(fds[0], SOL_SOCKET, SO_PASSCRED, &on, sizeof on) != 0) {
    const int err = errno;
    close(fds[0]);
    close(fds[1]);
    return std::unexpected(ErrnoError("setsockopt(SO_PASSCRED)", err));
  }
  return std::pair{Fd(fds[0]), Fd(fds[1])};
}

// `inherited_address_space`: what a fork server's child starts with (the warm interpreter)
// and should not be charged for when RLIMIT_AS stands in for the cgroup.
std::vector<std::pair<int, rlimit>> RlimitsFor(const RunLimits& limits, bool memory_by_rlimit,
                                               std::int64_t inherited_address_space) {
  auto fixed = [](std::int64_t value) {
    return rlimit{static_cast<rlim_t>(value), static_cast<rlim_t>(value)};
  };
  // A second of slack past the CPU limit: the supervisor stops the run on time, SIGXCPU and
  // then SIGKILL are only the backstop should it be late.
  const std::int64_t cpu_seconds = (limits.cpu_time_ms + 999) / 1000 + 1;
  std::vector<std::pair<int, rlimit>> result = {
      {RLIMIT_CPU, rlimit{static_cast<rlim_t>(cpu_seconds), static_cast<rlim_t>(cpu_seconds + 1)}},
      {RLIMIT_STACK, fixed(limits.stack_bytes)},
      {RLIMIT_FSIZE, fixed(limits.file_size_bytes)},
      {RLIMIT_NOFILE, fixed(limits.open_files)},
      {RLIMIT_CORE, fixed(0)},
      {RLIMIT_MEMLOCK, fixed(0)},
      {RLIMIT_MSGQUEUE, fixed(0)},
  };
  if (memory_by_rlimit) {
    result.push_back({RLIMIT_AS, fixed(limits.memory_bytes + inherited_address_space)});
  }
  return result;
}

std::int64_t ProcessCpuUs(pid_t pid) {
  clockid_t clock;
  timespec now{};
  if (clock_getcpuclockid(pid, &clock) != 0 || clock_gettime(clock, &now) != 0) return 0;
  return std::int64_t{now.tv_sec} * 1'000'000 + now.tv_nsec / 1000;
}

// One output stream of the child: keeps up to `keep` bytes, counts all of them.
struct Drain {
  Fd fd;
  std::string* kept;
  std::int64_t keep;
  std::int64_t total = 0;
  bool open = true;

  // Reads what is there now. Returns false at end of stream.
  bool ReadAvailable() {
    char buffer[1 << 16];
    while (open) {
      const ssize_t n = read(fd.get(), buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return true;  // EAGAIN: nothing more for now
      if (n == 0) {
        open = false;
        break;
      }
      total += n;
      const std::int64_t room = std::max<std::int64_t>(0, keep - std::ssize(*kept));
      kept->append(buffer, static_cast<std::size_t>(std::min<std::int64_t>(room, n)));
    }
    return open;
  }
};

void KillGroup(pid_t pid) {
  kill(-pid, SIGKILL);
  kill(pid, SIGKILL);
}

}  // namespace

SandboxIdentity RunIdentity() {
  if (geteuid() == 0) return {kNobody, kNobody};
  return {getuid(), getgid()};
}

std::expected<RunResult, SandboxError> Launch(const LaunchSpec& spec) {
  const bool served = spec.fork_server != nullptr;
  if (spec.policy == nullptr && !served) {
    return std::unexpected(SandboxError{"no seccomp policy given"});
  }
  if (!SeccompAvailable()) {
    return std::unexpected(SandboxError{"this kernel offers no seccomp filters: the judge "
                                        "refuses to run untrusted code (see judge doctor)"});
  }
  if (spec.limits.open_files < 4 || spec.limits.open_files >= kReportFd) {
    return std::unexpected(SandboxError{"open_files must be in [4, " +
                                        std::to_string(kReportFd) + ")"});
  }
  Fd exec_fd(served ? -1 : open(spec.executable.c_str(), O_RDONLY | O_CLOEXEC));
  if (!served && exec_fd.get() < 0) {
    return std::unexpected(ErrnoError("open " + spec.executable.string(), errno));
  }
  auto ruleset = MakeLandlockRuleset(spec.files, exec_fd.get());
  if (!ruleset) return std::unexpected(ruleset.error());
  Fd ruleset_fd(*ruleset);
  const int landlock_abi = ruleset_fd.get() >= 0 ? LandlockAbi() : 0;
  auto stdin_file = MemoryFileWith("stdin", spec.stdin_data);
  if (!stdin_file) return std::unexpected(stdin_file.error());
  Fd stdin_fd(*stdin_file);
  auto out = MakePipe();
  auto err = MakePipe();
  auto report = MakeReportChannel();
  if (!out || !err || !report) {
    return std::unexpected(!out ? out.error() : !err ? err.error() : report.error());
  }

  for (int fd : {exec_fd.get(), ruleset_fd.get(), stdin_fd.get(), out->second.get(),
                 err->second.get(), report->second.get()}) {
    // The child moves descriptors by number; these must not collide with 0-2, kRulesetFd
    // or kReportFd (-1: a fork server's child has no exec descriptor; no Landlock).
    if (fd == -1 && (fd == exec_fd.get() || fd == ruleset_fd.get())) continue;
    if (fd < 3 || fd >= kRulesetFd) {
      return std::unexpected(SandboxError{"descriptor " + std::to_string(fd) +
                                          " out of the range the launcher can move"});
    }
  }

  std::optional<MemoryCgroup> cgroup;
  if (auto created = MemoryCgroup::Create(spec.limits.memory_bytes, spec.limits.processes);
      created) {
    cgroup.emplace(std::move(*created));
  } else {
    spdlog::debug("memory by rlimit: {}", created.error().message);
  }
  // RLIMIT_NPROC counts the user's processes everywhere (root ignores it); a pids cgroup
  // counts the run's own, whoever runs it.
  std::optional<PidsCgroup> pids;
  if (!cgroup || !cgroup->limits_pids()) {
    if (auto created = PidsCgroup::Create(spec.limits.processes); created) {
      pids.emplace(std::move(*created));
    } else {
      spdlog::debug("processes by rlimit only: {}", created.error().message);
    }
  }

  // A run that may touch no file sees none: an empty, read-only root (where the kernel
  // allows; Landlock confines it all the same).
  EmptyRoot empty_root;
  if (spec.files.allowed.empty()) {
    if (auto shared = SharedEmptyRoot(); shared) {
      empty_root = *shared;
    } else {
      spdlog::debug("no empty root: {}", shared.error().message);
    }
  }

  std::vector<std::string> argv_storage = spec.argv;
  if (argv_storage.empty()) argv_storage.push_back(spec.executable.string());
  std::vector<std::string> env_storage = spec.env;
  ChildPlan plan{
      .policy = spec.policy,
      .argv = {},
      .envp = {},
      .working_dir = empty_root.mount_ns >= 0 ? "/" : spec.working_dir.string(),
      .cgroup_procs = cgroup ? cgroup->procs_file() : "",
      .pids_procs = pids ? pids->procs_file() : "",
      .stdin_fd = stdin_fd.get(),
      .stdout_fd = out->second.get(),
      .stderr_fd = err->second.get(),
      .report_fd = report->second.get(),
      .exec_fd = exec_fd.get(),
      .ruleset_fd = ruleset_fd.get(),
      .limits = RlimitsFor(spec.limits, !cgroup,
                           served ? spec.fork_server->AddressSpaceBytes() : 0),
      .processes = rlimit{static_cast<rlim_t>(spec.limits.processes),
                          static_cast<rlim_t>(spec.limits.processes)},
      .drop_to_nobody = geteuid() == 0,
      .joined = {.user = empty_root.user_ns, .mount = empty_root.mount_ns},
  };
  // The empty root's network, IPC and UTS namespaces hold nothing, and a run whose policy
  // can make nothing in them (no socket, no System V or POSIX IPC, no host name; see
  // SeccompPolicy::reaches_namespaced_objects) can leave nothing there for another run,
  // nor find anything; a run that may open files, the compiler, gets new ones all the same.
  const SeccompPolicy& run_policy = served ? spec.fork_server->policy() : *spec.policy;
  if (empty_root.mount_ns >= 0 && empty_root.net_ns >= 0 &&
      !run_policy.reaches_namespaced_objects()) {
    plan.joined.net = empty_root.net_ns;
    plan.joined.ipc = empty_root.ipc_ns;
    plan.joined.uts = empty_root.uts_ns;
  }
  for (auto& arg : argv_storage) plan.argv.push_back(arg.data());
  plan.argv.push_back(nullptr);
  for (auto& var : env_storage) plan.envp.push_back(var.data());
  plan.envp.push_back(nullptr);

  const auto started = Clock::now();
  pid_t pid = -1;
  Fd pidfd, exit_channel;
  if (served) {
    auto child = spec.fork_server->Spawn(plan, spec.payload);
    if (!child) return std::unexpected(child.error());
    pid = child->pid;
    pidfd.Reset(child->pidfd);
    exit_channel.Reset(child->channel);
  } else {
    pid = fork();
    if (pid < 0) return std::unexpected(ErrnoError("fork", errno));
    if (pid == 0) ExecInSandbox(plan);
    pidfd.Reset(static_cast<int>(syscall(SYS_pidfd_open, pid, 0)));
  }

  // The parent keeps only its ends.
  out->second.Reset();
  err->second.Reset();
  report->second.Reset();
  stdin_fd.Reset();
  exec_fd.Reset();
  ruleset_fd.Reset();

  // A fork server's child is the server's to reap; it reports the status and usage.
  auto reap = [pid, &exit_channel](int* status, rusage* usage) {
    if (exit_channel.get() >= 0) {
      auto ended = ForkServer::AwaitExit(exit_channel.get());
      *status = ended ? ended->status : W_EXITCODE(0, SIGKILL);
      *usage = ended ? ended->usage : rusage{};
      return;
    }
    while (wait4(pid, status, 0, usage) < 0 && errno == EINTR) {
    }
  };
  // First the baseline, then EOF (exec succeeded: the descriptor closed on exec) or a failure.
  // The program's own process: `pid` itself, or, in a PID namespace, the holder's child,
  // which wrote the baseline. Its CPU clock is the one to watch.
  pid_t program = pid;
  ChildReport baseline, failure;
  ssize_t got = ReceiveMessage(report->first.get(), &baseline, sizeof baseline, nullptr, &program);
  if (got != static_cast<ssize_t>(sizeof baseline) || baseline.failed_step >= 0) program = pid;
  // A holder must outlive its program: it reaps it (so the program's usage reaches the
  // supervisor) before it takes the namespace down. Killed together, the program would be
  // left a zombie of whatever reaps orphans here, and the namespace's init would wait for
  // it forever. So only the program is killed, through a pidfd, which cannot name another.
  const bool held = program != pid;
  Fd program_fd(held ? static_cast<int>(syscall(SYS_pidfd_open, program, 0)) : -1);
  const auto stop = [&] {
    if (held && program_fd.get() >= 0) {
      syscall(SYS_pidfd_send_signal, program_fd.get(), SIGKILL, nullptr, 0);
    } else {
      KillGroup(pid);  // no pidfd: the program is gone already, or a stop must not wait
    }
  };
  if (got == static_cast<ssize_t>(sizeof baseline) && baseline.failed_step < 0) {
    got = ReceiveMessage(report->first.get(), &failure, sizeof failure, nullptr, nullptr);
  } else {
    failure = baseline;
  }
  if (got != 0) {
    int status;
    rusage usage;
    stop();
    reap(&status, &usage);
    if (got == static_cast<ssize_t>(sizeof failure) && failure.failed_step >= 0 &&
        failure.failed_step < static_cast<int>(Step::kCount)) {
      return std::unexpected(ErrnoError(
          std::string("sandbox setup failed at ") + kStepNames[failure.failed_step],
          failure.error));
    }
    return std::unexpected(SandboxError{"sandbox setup died before exec"});
  }

  RunResult result;
  Drain drains[2] = {
      {std::move(out->first), &result.stdout_data, spec.limits.output_bytes},
      {std::move(err->first), &result.stderr_data, RunResult::kStderrKeptBytes},
  };
  const std::int64_t caps[2] = {spec.limits.output_bytes, spec.limits.stderr_cap()};
  const auto over_cap = [&] { return drains[0].total > caps[0] || drains[1].total > caps[1]; };
  for (auto& drain : drains) fcntl(drain.fd.get(), F_SETFL, O_NONBLOCK);
  if (pidfd.get() < 0) {
    stop();
    int status;
    rusage usage;
    reap(&status, &usage);
    return std::unexpected(ErrnoError("pidfd_open", errno));
  }

  enum class StopReason { None, Output, CpuTime, WallTime, IdleCpu, IdleWall };
  StopReason stopped = StopReason::None;
  std::int64_t sampled_hwm = 0;
  bool exited = false;
  // The CPU time and the moment of the last stdout growth, for the idle limits.
  std::int64_t progress_stdout = 0;
  std::int64_t progress_cpu_us = 0;
  auto progress_at = started;
  while (!exited) {
    pollfd fds[3] = {{drains[0].fd.get(), POLLIN, 0},
                     {drains[1].fd.get(), POLLIN, 0},
                     {pidfd.get(), POLLIN, 0}};
    for (int i = 0; i < 2; ++i) {
      if (!drains[i].open) fds[i].fd = -1;
    }
    if (poll(fds, 3, kPollIntervalMs) < 0 && errno != EINTR) {
      stop();
      break;
    }
    for (auto& drain : drains) drain.ReadAvailable();
    exited = (fds[2].revents & POLLIN) != 0;
    if (stopped != StopReason::None) continue;  // killed; waiting for it to be gone
    const auto now = Clock::now();
    const auto wall_ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(now - started).count();
    // The program's own CPU: what the sandbox's setup used before exec is not its.
    const std::int64_t cpu_us = exited ? 0 : ProcessCpuUs(program) - baseline.setup_cpu_us;
    if (drains[0].total != progress_stdout) {
      progress_stdout = drains[0].total;
      progress_cpu_us = cpu_us;
      progress_at = now;
    }
    const auto idle_wall_ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(now - progress_at).count();
    if (over_cap()) {
      stopped = StopReason::Output;
    } else if (exited) {
      // Gone already: nothing to stop; the final accounting below decides.
    } else if (cpu_us > spec.limits.cpu_time_ms * 1000) {
      stopped = StopReason::CpuTime;
    } else if (wall_ms > spec.limits.wall_time_ms) {
      stopped = StopReason::WallTime;
    } else if (spec.limits.idle_cpu_time_ms > 0 &&
               cpu_us - progress_cpu_us > spec.limits.idle_cpu_time_ms * 1000) {
      stopped = StopReason::IdleCpu;
    } else if (spec.limits.idle_wall_time_ms > 0 && idle_wall_ms > spec.limits.idle_wall_time_ms) {
      stopped = StopReason::IdleWall;
    }
    if (stopped != StopReason::None) stop();
    if (!cgroup && !exited) sampled_hwm = std::max(sampled_hwm, ProcStatusBytes(program, "VmHWM"));
  }
  int status = 0;
  rusage usage{};
  reap(&status, &usage);
  // Anything the program forked is killed with its group, so the pipes reach EOF.
  KillGroup(pid);
  for (auto& drain : drains) {
    fcntl(drain.fd.get(), F_SETFL, 0);
    while (drain.ReadAvailable() && !over_cap()) {
    }
  }
  result.stderr_bytes = drains[1].total;
  if (stopped == StopReason::None && over_cap()) stopped = StopReason::Output;

  Usage& use = result.usage;
  use.wall_time_us =
      std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started).count();
  use.cpu_time_us = std::max<std::int64_t>(
      0, std::int64_t{usage.ru_utime.tv_sec + usage.ru_stime.tv_sec} * 1'000'000 +
             usage.ru_utime.tv_usec + usage.ru_stime.tv_usec - baseline.setup_cpu_us);
  const std::int64_t maxrss = std::int64_t{usage.ru_maxrss} * 1024;
  const std::int64_t inherited = baseline.inherited_maxrss_kb * 1024;
  if (cgroup) {
    use.peak_memory_bytes = cgroup->PeakBytes();
    use.memory_source = MemorySource::Cgroup;
  } else if (maxrss > inherited) {
    // ru_maxrss keeps the high-water mark inherited across exec from the judge; only a
    // figure above it belongs to the program (see ARCHITECTURE.md).
    use.peak_memory_bytes = maxrss;
    use.memory_source = MemorySource::Rusage;
  } else if (sampled_hwm > 0) {
    use.peak_memory_bytes = sampled_hwm;
    use.memory_source = MemorySource::Sampled;
  } else {
    use.peak_memory_bytes = inherited;
    use.memory_source = MemorySource::Inherited;
  }

  const bool over_memory_by_rlimit =
      !cgroup && use.memory_source != MemorySource::Inherited &&
      use.peak_memory_bytes * 10 >= spec.limits.memory_bytes * 9;
  const bool abnormal = WIFSIGNALED(status) || (WIFEXITED(status) && WEXITSTATUS(status) != 0);
  const bool cpu_over = use.cpu_time_us > spec.limits.cpu_time_ms * 1000;
  if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);

  // A program stopped for time while its cgroup sat at the cap was thrashing in the
  // kernel's reclaim on its way to the OOM killer (under cgroup v1 that takes ~0.75 s of
  // CPU here): its problem is memory, not speed.
  const bool stopped_for_time = stopped != StopReason::None && stopped != StopReason::Output;
  const bool thrashing_at_cap = cgroup && stopped_for_time &&
                                use.peak_memory_bytes >= spec.limits.memory_bytes - (1 << 20);
  if (stopped == StopReason::Output) {
    result.status = RunStatus::OutputLimit;
    const int stream = drains[0].total > caps[0] ? 0 : 1;
    result.reason = std::string(stream == 0 ? "stdout" : "stderr") + " exceeded " +
                    std::to_string(caps[stream]) + " bytes";
  } else if ((cgroup && cgroup->OomKilled()) || thrashing_at_cap) {
    result.status = RunStatus::MemoryLimit;
    result.reason = "memory limit (" + std::to_string(spec.limits.memory_bytes >> 20) + " MiB)";
  } else if (stopped == StopReason::IdleCpu) {
    result.status = RunStatus::Timeout;
    result.reason = "CPU time limit (" + std::to_string(spec.limits.idle_cpu_time_ms) +
                    " ms without progress)";
  } else if (stopped == StopReason::IdleWall) {
    result.status = RunStatus::Timeout;
    result.reason = "wall time limit (" + std::to_string(spec.limits.idle_wall_time_ms) +
                    " ms without progress)";
  } else if (stopped == StopReason::WallTime) {
    result.status = RunStatus::Timeout;
    result.reason = "wall time limit (" + std::to_string(spec.limits.wall_time_ms) + " ms)";
  } else if (stopped == StopReason::CpuTime || cpu_over ||
             (WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU)) {
    result.status = RunStatus::Timeout;
    result.reason = "CPU time limit (" + std::to_string(spec.limits.cpu_time_ms) + " ms)";
  } else if (abnormal && over_memory_by_rlimit) {
    result.status = RunStatus::MemoryLimit;
    result.reason = "memory limit (" + std::to_string(spec.limits.memory_bytes >> 20) + " MiB)";
  } else if (WIFSIGNALED(status) && WTERMSIG(status) == SIGSYS) {
    result.status = RunStatus::Violation;
    result.reason = "forbidden system call";
  } else if (WIFSIGNALED(status) && WTERMSIG(status) == SIGXFSZ) {
    result.status = RunStatus::OutputLimit;
    result.reason = "file size limit";
  } else if (WIFSIGNALED(status)) {
    result.status = RunStatus::Signaled;
    result.reason = strsignal(WTERMSIG(status));
  } else {
    result.status = RunStatus::Exited;
  }
  spdlog::debug("ran {}: {} exit={} signal={} cpu={}us (user {}us) wall={}us mem={}B faults={} "
                "namespaces={:#x} landlock={}",
                served ? "a fork server's child" : spec.executable.string(),
                RunStatusName(result.status), result.exit_code, result.signal, use.cpu_time_us,
                std::int64_t{usage.ru_utime.tv_sec} * 1'000'000 + usage.ru_utime.tv_usec,
                use.wall_time_us, use.peak_memory_bytes, usage.ru_minflt, baseline.namespaces,
                landlock_abi);
  return result;
}

}  // namespace sandbox

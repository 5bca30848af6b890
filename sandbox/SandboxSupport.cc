#include "sandbox/SandboxSupport.h"

#include <linux/seccomp.h>
#include <sched.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "sandbox/ChildSetup.h"
#include "sandbox/EmptyRoot.h"
#include "sandbox/FileAccess.h"
#include "sandbox/MemoryCgroup.h"
#include "sandbox/PidsCgroup.h"

namespace sandbox {
namespace {

std::string NamespaceNames(int flags) {
  std::string names;
  for (const auto& [flag, name] : {std::pair{CLONE_NEWUSER, "user"}, {CLONE_NEWNET, "network"},
                                   {CLONE_NEWIPC, "IPC"}, {CLONE_NEWUTS, "UTS"},
                                   {CLONE_NEWPID, "PID"}, {CLONE_NEWNS, "mount"}}) {
    if ((flags & flag) != 0) names += names.empty() ? name : std::string(", ") + name;
  }
  return names;
}

}  // namespace

int ProbeNamespaces() {
  int pipe_fds[2];
  if (pipe2(pipe_fds, O_CLOEXEC) != 0) return 0;
  const pid_t pid = fork();
  if (pid == 0) {
    close(pipe_fds[0]);
    const auto root = SharedEmptyRoot();
    JoinedNamespaces joined;
    if (root) {
      joined = {.user = root->user_ns, .mount = root->mount_ns, .net = root->net_ns,
                .ipc = root->ipc_ns, .uts = root->uts_ns};
    }
    const int flags = EnterNamespaces(joined, true);
    (void)!write(pipe_fds[1], &flags, sizeof flags);
    _exit(0);
  }
  close(pipe_fds[1]);
  int flags = 0;
  if (pid < 0 || read(pipe_fds[0], &flags, sizeof flags) != sizeof flags) flags = 0;
  close(pipe_fds[0]);
  if (pid > 0) {
    while (waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
  return flags;
}

bool SeccompAvailable() {
  static const bool available = [] {
    unsigned action = SECCOMP_RET_KILL_PROCESS;
    return syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &action) == 0;
  }();
  return available;
}

std::vector<SandboxLayer> ProbeSandboxLayers() {
  std::vector<SandboxLayer> layers;
  layers.push_back({"seccomp", SeccompAvailable(),
                    SeccompAvailable() ? "allowlists, kill by default, per runner"
                                       : "the kernel does not offer seccomp filters",
                    true});
  layers.push_back({"rlimits", true, "CPU, stack, files, descriptors, processes, no core dumps",
                    true});
  const bool root = geteuid() == 0;
  layers.push_back({"unprivileged uid", true,
                    root ? "programs run as nobody (65534), no groups, no_new_privs"
                         : "programs run as the judge's own user, no_new_privs"});
  const int namespaces = ProbeNamespaces();
  const auto prepared = SharedEmptyRoot();
  const bool shared = prepared && prepared->net_ns >= 0;
  layers.push_back({"namespaces", namespaces != 0,
                    namespaces != 0 ? NamespaceNames(namespaces) +
                                          " namespaces of the sandbox's own (no network "
                                          "interface but loopback, no IPC or host name shared "
                                          "with the machine)" +
                                          (shared ? "; the network, IPC and UTS ones are made "
                                                    "once and shared by runs that can make "
                                                    "nothing in them (no socket, IPC object "
                                                    "or host name), new for each compile"
                                                  : "")
                    : root ? "the kernel refused new network, IPC and UTS namespaces"
                           : "user namespaces are off for unprivileged users here (e.g. "
                             "kernel.unprivileged_userns_clone=0 or AppArmor's restriction)"});
  const auto empty_root = SharedEmptyRoot();
  layers.push_back({"mount namespace", empty_root.has_value() && (namespaces & CLONE_NEWNS) != 0,
                    empty_root ? "programs that may touch no file (compiled solutions, Python "
                                 "children) see an empty, read-only root; the compiler sees "
                                 "the host's, confined by Landlock"
                               : empty_root.error().message + "; Landlock alone confines files"});
  layers.push_back({"PID namespace", (namespaces & CLONE_NEWPID) != 0,
                    (namespaces & CLONE_NEWPID) != 0
                        ? "compiled programs and the compiler run as PID 2 under an init of "
                          "the sandbox's own: they see no other process, and nothing they "
                          "start outlives them (Python children, which may start no process, "
                          "run without: it would cost a second copy of the interpreter)"
                        : "the kernel refused a new PID namespace (user.max_pid_namespaces?); "
                          "a run's process group and pids cgroup are killed instead"});
  const int abi = LandlockAbi();
  layers.push_back({"Landlock", abi > 0,
                    abi > 0 ? "ABI " + std::to_string(abi) +
                                  ": programs reach no file; the compiler reads the toolchain "
                                  "and writes its work folder" +
                                  std::string(abi >= 4 ? "; no TCP" : "") +
                                  std::string(abi >= 6 ? "; no signal leaves the run" : "")
                            : "the kernel has no Landlock (or it is not in the LSM list)"});
  const auto cgroup = MemoryCgroup::Describe();
  layers.push_back({"memory cgroup", cgroup.has_value(),
                    cgroup ? *cgroup + ": exact peak, swap off, OOM kill"
                           : cgroup.error() + "; memory is capped by RLIMIT_AS instead"});
  const auto pids = PidsCgroup::Describe();
  layers.push_back({"pids cgroup", pids.has_value(),
                    pids ? *pids + ": a run's processes and threads are counted and capped"
                         : pids.error() + "; RLIMIT_NPROC caps the user's processes instead "
                                          "(where a memory cgroup v2 has the pids controller, "
                                          "it caps them there)"});
  return layers;
}

}  // namespace sandbox

// Launcher: runs one program in the sandbox (fork → process group → cgroup → rlimits →
// unprivileged uid → no_new_privs → Landlock → seccomp → exec, or the same steps in a child
// of a ForkServer) and supervises it to the end.
#pragma once

#include <sys/types.h>

#include <expected>
#include <filesystem>
#include <string>
#include <vector>

#include "sandbox/FileAccess.h"
#include "sandbox/RunLimits.h"
#include "sandbox/RunResult.h"
#include "sandbox/SandboxError.h"
#include "sandbox/SeccompPolicy.h"

namespace sandbox {
class ForkServer;
}

namespace sandbox {

struct LaunchSpec {
  std::filesystem::path executable;  // opened by the supervisor, exec'd through kExecFd
  // Instead of an executable: a child of this fork server runs its entry on `payload`,
  // under the server's policy (then `policy`, `executable`, `argv` and `env` are unused).
  const ForkServer* fork_server = nullptr;
  std::string payload;
  std::vector<std::string> argv;     // argv[0] included; empty means {executable}
  std::vector<std::string> env;      // "KEY=value"; nothing is inherited from the judge
  std::filesystem::path working_dir = "/";
  std::string stdin_data;
  RunLimits limits;
  const SeccompPolicy* policy = nullptr;  // required
  // The files the program may touch, where the kernel has Landlock: by default none (its
  // own executable is always allowed to run).
  FileAccess files;
};

/// The program's result, or an error of the sandbox itself (which must never become a
/// verdict against the program). Safe to call from several threads at once.
std::expected<RunResult, SandboxError> Launch(const LaunchSpec& spec);

/// The uid and gid programs run as: the caller's own, or nobody (65534) when the judge runs
/// as root. Files a program must write to belong to this identity.
struct SandboxIdentity {
  uid_t uid;
  gid_t gid;
};
SandboxIdentity RunIdentity();

}  // namespace sandbox

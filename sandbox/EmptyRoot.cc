#include "sandbox/EmptyRoot.h"

#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <string>

#include "sandbox/OwnUserNamespace.h"

namespace sandbox {
namespace {

enum class MakeStep : int { UserNamespace, MountNamespace, Private, Tmpfs, PivotRoot, Detach,
                            ReadOnly, kCount };
constexpr std::array<const char*, static_cast<int>(MakeStep::kCount)> kMakeStepNames = {
    "a user namespace", "a mount namespace", "making the mounts private",
    "mounting a tmpfs", "pivot_root", "detaching the old root", "remounting read-only"};

struct MakeReport {
  int step = -1;  // -1: made
  int error = 0;
  bool network_ipc_uts = false;  // whether the network, IPC and UTS namespaces were made too
};

// Any directory of the host serves as the new root's mount point: the namespace is private,
// so the mount never shows outside it.
constexpr const char* kMountPoint = "/tmp";

// In the maker child: only system calls (the judge may already have threads).
MakeReport MakeInThisProcess() {
  const auto fail = [](MakeStep step) { return MakeReport{static_cast<int>(step), errno}; };
  if (geteuid() != 0) {
    if (const auto own = EnterOwnUserNamespace(); own.error != 0) {
      return MakeReport{static_cast<int>(MakeStep::UserNamespace), own.error};
    }
  }
  if (unshare(CLONE_NEWNS) != 0) return fail(MakeStep::MountNamespace);
  if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) return fail(MakeStep::Private);
  if (mount("judge-empty-root", kMountPoint, "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC,
            "size=4k,nr_inodes=4,mode=0555") != 0) {
    return fail(MakeStep::Tmpfs);
  }
  // pivot_root(".", ".") stacks the old root on the new one; detaching it leaves only the
  // tmpfs, with no path back to the host's file system.
  if (chdir(kMountPoint) != 0 || syscall(SYS_pivot_root, ".", ".") != 0) {
    return fail(MakeStep::PivotRoot);
  }
  if (umount2(".", MNT_DETACH) != 0 || chdir("/") != 0) return fail(MakeStep::Detach);
  if (mount(nullptr, "/", nullptr,
            MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, nullptr) != 0) {
    return fail(MakeStep::ReadOnly);
  }
  // Optional: where the kernel refuses them, each run makes its own (or goes without).
  MakeReport made;
  made.network_ipc_uts = unshare(CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS) == 0;
  return made;
}

std::expected<EmptyRoot, SandboxError> Make() {
  int made[2], opened[2];
  if (pipe2(made, O_CLOEXEC) != 0) return std::unexpected(ErrnoError("pipe", errno));
  if (pipe2(opened, O_CLOEXEC) != 0) {
    close(made[0]);
    close(made[1]);
    return std::unexpected(ErrnoError("pipe", errno));
  }
  const pid_t maker = fork();
  if (maker == 0) {
    close(made[0]);
    close(opened[1]);
    const MakeReport report = MakeInThisProcess();
    (void)!write(made[1], &report, sizeof report);
    // Alive until the judge has opened the namespaces (it then closes its end); they
    // outlive this process.
    char done;
    (void)!read(opened[0], &done, 1);
    _exit(0);
  }
  close(made[1]);
  close(opened[0]);
  MakeReport report{static_cast<int>(MakeStep::MountNamespace), EAGAIN};
  std::expected<EmptyRoot, SandboxError> result = std::unexpected(ErrnoError("fork", errno));
  if (maker > 0) {
    if (read(made[0], &report, sizeof report) != static_cast<ssize_t>(sizeof report)) {
      report = MakeReport{static_cast<int>(MakeStep::MountNamespace), EPIPE};
    }
    if (report.step >= 0) {
      result = std::unexpected(
          ErrnoError(std::string("making the empty root: ") + kMakeStepNames[report.step],
                     report.error));
    } else {
      const std::string proc = "/proc/" + std::to_string(maker) + "/ns/";
      const auto open_ns = [&](const char* name) {
        return open((proc + name).c_str(), O_RDONLY | O_CLOEXEC);
      };
      EmptyRoot root;
      root.mount_ns = open_ns("mnt");
      if (root.mount_ns >= 0 && geteuid() != 0) root.user_ns = open_ns("user");
      if (root.mount_ns < 0 || (geteuid() != 0 && root.user_ns < 0)) {
        result = std::unexpected(ErrnoError("opening the empty root's namespaces", errno));
        if (root.mount_ns >= 0) close(root.mount_ns);
      } else {
        if (report.network_ipc_uts) {
          root.net_ns = open_ns("net");
          root.ipc_ns = open_ns("ipc");
          root.uts_ns = open_ns("uts");
          if (root.net_ns < 0 || root.ipc_ns < 0 || root.uts_ns < 0) {
            for (int* fd : {&root.net_ns, &root.ipc_ns, &root.uts_ns}) {
              if (*fd >= 0) close(*fd);
              *fd = -1;
            }
          }
        }
        result = root;
      }
    }
  }
  close(opened[1]);
  close(made[0]);
  if (maker > 0) {
    while (waitpid(maker, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
  return result;
}

}  // namespace

std::expected<EmptyRoot, SandboxError> SharedEmptyRoot() {
  static const std::expected<EmptyRoot, SandboxError> shared = Make();
  return shared;
}

}  // namespace sandbox

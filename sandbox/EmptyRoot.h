// EmptyRoot: a mount namespace whose whole file system is one empty, read-only tmpfs, with
// network, IPC and UTS namespaces as empty. Made once per judge; file-less runs enter them.
#pragma once

#include <expected>

#include "sandbox/SandboxError.h"

namespace sandbox {

// Entering a prepared namespace (setns) costs a run about 0.1 ms; making a fresh one and
// detaching the host's mounts from it costs about 5 ms here, so runs share this one. It
// holds nothing and cannot be written, so one run can leave nothing there for the next.
struct EmptyRoot {
  int mount_ns = -1;  // held open for the judge's life (close-on-exec)
  int user_ns = -1;   // the user namespace that owns them all, when the judge is not root
  // Made with it, and left as made: a loopback that is down, no System V IPC object, the
  // host name the kernel gives a new namespace. Entering the three costs a run 0.01-0.04
  // ms; making its own, 0.4 ms and a network namespace's teardown besides. So runs whose
  // policy can make nothing in them share them (Launcher.cc).
  // -1 (all three) where the kernel refused them: runs then make their own.
  int net_ns = -1;
  int ipc_ns = -1;
  int uts_ns = -1;
};

/// The judge's empty root, made on the first call by a short-lived child; every later call
/// gives the same answer. The error says which step the kernel refused (then runs go on
/// without it: Landlock still confines their files, and `judge doctor` says so).
std::expected<EmptyRoot, SandboxError> SharedEmptyRoot();

}  // namespace sandbox

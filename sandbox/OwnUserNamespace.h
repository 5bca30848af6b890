// OwnUserNamespace: how a process that is not root enters a user namespace of its own, its
// uid and gid mapped to themselves, so that it may make the namespaces a sandbox needs.
#pragma once

namespace sandbox {

struct UserNamespaceEntry {
  int error = 0;           // 0: entered
  bool half_done = false;  // failed after the unshare: the process must not go on
};

/// unshare(CLONE_NEWUSER | `also`), then the maps: the caller keeps its ids and gains every
/// capability inside the new namespace (none outside it). Async-signal-safe.
UserNamespaceEntry EnterOwnUserNamespace(int also = 0);

}  // namespace sandbox

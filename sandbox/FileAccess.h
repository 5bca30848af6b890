// FileAccess: which files a sandboxed program may touch, enforced with Landlock where the
// kernel has it: by default nothing at all; read, execute or write beneath listed paths.
#pragma once

#include <cstdint>
#include <expected>
#include <filesystem>
#include <vector>

#include "sandbox/SandboxError.h"

namespace sandbox {

/// What may be done beneath one path (a directory and everything in it, or one file).
struct PathAccess {
  std::filesystem::path path;
  bool read = false;     // open files for reading, list directories
  bool execute = false;  // execute files
  bool write = false;    // write, create, rename and remove files and directories
};

/// The whole file system of a run: only what is listed is reachable. A program started by
/// exec needs nothing listed for its own executable (the launcher allows it).
struct FileAccess {
  std::vector<PathAccess> allowed;
};

/// The Landlock ABI version of the running kernel; 0 when Landlock is absent or disabled.
int LandlockAbi();

/// A Landlock ruleset for `access` (and execution of `executable_fd`, when not -1), made in
/// the supervisor so that the child only restricts itself with it. -1 without Landlock.
std::expected<int, SandboxError> MakeLandlockRuleset(const FileAccess& access, int executable_fd);

/// In the child, after no_new_privs: the ruleset now confines this process and all it
/// starts. Returns 0 or an errno. Async-signal-safe.
int RestrictSelf(int ruleset_fd);

}  // namespace sandbox

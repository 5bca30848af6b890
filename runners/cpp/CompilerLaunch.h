// CompilerLaunch: how g++ is started in the sandbox: the toolchain readable, one work folder
// writable, nothing else of the machine (an `#include "/etc/shadow"` finds no file).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "sandbox/Launcher.h"

namespace runners::cpp {

/// The PATH the compiler runs with: where g++ finds its helpers and the linker.
inline constexpr const char* kCompilerPath = "/usr/bin:/bin";

/// The launch of `compiler` with `argv` (argv[0] first) in `work_dir`, which it may write;
/// `readable` lists further folders it may read (the precompiled prelude's).
sandbox::LaunchSpec CompilerLaunch(const std::filesystem::path& compiler,
                                   std::vector<std::string> argv,
                                   const std::filesystem::path& work_dir,
                                   const sandbox::RunLimits& limits,
                                   const std::vector<std::filesystem::path>& readable = {});

}  // namespace runners::cpp

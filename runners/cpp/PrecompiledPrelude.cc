#include "runners/cpp/PrecompiledPrelude.h"

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <mutex>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "runners/CacheDir.h"
#include "runners/WorkDir.h"
#include "runners/cpp/CompilerLaunch.h"

namespace runners::cpp {
namespace fs = std::filesystem;
namespace {

constexpr const char* kHeader = "prelude.h";
constexpr const char* kPrecompiled = "prelude.h.gch";
// PreludeFiles::include_dir, and the name g++ looks for there.
constexpr const char* kIncludeDir = "include";
constexpr const char* kIncludedName = "bits/stdc++.h.gch";
// Bump when the header's text, the way it is built or the entry's layout changes.
constexpr const char* kFormat = "prelude-2";

std::string KeyFor(const fs::path& compiler, const std::vector<std::string>& flags) {
  struct stat info{};
  stat(compiler.c_str(), &info);
  std::string text = fmt::format("{}\n{}\n{}\n{}\n", kFormat, compiler.string(), info.st_size,
                                 info.st_mtim.tv_sec);
  for (const auto& flag : flags) text += flag + '\n';
  return StableHash(text);
}

// Compiles the header in a fresh work folder, then publishes a copy as `entry`: the copy is
// this process's own, so the compiler's identity (nobody when the judge is root) owns
// nothing in the cache.
std::expected<void, RunnerError> Build(const fs::path& compiler,
                                       const std::vector<std::string>& flags,
                                       const sandbox::RunLimits& limits, const fs::path& entry) {
  auto dir = WorkDir::Create();
  if (!dir) return std::unexpected(RunnerError{dir.error()});
  {
    std::ofstream header(dir->path() / kHeader);
    header << "#include <bits/stdc++.h>\n";
    if (!header.flush()) return std::unexpected(RunnerError{"cannot write the prelude header"});
  }
  chmod((dir->path() / kHeader).c_str(), 0644);
  std::vector<std::string> argv = {compiler.filename().string()};
  argv.insert(argv.end(), flags.begin(), flags.end());
  argv.insert(argv.end(), {"-x", "c++-header", kHeader, "-o", kPrecompiled});
  auto result = sandbox::Launch(CompilerLaunch(compiler, argv, dir->path(), limits));
  if (!result) return std::unexpected(RunnerError{"compiler sandbox: " + result.error().message});
  if (result->status != sandbox::RunStatus::Exited || result->exit_code != 0) {
    return std::unexpected(RunnerError{"g++ could not precompile the prelude: " +
                                       (result->reason.empty() ? result->stderr_data
                                                               : result->reason)});
  }
  auto published = PublishCacheEntry(entry, [&](const fs::path& staging) {
    std::error_code error;
    for (const char* name : {kHeader, kPrecompiled}) {
      if (!error) fs::copy_file(dir->path() / name, staging / name, error);
      if (!error) fs::permissions(staging / name, fs::perms(0644), error);
    }
    // The same file under the name an #include <bits/stdc++.h> looks for: a hard link, as
    // the header is over 100 MB.
    const fs::path included = staging / kIncludeDir / kIncludedName;
    if (!error) fs::create_directories(included.parent_path(), error);
    for (fs::path dir = included.parent_path(); !error && dir != staging; dir = dir.parent_path()) {
      fs::permissions(dir, fs::perms(0755), error);
    }
    if (!error) fs::create_hard_link(staging / kPrecompiled, included, error);
    return error;
  });
  if (!published) return std::unexpected(RunnerError{published.error()});
  return {};
}

}  // namespace

std::expected<PreludeFiles, RunnerError> PrecompiledPrelude(const fs::path& compiler,
                                                        const std::vector<std::string>& flags,
                                                        const sandbox::RunLimits& limits) {
  auto cache = JudgeCacheDir();
  if (!cache) return std::unexpected(RunnerError{"no cache folder: " + cache.error()});
  const fs::path root = *cache / "pch";
  std::error_code error;
  fs::create_directory(root, error);
  if (error) return std::unexpected(RunnerError{"mkdir " + root.string() + ": " + error.message()});
  fs::permissions(root, fs::perms(0755), error);
  if (auto open = OpenToTheSandbox(*cache); !open) {
    return std::unexpected(RunnerError{open.error()});
  }
  const fs::path entry = root / KeyFor(compiler, flags);
  // One build at a time in this process: concurrent compiles of the same flags wait for it
  // instead of each building their own.
  static std::mutex building;
  std::lock_guard lock(building);
  if (!fs::exists(entry / kIncludeDir / kIncludedName)) {
    spdlog::debug("precompiling the C++ prelude into {}", entry.string());
    if (auto built = Build(compiler, flags, limits, entry); !built) {
      return std::unexpected(built.error());
    }
  }
  return PreludeFiles{entry / kHeader, entry / kIncludeDir};
}

}  // namespace runners::cpp

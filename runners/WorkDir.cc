#include "runners/WorkDir.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <system_error>

#include <spdlog/spdlog.h>

#include "sandbox/Launcher.h"

namespace runners {

std::expected<WorkDir, std::string> WorkDir::Create() {
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern = std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") +
                        "/judge-XXXXXX";
  if (mkdtemp(pattern.data()) == nullptr) {
    return std::unexpected("mkdtemp " + pattern + ": " + std::strerror(errno));
  }
  WorkDir dir{std::filesystem::path(pattern)};
  // Sandboxed programs (the compiler) write here under their own, possibly different, uid.
  const auto identity = sandbox::RunIdentity();
  if (identity.uid != getuid() && chown(pattern.c_str(), identity.uid, identity.gid) != 0) {
    return std::unexpected("chown " + pattern + ": " + std::strerror(errno));
  }
  return dir;
}

WorkDir::WorkDir(WorkDir&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }

WorkDir::~WorkDir() {
  if (path_.empty()) return;
  // A leftover temp folder is not worth failing a submission for, but it is worth a word.
  std::error_code error;
  std::filesystem::remove_all(path_, error);
  if (error) spdlog::warn("could not remove {}: {}", path_.string(), error.message());
}

}  // namespace runners

#include "judge/history/HistoryLocation.h"

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <fmt/format.h>

namespace judge::history {
namespace fs = std::filesystem;
namespace {

std::string Env(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}

std::expected<fs::path, std::string> HomeDir() {
  if (std::string home = Env("HOME"); !home.empty()) return fs::path(home);
  std::vector<char> buffer(16384);
  passwd entry{};
  passwd* found = nullptr;
  if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 &&
      found != nullptr && found->pw_dir != nullptr && *found->pw_dir != '\0') {
    return fs::path(found->pw_dir);
  }
  return std::unexpected(std::string("no home folder for the history: set HOME or JUDGE_DATA_DIR"));
}

}  // namespace

std::expected<fs::path, std::string> DataDir() {
  if (std::string chosen = Env("JUDGE_DATA_DIR"); !chosen.empty()) return fs::path(chosen);
  // The XDG spec has a relative path ignored, as if unset.
  if (fs::path xdg = Env("XDG_DATA_HOME"); xdg.is_absolute()) return xdg / "judge";
  auto home = HomeDir();
  if (!home) return std::unexpected(home.error());
  return *home / ".local" / "share" / "judge";
}

std::expected<fs::path, std::string> HistoryFile() {
  auto dir = DataDir();
  if (!dir) return std::unexpected(dir.error());
  return *dir / kHistoryFileName;
}

std::expected<void, std::string> CreatePrivateFolder(const fs::path& dir) {
  fs::path made;
  for (const fs::path& part : dir.lexically_normal()) {
    made /= part;
    if (part.empty() || made == made.root_path()) continue;
    if (mkdir(made.c_str(), 0700) != 0 && errno != EEXIST) {
      return std::unexpected(fmt::format("cannot create {}: {}", made.string(), std::strerror(errno)));
    }
  }
  std::error_code error;
  if (!fs::is_directory(dir, error)) {
    return std::unexpected(fmt::format("{} is not a folder", dir.string()));
  }
  return {};
}

}  // namespace judge::history

#include "sandbox/CgroupFiles.h"

#include <unistd.h>

#include <fstream>
#include <sstream>

namespace sandbox {

namespace fs = std::filesystem;

std::optional<std::string> ReadSmallFile(const fs::path& file) {
  std::ifstream in(file);
  if (!in) return std::nullopt;
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

bool WriteSmallFile(const fs::path& file, const std::string& text) {
  std::ofstream out(file);
  out << text;
  out.flush();
  return static_cast<bool>(out);
}

std::optional<std::string> OwnCgroupPath(const std::string& controller) {
  std::ifstream in("/proc/self/cgroup");
  std::string line;
  while (std::getline(in, line)) {
    // "hierarchy-id:controller-list:path"
    const auto first = line.find(':');
    const auto second = line.find(':', first + 1);
    if (first == std::string::npos || second == std::string::npos) continue;
    const std::string controllers = line.substr(first + 1, second - first - 1);
    const std::string path = line.substr(second + 1);
    if (controller.empty() ? controllers.empty() && line.starts_with("0:")
                           : ("," + controllers + ",").find("," + controller + ",") !=
                                 std::string::npos) {
      return path;
    }
  }
  return std::nullopt;
}

std::optional<fs::path> MountPoint(const std::string& fstype, const std::string& option) {
  std::ifstream in("/proc/self/mounts");
  std::string device, dir, type, options;
  while (in >> device >> dir >> type >> options) {
    in.ignore(1 << 20, '\n');
    if (type != fstype) continue;
    if (!option.empty() && ("," + options + ",").find("," + option + ",") == std::string::npos) {
      continue;
    }
    return fs::path(dir);
  }
  return std::nullopt;
}

bool Writable(const fs::path& dir) { return access(dir.c_str(), W_OK) == 0; }

}  // namespace sandbox

#include "runners/cpp/FastLinker.h"

#include <unistd.h>

#include <sstream>

#include "runners/cpp/CompilerLaunch.h"

namespace runners::cpp {

const std::optional<std::string>& FastLinkerFlag() {
  static const std::optional<std::string> flag = []() -> std::optional<std::string> {
    // g++'s collect2 finds ld.NAME where the sandboxed compiler's PATH says.
    for (const char* name : {"lld", "gold"}) {
      std::stringstream dirs(kCompilerPath);
      std::string dir;
      while (std::getline(dirs, dir, ':')) {
        if (access((dir + "/ld." + name).c_str(), X_OK) == 0) {
          return std::string("-fuse-ld=") + name;
        }
      }
    }
    return std::nullopt;
  }();
  return flag;
}

}  // namespace runners::cpp

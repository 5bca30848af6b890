#include "sandbox/ProcStatus.h"

#include <fstream>
#include <string>

namespace sandbox {

std::int64_t ProcStatusBytes(pid_t pid, std::string_view field) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string key;
  while (in >> key) {
    if (key.size() == field.size() + 1 && key.starts_with(field) && key.back() == ':') {
      std::int64_t kb = 0;
      in >> kb;
      return kb * 1024;
    }
    in.ignore(1 << 12, '\n');
  }
  return 0;
}

}  // namespace sandbox

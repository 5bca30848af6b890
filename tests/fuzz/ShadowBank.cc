// ShadowBank: builds the linked copy of the problem bank in a folder of mkdtemp's, and
// removes it when the process exits normally (a crash leaves it to $TMPDIR's owner).
#include "tests/fuzz/ShadowBank.h"

#include <cstdlib>
#include <string>
#include <system_error>

#include "tests/fuzz/FuzzCheck.h"

namespace fuzz {
namespace {

std::filesystem::path made;

void RemoveShadow() {
  std::error_code ignored;
  std::filesystem::remove_all(made, ignored);
}

std::filesystem::path MakeShadow(const std::filesystem::path& bank,
                                 std::uintmax_t max_file_bytes) {
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern = std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") +
                        "/judge-fuzz-bank-XXXXXX";
  Check(mkdtemp(pattern.data()) != nullptr, "a private folder for the shadow bank", pattern);
  const std::filesystem::path shadow = pattern;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(bank)) {
    const std::filesystem::path target = shadow / entry.path().lexically_relative(bank);
    if (entry.is_directory()) {
      std::filesystem::create_directory(target);
    } else if (entry.is_regular_file() && entry.file_size() <= max_file_bytes) {
      std::filesystem::create_symlink(entry.path(), target);
    }
  }
  return shadow;
}

}  // namespace

const std::filesystem::path& ShadowBank(const std::filesystem::path& bank,
                                        std::uintmax_t max_file_bytes) {
  if (made.empty()) {
    made = MakeShadow(std::filesystem::absolute(bank), max_file_bytes);
    std::atexit(RemoveShadow);
  }
  return made;
}

}  // namespace fuzz

#include "judge/history/SourceHash.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <new>
#include <sstream>

#include <fmt/format.h>
#include <openssl/evp.h>

namespace judge::history {

std::string Sha256Hex(std::string_view bytes) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int size = 0;
  // OpenSSL's one-shot digest; it fails only when out of memory, which the judge does not
  // survive elsewhere either.
  if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &size, EVP_sha256(), nullptr) != 1) {
    throw std::bad_alloc();
  }
  std::string hex;
  for (unsigned int i = 0; i < size; ++i) hex += fmt::format("{:02x}", digest[i]);
  return hex;
}

std::expected<std::string, std::string> Sha256OfFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  if (in) bytes << in.rdbuf();
  if (!in) {
    return std::unexpected(fmt::format("cannot read {}: {}", file.string(), std::strerror(errno)));
  }
  return Sha256Hex(bytes.str());
}

}  // namespace judge::history

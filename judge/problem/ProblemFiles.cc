#include "judge/problem/ProblemFiles.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <system_error>

namespace judge {

std::expected<std::filesystem::path, std::string> ResolveProblemFile(
    const std::filesystem::path& dir, const std::string& relative) {
  const std::filesystem::path path(relative);
  if (path.empty()) return std::unexpected("the path is empty");
  if (path.has_root_name() || path.has_root_directory()) {
    return std::unexpected("'" + relative +
                           "' is an absolute path; name a file inside the problem folder");
  }
  const std::filesystem::path normal = path.lexically_normal();
  if (*normal.begin() == "..") {
    return std::unexpected("'" + relative + "' leads outside the problem folder");
  }
  const std::filesystem::path file = dir / normal;
  std::error_code error;
  const auto status = std::filesystem::status(file, error);
  if (status.type() == std::filesystem::file_type::not_found) {
    return std::unexpected("file '" + relative + "' not found in the problem folder");
  }
  if (error) return std::unexpected("cannot read '" + relative + "': " + error.message());
  if (!std::filesystem::is_regular_file(status)) {
    return std::unexpected("'" + relative + "' is not a regular file");
  }
  return file;
}

std::expected<std::string, std::string> ReadWholeFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::unexpected(std::strerror(errno));
  std::string data{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) return std::unexpected(std::strerror(errno));
  return data;
}

}  // namespace judge

// ListProblemDirs and ResolveProblemDir (declared in ProblemLoader.h): finding problem
// folders, kept apart from reading one.
#include <algorithm>
#include <system_error>

#include "judge/problem/ProblemFiles.h"
#include "judge/problem/ProblemLoader.h"

namespace judge {
namespace {

bool HoldsProblem(const std::filesystem::path& dir) {
  std::error_code error;
  return std::filesystem::is_regular_file(dir / kProblemYaml, error);
}

LoadError MissingProblemYaml(const std::filesystem::path& dir) {
  return LoadError{dir / kProblemYaml, 0, 0, std::string(kNoProblemYaml)};
}

}  // namespace

std::expected<std::vector<std::filesystem::path>, LoadError> ListProblemDirs(
    const std::filesystem::path& root) {
  std::error_code error;
  const auto status = std::filesystem::status(root, error);
  if (status.type() == std::filesystem::file_type::not_found) {
    return std::unexpected(LoadError{root, 0, 0, "no such folder"});
  }
  if (error) return std::unexpected(LoadError{root, 0, 0, error.message()});
  if (!std::filesystem::is_directory(status)) {
    return std::unexpected(LoadError{root, 0, 0, "not a folder"});
  }
  std::vector<std::filesystem::path> dirs;
  for (std::filesystem::directory_iterator it(root, error), end; !error && it != end;
       it.increment(error)) {
    std::error_code entry_error;
    if (it->is_directory(entry_error) && HoldsProblem(it->path())) dirs.push_back(it->path());
  }
  if (error) return std::unexpected(LoadError{root, 0, 0, "cannot list: " + error.message()});
  std::ranges::sort(dirs);
  return dirs;
}

std::expected<std::filesystem::path, LoadError> ResolveProblemDir(
    const std::filesystem::path& root, const std::string& slug_or_dir) {
  std::error_code error;
  if (slug_or_dir.find('/') != std::string::npos ||
      std::filesystem::is_directory(slug_or_dir, error)) {
    const std::filesystem::path dir(slug_or_dir);
    if (!HoldsProblem(dir)) return std::unexpected(MissingProblemYaml(dir));
    return dir;
  }
  const std::filesystem::path dir = root / slug_or_dir;
  if (slug_or_dir.empty() || !std::filesystem::is_directory(dir, error)) {
    return std::unexpected(LoadError{{}, 0, 0,
                                     "unknown problem '" + slug_or_dir + "' (no folder " +
                                         dir.string() + "); `judge list` shows the problems"});
  }
  if (!HoldsProblem(dir)) return std::unexpected(MissingProblemYaml(dir));
  return dir;
}

std::expected<std::vector<std::filesystem::path>, LoadError> SelectProblemDirs(
    const std::filesystem::path& root, const std::vector<std::string>& names) {
  if (names.empty()) return ListProblemDirs(root);
  std::vector<std::filesystem::path> dirs;
  for (const std::string& name : names) {
    auto dir = ResolveProblemDir(root, name);
    if (!dir) return std::unexpected(dir.error());
    dirs.push_back(*std::move(dir));
  }
  return dirs;
}

}  // namespace judge

// WorkDir: a private temporary folder for one submission, owned by the identity the
// sandbox runs programs as, and removed with everything in it when the last owner lets go.
#pragma once

#include <expected>
#include <filesystem>
#include <string>

namespace runners {

class WorkDir {
 public:
  /// Creates $TMPDIR/judge-XXXXXX (or /tmp). On error, says which call failed.
  static std::expected<WorkDir, std::string> Create();

  WorkDir(WorkDir&& other) noexcept;
  WorkDir& operator=(WorkDir&&) = delete;
  ~WorkDir();

  const std::filesystem::path& path() const { return path_; }

 private:
  explicit WorkDir(std::filesystem::path path) : path_(std::move(path)) {}
  std::filesystem::path path_;
};

}  // namespace runners

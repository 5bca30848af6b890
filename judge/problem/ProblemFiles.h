// ProblemFiles: the files a problem.yaml names, resolved inside the problem's folder and
// read whole, byte for byte; errors are messages for the loader to place.
#pragma once

#include <expected>
#include <filesystem>
#include <string>
#include <string_view>

namespace judge {

/// The file that makes a folder a problem folder, and what is said when it is missing.
inline constexpr std::string_view kProblemYaml = "problem.yaml";
inline constexpr std::string_view kNoProblemYaml = "not found; every problem folder holds one";

/// `dir`/`relative`, refused unless `relative` is a relative path that stays inside `dir`
/// and names an existing regular file. The check is lexical: it keeps a problem folder
/// self-contained and movable, it is not a defence against the folder's own author.
std::expected<std::filesystem::path, std::string> ResolveProblemFile(
    const std::filesystem::path& dir, const std::string& relative);

/// The whole file in binary mode, so test data keeps its exact bytes (\r, no final newline).
/// The error is only the reason ("Permission denied"); the caller names the file.
std::expected<std::string, std::string> ReadWholeFile(const std::filesystem::path& file);

}  // namespace judge

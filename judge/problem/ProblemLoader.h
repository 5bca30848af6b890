// ProblemLoader: reads a problem folder's problem.yaml into a validated Problem, or says
// exactly what is wrong and where (file:line:column), never throwing past its boundary.
#pragma once

#include <expected>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "judge/problem/Problem.h"

namespace judge {

struct LoadError {
  std::filesystem::path file;
  int line = 0;    // 1-based; 0 when the error is about the file as a whole
  int column = 0;  // 1-based; 0 when unknown
  std::string message;

  /// "problems/x/problem.yaml:12:3: unknown key 'tset' in test"
  std::string ToString() const;
};

/// Loads `dir`/problem.yaml and every file it names.
std::expected<Problem, LoadError> LoadProblem(const std::filesystem::path& dir);
/// problem.yaml alone, for listing: every field is read and checked, but tests whose data
/// lives in files (input_file, expected_file, output_file) keep only their names and tags.
std::expected<Problem, LoadError> LoadProblemSummary(const std::filesystem::path& dir);
/// The same with problem.yaml's text given (the fuzz target's entry): files it names are
/// still read from `dir`, and errors are placed in `dir`/problem.yaml.
std::expected<Problem, LoadError> LoadProblemText(std::string_view yaml_text,
                                                  const std::filesystem::path& dir);

/// The problem folders directly under `root` (those holding a problem.yaml), sorted by name.
std::expected<std::vector<std::filesystem::path>, LoadError> ListProblemDirs(
    const std::filesystem::path& root);

/// A slug names `root`/slug; anything with a '/' or an existing folder is taken as a path.
std::expected<std::filesystem::path, LoadError> ResolveProblemDir(
    const std::filesystem::path& root, const std::string& slug_or_dir);

/// The folders of the named problems (slugs or folders), in the order named; every problem
/// under `root` when none is named. The error is the first name that does not resolve.
std::expected<std::vector<std::filesystem::path>, LoadError> SelectProblemDirs(
    const std::filesystem::path& root, const std::vector<std::string>& names);

}  // namespace judge

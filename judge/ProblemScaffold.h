// ProblemScaffold: the problem folder `judge new` writes: a problem.yaml that loads, a
// statement to fill in, tests tagged with edges, and reference solutions whose bodies are TODO.
#pragma once

#include <expected>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "judge/problem/Problem.h"

namespace judge {

struct ScaffoldSpec {
  std::string slug;
  std::string title;  // empty: made from the slug ("sum-of-list" → "Sum Of List")
  Difficulty difficulty = Difficulty::Easy;
  ProblemMode mode = ProblemMode::Function;  // Function or Stdio; design needs a class to drive
};

struct ScaffoldFile {
  std::filesystem::path path;  // relative to the problem folder
  std::string text;
};

/// The folder's files, in the order they are written; nothing is written. Until the TODOs
/// are done, the reference solutions fail at run time, so `judge verify` cannot pass early.
/// Refused, with the reason: a slug that is not lowercase letters and digits in words
/// joined by single hyphens ("two-sum"), a title of more than one line, design mode.
std::expected<std::vector<ScaffoldFile>, std::string> ScaffoldFiles(const ScaffoldSpec& spec);

/// Creates `root`/`slug` and writes `files` into it: the folder, or why not. A folder that
/// exists is refused, never written into; one that fails part-way is removed again.
std::expected<std::filesystem::path, std::string> WriteScaffold(
    const std::filesystem::path& root, std::string_view slug,
    const std::vector<ScaffoldFile>& files);

}  // namespace judge

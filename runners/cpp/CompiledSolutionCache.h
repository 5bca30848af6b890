// CompiledSolutionCache: builds of solutions kept under what made them (the compiled text,
// the compiler, its whole command line), so that an unchanged resubmission skips g++.
#pragma once

#include <expected>
#include <filesystem>
#include <string>
#include <vector>

namespace runners::cpp {

/// Everything a build depends on.
struct BuildRecipe {
  std::filesystem::path compiler;  // resolved; its size and time stand for its version
  std::vector<std::string> argv;   // the whole command line, the prelude's path included
  std::string program_text;        // what g++ compiles: the harness around the source
};

/// A recipe as the cache files it: its full text, kept with the build, and the hash of it
/// that names the entry. An entry is used only when its stored text matches exactly, so a
/// hash collision can cost a compile but never hand out another source's program.
struct BuildKey {
  std::string recipe_text;
  std::string hash;
};
BuildKey KeyOf(const BuildRecipe& recipe);

/// Copies the cached build of `key` to `destination` (mode 0755). False when there is
/// none, or it cannot be used (the cache folder is refused, the entry is damaged).
bool RestoreCachedBuild(const BuildKey& key, const std::filesystem::path& destination);

/// Keeps `program` as the build of `key`, and forgets the least recently used builds
/// beyond the cache's size. A failure here only costs a later compile.
std::expected<void, std::string> StoreBuild(const BuildKey& key,
                                            const std::filesystem::path& program);

}  // namespace runners::cpp

// CompiledSolutionCache: builds of solutions kept under what made them (the compiled text,
// the compiler, its whole command line), so that an unchanged resubmission skips g++.
#pragma once

#include <expected>
#include <filesystem>
#include <string>
#include <vector>

namespace runners::cpp {

/// Everything a build depends on. The cache's key is a hash of all of it, and an entry is
/// used only when all of it matches the recipe stored with it, so a hash collision can
/// cost a compile but never hand out another source's program.
struct BuildRecipe {
  std::filesystem::path compiler;  // resolved; its size and time stand for its version
  std::vector<std::string> argv;   // the whole command line, the prelude's path included
  std::string program_text;        // what g++ compiles: the harness around the source
};

/// Copies the cached build of `recipe` to `destination` (mode 0755). False when there is
/// none, or it cannot be used (the cache folder is refused, the entry is damaged).
bool RestoreCachedBuild(const BuildRecipe& recipe, const std::filesystem::path& destination);

/// Keeps `program` as the build of `recipe`, and forgets the least recently used builds
/// beyond the cache's size. A failure here only costs a later compile.
std::expected<void, std::string> StoreBuild(const BuildRecipe& recipe,
                                            const std::filesystem::path& program);

}  // namespace runners::cpp

#include "runners/cpp/CompiledSolutionCache.h"

#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "runners/CacheDir.h"

namespace runners::cpp {
namespace fs = std::filesystem;
namespace {

constexpr const char* kProgram = "program";
constexpr const char* kRecipe = "recipe";
// Bump when what a build depends on changes in a way the recipe's text does not show.
constexpr const char* kFormat = "solution-build-1";
// A static build is about 2 MiB: a few hundred MiB at most, for weeks of practice.
constexpr std::size_t kKeptBuilds = 128;

std::expected<fs::path, std::string> BuildsDir() {
  auto cache = JudgeCacheDir();
  if (!cache) return std::unexpected(cache.error());
  const fs::path root = *cache / "builds";
  std::error_code error;
  fs::create_directory(root, error);
  if (error) return std::unexpected("mkdir " + root.string() + ": " + error.message());
  fs::permissions(root, fs::perms(0755), error);
  return root;
}

std::string ReadFile(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Drops the least recently used builds beyond kKeptBuilds (a hit refreshes an entry's time).
void Prune(const fs::path& root) {
  std::vector<std::pair<fs::file_time_type, fs::path>> entries;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(root, error)) {
    std::error_code time_error;
    const auto time = fs::last_write_time(entry.path(), time_error);
    if (!time_error) entries.emplace_back(time, entry.path());
  }
  if (entries.size() <= kKeptBuilds) return;
  std::sort(entries.begin(), entries.end());
  for (std::size_t i = 0; i + kKeptBuilds < entries.size(); ++i) {
    std::error_code ignored;
    fs::remove_all(entries[i].second, ignored);
  }
}

}  // namespace

BuildKey KeyOf(const BuildRecipe& recipe) {
  struct stat info{};
  stat(recipe.compiler.c_str(), &info);
  std::string text = fmt::format("{}\n{}\n{} {}\n{}\n", kFormat, recipe.compiler.string(),
                                 info.st_size, info.st_mtim.tv_sec, recipe.argv.size());
  for (const auto& arg : recipe.argv) text += arg + '\n';
  text += recipe.program_text;
  std::string hash = StableHash(text);
  return {std::move(text), std::move(hash)};
}

bool RestoreCachedBuild(const BuildKey& key, const fs::path& destination) {
  auto root = BuildsDir();
  if (!root) {
    spdlog::debug("no build cache: {}", root.error());
    return false;
  }
  const fs::path entry = *root / key.hash;
  std::error_code error;
  if (!fs::is_regular_file(entry / kProgram, error) ||
      ReadFile(entry / kRecipe) != key.recipe_text) {
    return false;
  }
  fs::copy_file(entry / kProgram, destination, fs::copy_options::overwrite_existing, error);
  if (!error) fs::permissions(destination, fs::perms(0755), error);
  if (error) {
    spdlog::debug("cached build {} not used: {}", entry.string(), error.message());
    return false;
  }
  fs::last_write_time(entry, fs::file_time_type::clock::now(), error);
  spdlog::debug("build from the cache: {}", entry.string());
  return true;
}

std::expected<void, std::string> StoreBuild(const BuildKey& key, const fs::path& program) {
  auto root = BuildsDir();
  if (!root) return std::unexpected(root.error());
  auto published = PublishCacheEntry(*root / key.hash, [&](const fs::path& staging) {
    std::error_code error;
    fs::copy_file(program, staging / kProgram, error);
    if (!error) fs::permissions(staging / kProgram, fs::perms(0755), error);
    if (!error) {
      std::ofstream out(staging / kRecipe, std::ios::binary);
      out << key.recipe_text;
      if (!out.flush()) error = std::make_error_code(std::errc::io_error);
    }
    return error;
  });
  if (!published) return published;
  Prune(*root);
  return {};
}

}  // namespace runners::cpp

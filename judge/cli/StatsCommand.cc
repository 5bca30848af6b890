#include <iostream>
#include <optional>

#include <spdlog/spdlog.h>

#include "judge/cli/Command.h"
#include "judge/history/HistoryLocation.h"
#include "judge/history/HistoryStats.h"
#include "judge/history/HistoryStore.h"
#include "judge/problem/ProblemLoader.h"
#include "judge/report/JsonReport.h"
#include "judge/report/StatsText.h"

namespace judge::cli {
namespace {

namespace fs = std::filesystem;

// The problems folder's slugs, for "never attempted". The stats stand without them, so a
// folder that cannot be listed only drops that line.
std::optional<std::vector<std::string>> BankIds(const fs::path& root) {
  auto dirs = ListProblemDirs(root);
  if (!dirs) {
    spdlog::debug("stats without the bank: {}", dirs.error().ToString());
    return std::nullopt;
  }
  std::vector<std::string> ids;
  for (const auto& dir : *dirs) ids.push_back(dir.filename().string());
  return ids;
}

std::expected<std::vector<history::SubmissionRecord>, history::HistoryError> ReadHistory(
    const fs::path& file) {
  auto store = history::HistoryStore::Open(file);
  if (!store) return std::unexpected(store.error());
  return store->All();
}

}  // namespace

CommandAction AttachStats(CLI::App&) {
  return [](const GlobalOptions& options) {
    auto file = history::HistoryFile();
    if (!file) return Fail(options, kUsageError, "usage", file.error());
    std::vector<history::SubmissionRecord> records;
    std::error_code error;
    const bool exists = fs::exists(*file, error);
    if (error) {
      return Fail(options, kUsageError, "usage",
                  "cannot read the history " + file->string() + ": " + error.message());
    }
    // No file yet is an empty history, not an error; reading one creates nothing.
    if (exists) {
      auto all = ReadHistory(*file);
      if (!all) {
        return Fail(options, kUsageError, "usage",
                    "cannot read the history " + all.error().ToString());
      }
      records = std::move(*all);
    }
    const auto stats = history::ComputeStats(records, BankIds(options.problems_root));
    if (options.json) {
      std::cout << StatsJson(stats, *file).dump(2) << "\n";
    } else {
      std::cout << RenderStats(stats, *file);
    }
    return static_cast<int>(kAccepted);
  };
}

}  // namespace judge::cli

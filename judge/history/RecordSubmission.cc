#include "judge/history/RecordSubmission.h"

#include <chrono>

#include "judge/history/HistoryLocation.h"
#include "judge/history/SourceHash.h"

namespace judge::history {

std::expected<std::filesystem::path, HistoryError> RecordSubmission(const Problem& problem,
                                                                    const SubmissionResult& result,
                                                                    const SubmitOptions& options) {
  const auto now = std::chrono::system_clock::now();
  auto file = HistoryFile();
  if (!file) return std::unexpected(HistoryError{{}, file.error()});
  if (auto folder = CreatePrivateFolder(file->parent_path()); !folder) {
    return std::unexpected(HistoryError{*file, folder.error()});
  }
  auto hash = Sha256OfFile(result.source);
  if (!hash) return std::unexpected(HistoryError{*file, hash.error()});
  auto store = HistoryStore::Open(*file);
  if (!store) return std::unexpected(store.error());
  if (auto added = store->Add(RecordOf(problem, result, options, std::move(*hash), now)); !added) {
    return std::unexpected(added.error());
  }
  return *file;
}

}  // namespace judge::history

// HistoryStore: the submission history in one SQLite file: its schema, numbered by
// PRAGMA user_version and migrated on open, and the writing and reading of records.
#pragma once

#include <expected>
#include <filesystem>
#include <string>
#include <vector>

#include "judge/history/Sqlite.h"
#include "judge/history/SubmissionRecord.h"

namespace judge::history {

/// Every failure names the history file, so that one line tells the user what to fix.
struct HistoryError {
  std::filesystem::path file;
  std::string message;

  /// "/home/me/.local/share/judge/history.sqlite: file is not a database"
  std::string ToString() const;
};

class HistoryStore {
 public:
  /// The schema this judge writes. A file of a later version is refused, never rewritten.
  static constexpr int kSchemaVersion = 1;

  /// Opens `file`, creating it when missing (not its folder), and brings its schema up to
  /// kSchemaVersion. Another judge may write at the same time: the file is in WAL mode and
  /// each side waits its turn for a while.
  static std::expected<HistoryStore, HistoryError> Open(const std::filesystem::path& file);

  /// The new record's id.
  std::expected<std::int64_t, HistoryError> Add(const SubmissionRecord& record);
  /// Every record, oldest first.
  std::expected<std::vector<SubmissionRecord>, HistoryError> All();

  const std::filesystem::path& file() const { return file_; }

 private:
  HistoryStore(std::filesystem::path file, SqliteDatabase db)
      : file_(std::move(file)), db_(std::move(db)) {}
  HistoryError Error(std::string message) const { return {file_, std::move(message)}; }

  std::filesystem::path file_;
  SqliteDatabase db_;
};

}  // namespace judge::history

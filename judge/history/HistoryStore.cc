#include "judge/history/HistoryStore.h"

#include <array>
#include <string_view>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace judge::history {
namespace fs = std::filesystem;
namespace {

// kMigrations[v] takes a file from schema v to v + 1. Append a step for a new version;
// never edit one that has shipped, since files out there are already past it.
constexpr std::array<std::string_view, HistoryStore::kSchemaVersion> kMigrations = {
    R"sql(
CREATE TABLE submissions (
  id INTEGER PRIMARY KEY,
  submitted_at TEXT NOT NULL,          -- UTC, ISO 8601
  problem TEXT NOT NULL,
  problem_tags TEXT NOT NULL,          -- JSON list
  language TEXT NOT NULL,              -- cpp | py
  verdict TEXT NOT NULL,               -- as problem.yaml spells it: accepted, wrong_answer, ...
  cases_passed INTEGER NOT NULL,
  cases_total INTEGER NOT NULL,
  first_failed_case TEXT,
  first_failed_tags TEXT NOT NULL,     -- JSON list
  failed_tags TEXT NOT NULL,           -- JSON list: every failed case's tags, each once
  max_cpu_time_us INTEGER NOT NULL,
  peak_memory_bytes INTEGER NOT NULL,
  budget_outcome TEXT NOT NULL,        -- none | not_measured | within | over | inconclusive
  time_budget TEXT,
  time_measured TEXT,
  space_budget TEXT,
  space_measured TEXT,
  source_path TEXT NOT NULL,
  source_sha256 TEXT NOT NULL,
  fail_fast INTEGER NOT NULL,
  budget_skipped INTEGER NOT NULL
);
CREATE INDEX submissions_by_problem ON submissions (problem);
)sql",
};

constexpr std::string_view kColumns =
    "submitted_at, problem, problem_tags, language, verdict, cases_passed, cases_total, "
    "first_failed_case, first_failed_tags, failed_tags, max_cpu_time_us, peak_memory_bytes, "
    "budget_outcome, time_budget, time_measured, space_budget, space_measured, source_path, "
    "source_sha256, fail_fast, budget_skipped";

std::string TagsJson(const std::vector<std::string>& tags) { return nlohmann::json(tags).dump(); }

std::expected<std::vector<std::string>, std::string> TagsFrom(const std::string& text) {
  const auto parsed = nlohmann::json::parse(text, nullptr, false);
  if (!parsed.is_array()) return std::unexpected("not a JSON list: " + text);
  std::vector<std::string> tags;
  for (const auto& tag : parsed) {
    if (!tag.is_string()) return std::unexpected("not a list of strings: " + text);
    tags.push_back(tag.get<std::string>());
  }
  return tags;
}

std::optional<std::string> OptionalText(const SqliteStatement& row, int column) {
  if (row.IsNull(column)) return std::nullopt;
  return row.Text(column);
}

std::expected<SubmissionRecord, std::string> RecordFrom(const SqliteStatement& row) {
  SubmissionRecord record;
  record.id = row.Int(0);
  record.submitted_at = row.Text(1);
  record.problem_id = row.Text(2);
  const auto language = LanguageFromName(row.Text(4));
  if (!language) return std::unexpected("an unknown language: " + row.Text(4));
  record.language = *language;
  const auto verdict = VerdictFromYamlName(row.Text(5));
  if (!verdict) return std::unexpected("an unknown verdict: " + row.Text(5));
  record.verdict = *verdict;
  record.cases_passed = static_cast<int>(row.Int(6));
  record.cases_total = static_cast<int>(row.Int(7));
  record.first_failed_case = OptionalText(row, 8);
  for (const auto& [column, tags] : {std::pair{3, &record.problem_tags},
                                     std::pair{9, &record.first_failed_tags},
                                     std::pair{10, &record.failed_tags}}) {
    auto parsed = TagsFrom(row.Text(column));
    if (!parsed) return std::unexpected(parsed.error());
    *tags = std::move(*parsed);
  }
  record.max_cpu_time_us = row.Int(11);
  record.peak_memory_bytes = row.Int(12);
  record.budget.outcome = row.Text(13);
  record.budget.time_budget = OptionalText(row, 14);
  record.budget.time_measured = OptionalText(row, 15);
  record.budget.space_budget = OptionalText(row, 16);
  record.budget.space_measured = OptionalText(row, 17);
  record.source_path = row.Text(18);
  record.source_sha256 = row.Text(19);
  record.fail_fast = row.Int(20) != 0;
  record.budget_skipped = row.Int(21) != 0;
  return record;
}

// A schema this judge cannot read: a later judge's, or no judge's at all.
std::optional<std::string> Unreadable(std::int64_t version) {
  if (version >= 0 && version <= HistoryStore::kSchemaVersion) return std::nullopt;
  return fmt::format("schema version {} is not one this judge knows (up to {}): a newer "
                     "judge's file? It is left as it is", version, HistoryStore::kSchemaVersion);
}

std::expected<void, std::string> MigrateLocked(SqliteDatabase& db) {
  // Read again under the lock: another judge may have migrated while this one waited.
  auto version = db.QueryInt("PRAGMA user_version");
  if (!version) return std::unexpected(version.error());
  if (auto unreadable = Unreadable(*version)) return std::unexpected(*unreadable);
  for (auto step = *version; step < HistoryStore::kSchemaVersion; ++step) {
    if (auto done = db.Execute(std::string(kMigrations[static_cast<std::size_t>(step)])); !done) {
      return done;
    }
  }
  return db.Execute(fmt::format("PRAGMA user_version = {}", HistoryStore::kSchemaVersion));
}

std::expected<void, std::string> Migrate(SqliteDatabase& db) {
  auto version = db.QueryInt("PRAGMA user_version");
  if (!version) return std::unexpected(version.error());
  if (*version == HistoryStore::kSchemaVersion) return {};
  if (auto unreadable = Unreadable(*version)) return std::unexpected(*unreadable);
  // IMMEDIATE takes the write lock now, so two judges never both create the schema.
  if (auto begun = db.Execute("BEGIN IMMEDIATE"); !begun) return begun;
  auto migrated = MigrateLocked(db);
  if (migrated) migrated = db.Execute("COMMIT");
  // The error worth reporting is the first one, not the rollback's.
  if (!migrated) (void)db.Execute("ROLLBACK");
  return migrated;
}

}  // namespace

std::string HistoryError::ToString() const {
  if (file.empty()) return message;
  return fmt::format("{}: {}", file.string(), message);
}

std::expected<HistoryStore, HistoryError> HistoryStore::Open(const fs::path& file) {
  auto db = SqliteDatabase::Open(file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!db) return std::unexpected(HistoryError{file, db.error()});
  // Two judges at once: the second waits for the first's write (a few ms) instead of failing.
  // NORMAL syncs at checkpoints only; in WAL mode a crash cannot corrupt the file, at worst
  // a power cut forgets the last submissions, which is not worth an fsync per submit.
  for (const char* pragma :
       {"PRAGMA busy_timeout = 5000", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
    if (auto done = db->Execute(pragma); !done) {
      return std::unexpected(HistoryError{file, done.error()});
    }
  }
  if (auto migrated = Migrate(*db); !migrated) {
    return std::unexpected(HistoryError{file, migrated.error()});
  }
  return HistoryStore(file, std::move(*db));
}

std::expected<std::int64_t, HistoryError> HistoryStore::Add(const SubmissionRecord& record) {
  auto insert = db_.Prepare(fmt::format(
      "INSERT INTO submissions ({}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "?, ?, ?, ?)",
      kColumns));
  if (!insert) return std::unexpected(Error(insert.error()));
  insert->Bind(1, record.submitted_at)
      .Bind(2, record.problem_id)
      .Bind(3, TagsJson(record.problem_tags))
      .Bind(4, LanguageName(record.language))
      .Bind(5, YamlName(record.verdict))
      .Bind(6, std::int64_t{record.cases_passed})
      .Bind(7, std::int64_t{record.cases_total})
      .Bind(8, record.first_failed_case)
      .Bind(9, TagsJson(record.first_failed_tags))
      .Bind(10, TagsJson(record.failed_tags))
      .Bind(11, record.max_cpu_time_us)
      .Bind(12, record.peak_memory_bytes)
      .Bind(13, record.budget.outcome)
      .Bind(14, record.budget.time_budget)
      .Bind(15, record.budget.time_measured)
      .Bind(16, record.budget.space_budget)
      .Bind(17, record.budget.space_measured)
      .Bind(18, record.source_path)
      .Bind(19, record.source_sha256)
      .Bind(20, std::int64_t{record.fail_fast})
      .Bind(21, std::int64_t{record.budget_skipped});
  if (auto done = insert->Step(); !done) return std::unexpected(Error(done.error()));
  return db_.LastInsertId();
}

std::expected<std::vector<SubmissionRecord>, HistoryError> HistoryStore::All() {
  auto select =
      db_.Prepare(fmt::format("SELECT id, {} FROM submissions ORDER BY id", kColumns));
  if (!select) return std::unexpected(Error(select.error()));
  std::vector<SubmissionRecord> records;
  while (true) {
    auto row = select->Step();
    if (!row) return std::unexpected(Error(row.error()));
    if (!*row) break;
    auto record = RecordFrom(*select);
    if (!record) {
      return std::unexpected(Error(fmt::format("submission {}: {}", select->Int(0), record.error())));
    }
    records.push_back(std::move(*record));
  }
  return records;
}

}  // namespace judge::history

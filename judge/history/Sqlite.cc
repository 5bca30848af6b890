#include "judge/history/Sqlite.h"

namespace judge::history {

SqliteStatement& SqliteStatement::Bind(int index, std::int64_t value) {
  Check(sqlite3_bind_int64(statement_.get(), index, value));
  return *this;
}

SqliteStatement& SqliteStatement::Bind(int index, std::string_view text) {
  Check(sqlite3_bind_text(statement_.get(), index, text.data(), static_cast<int>(text.size()),
                          SQLITE_TRANSIENT));
  return *this;
}

SqliteStatement& SqliteStatement::Bind(int index, const std::optional<std::string>& text) {
  if (text) return Bind(index, std::string_view(*text));
  Check(sqlite3_bind_null(statement_.get(), index));
  return *this;
}

void SqliteStatement::Check(int code) {
  if (code != SQLITE_OK && first_error_.empty()) first_error_ = sqlite3_errmsg(db_);
}

std::expected<bool, std::string> SqliteStatement::Step() {
  if (!first_error_.empty()) return std::unexpected(first_error_);
  const int code = sqlite3_step(statement_.get());
  if (code == SQLITE_ROW) return true;
  if (code == SQLITE_DONE) return false;
  return std::unexpected(std::string(sqlite3_errmsg(db_)));
}

std::int64_t SqliteStatement::Int(int column) const {
  return sqlite3_column_int64(statement_.get(), column);
}

std::string SqliteStatement::Text(int column) const {
  const auto* text = sqlite3_column_text(statement_.get(), column);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<std::size_t>(sqlite3_column_bytes(statement_.get(), column)));
}

bool SqliteStatement::IsNull(int column) const {
  return sqlite3_column_type(statement_.get(), column) == SQLITE_NULL;
}

std::expected<SqliteDatabase, std::string> SqliteDatabase::Open(const std::filesystem::path& file,
                                                               int flags) {
  sqlite3* db = nullptr;
  const int code = sqlite3_open_v2(file.c_str(), &db, flags, nullptr);
  // A failed open may still hand back a handle (for its message), which must be closed.
  SqliteDatabase database(db);
  if (code != SQLITE_OK) {
    return std::unexpected(db != nullptr ? std::string(sqlite3_errmsg(db))
                                         : std::string(sqlite3_errstr(code)));
  }
  return database;
}

std::expected<void, std::string> SqliteDatabase::Execute(const std::string& sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_.get(), sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    std::string error = message != nullptr ? message : sqlite3_errmsg(db_.get());
    sqlite3_free(message);
    return std::unexpected(std::move(error));
  }
  return {};
}

std::expected<SqliteStatement, std::string> SqliteDatabase::Prepare(std::string_view sql) {
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db_.get(), sql.data(), static_cast<int>(sql.size()), &statement,
                         nullptr) != SQLITE_OK) {
    return std::unexpected(std::string(sqlite3_errmsg(db_.get())));
  }
  return SqliteStatement(statement, db_.get());
}

std::expected<std::int64_t, std::string> SqliteDatabase::QueryInt(std::string_view sql) {
  auto statement = Prepare(sql);
  if (!statement) return std::unexpected(statement.error());
  auto row = statement->Step();
  if (!row) return std::unexpected(row.error());
  if (!*row) return std::unexpected("no row from: " + std::string(sql));
  return statement->Int(0);
}

std::int64_t SqliteDatabase::LastInsertId() const { return sqlite3_last_insert_rowid(db_.get()); }

}  // namespace judge::history

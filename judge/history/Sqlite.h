// Sqlite: a thin RAII hold on SQLite's C API, a connection and its prepared statements,
// with every failure returned as SQLite's own message rather than a result code.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <expected>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace judge::history {

/// A prepared statement. Binding keeps the first error and Step() reports it, so a chain
/// of binds reads as one step.
class SqliteStatement {
 public:
  SqliteStatement& Bind(int index, std::int64_t value);
  SqliteStatement& Bind(int index, std::string_view text);
  SqliteStatement& Bind(int index, const std::string& text) {
    return Bind(index, std::string_view(text));
  }
  /// NULL when absent.
  SqliteStatement& Bind(int index, const std::optional<std::string>& text);

  /// True when a row is ready to read, false when the statement has run to its end.
  std::expected<bool, std::string> Step();

  std::int64_t Int(int column) const;
  /// "" for NULL.
  std::string Text(int column) const;
  bool IsNull(int column) const;

 private:
  friend class SqliteDatabase;
  struct Finalize {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
  };
  SqliteStatement(sqlite3_stmt* statement, sqlite3* db) : statement_(statement), db_(db) {}
  void Check(int code);

  std::unique_ptr<sqlite3_stmt, Finalize> statement_;
  sqlite3* db_;  // owned by the SqliteDatabase, which outlives its statements
  std::string first_error_;
};

class SqliteDatabase {
 public:
  /// `flags` as for sqlite3_open_v2 (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, ...).
  static std::expected<SqliteDatabase, std::string> Open(const std::filesystem::path& file,
                                                         int flags);

  /// Runs statements whose rows are not wanted (schema, pragmas, transactions).
  std::expected<void, std::string> Execute(const std::string& sql);
  std::expected<SqliteStatement, std::string> Prepare(std::string_view sql);
  /// The first column of the first row of `sql`, as an integer (PRAGMA user_version).
  std::expected<std::int64_t, std::string> QueryInt(std::string_view sql);
  std::int64_t LastInsertId() const;

 private:
  struct Close {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
  };
  explicit SqliteDatabase(sqlite3* db) : db_(db) {}

  std::unique_ptr<sqlite3, Close> db_;
};

}  // namespace judge::history

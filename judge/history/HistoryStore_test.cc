// The history file: records read back as written, the schema version, several writers at
// once, and the files it must refuse without harm (corrupt, newer, out of reach).
#include "judge/history/HistoryStore.h"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

namespace judge::history {
namespace {

namespace fs = std::filesystem;

class HistoryStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string dir = (fs::temp_directory_path() / "judge-history-store-XXXXXX").string();
    ASSERT_NE(::mkdtemp(dir.data()), nullptr);
    dir_ = dir;
    file_ = dir_ / "history.sqlite";
  }
  void TearDown() override {
    ::chmod(dir_.c_str(), 0700);  // a test may have taken the write bit away
    fs::remove_all(dir_);
  }

  fs::path dir_;
  fs::path file_;
};

SubmissionRecord Sample(std::string problem, Verdict verdict) {
  SubmissionRecord record;
  record.submitted_at = "2025-01-31T09:15:02Z";
  record.problem_id = std::move(problem);
  record.problem_tags = {"array", "hash-map"};
  record.language = Language::Python;
  record.verdict = verdict;
  record.cases_passed = 13;
  record.cases_total = 15;
  record.first_failed_case = "sample-2";
  record.first_failed_tags = {"edge:reuse-trap"};
  record.failed_tags = {"edge:reuse-trap", "edge:negative"};
  record.max_cpu_time_us = 1800;
  record.peak_memory_bytes = 315 * 1024;
  record.budget = {.outcome = "over", .time_budget = "O(n)", .time_measured = "O(n²)",
                   .space_budget = std::nullopt, .space_measured = std::nullopt};
  record.source_path = "/home/me/two-sum.py";
  record.source_sha256 = std::string(64, 'f');
  record.fail_fast = true;
  record.budget_skipped = false;
  return record;
}

std::string Slurp(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST_F(HistoryStoreTest, ARecordReadsBackAsWritten) {
  auto store = HistoryStore::Open(file_);
  ASSERT_TRUE(store.has_value()) << store.error().ToString();
  const SubmissionRecord written = Sample("two-sum", Verdict::WrongAnswer);
  SubmissionRecord bare = Sample("a-plus-b", Verdict::CompileError);
  bare.first_failed_case.reset();
  bare.first_failed_tags.clear();
  bare.failed_tags.clear();
  bare.problem_tags.clear();
  bare.budget = {};
  const auto first = store->Add(written);
  const auto second = store->Add(bare);
  ASSERT_TRUE(first.has_value() && second.has_value());
  EXPECT_LT(*first, *second);

  // Read through a second opening, as `judge stats` reads what `judge submit` wrote.
  auto reopened = HistoryStore::Open(file_);
  ASSERT_TRUE(reopened.has_value()) << reopened.error().ToString();
  const auto all = reopened->All();
  ASSERT_TRUE(all.has_value()) << all.error().ToString();
  ASSERT_EQ(all->size(), 2u);
  const SubmissionRecord& read = (*all)[0];
  EXPECT_EQ(read.id, *first);
  EXPECT_EQ(read.submitted_at, written.submitted_at);
  EXPECT_EQ(read.problem_id, "two-sum");
  EXPECT_EQ(read.problem_tags, written.problem_tags);
  EXPECT_EQ(read.language, Language::Python);
  EXPECT_EQ(read.verdict, Verdict::WrongAnswer);
  EXPECT_EQ(read.cases_passed, 13);
  EXPECT_EQ(read.cases_total, 15);
  EXPECT_EQ(read.first_failed_case, "sample-2");
  EXPECT_EQ(read.first_failed_tags, written.first_failed_tags);
  EXPECT_EQ(read.failed_tags, written.failed_tags);
  EXPECT_EQ(read.max_cpu_time_us, 1800);
  EXPECT_EQ(read.peak_memory_bytes, 315 * 1024);
  EXPECT_EQ(read.budget.outcome, "over");
  EXPECT_EQ(read.budget.time_budget, "O(n)");
  EXPECT_EQ(read.budget.time_measured, "O(n²)");
  EXPECT_FALSE(read.budget.space_budget.has_value());
  EXPECT_FALSE(read.budget.space_measured.has_value());
  EXPECT_EQ(read.source_path, written.source_path);
  EXPECT_EQ(read.source_sha256, written.source_sha256);
  EXPECT_TRUE(read.fail_fast);
  EXPECT_FALSE(read.budget_skipped);

  const SubmissionRecord& empty = (*all)[1];
  EXPECT_EQ(empty.verdict, Verdict::CompileError);
  EXPECT_FALSE(empty.first_failed_case.has_value());
  EXPECT_TRUE(empty.failed_tags.empty());
  EXPECT_TRUE(empty.problem_tags.empty());
  EXPECT_EQ(empty.budget.outcome, "none");
}

TEST_F(HistoryStoreTest, ANewFileCarriesTheSchemaVersionAndIsInWalMode) {
  ASSERT_TRUE(HistoryStore::Open(file_).has_value());
  auto db = SqliteDatabase::Open(file_, SQLITE_OPEN_READONLY);
  ASSERT_TRUE(db.has_value()) << db.error();
  EXPECT_EQ(db->QueryInt("PRAGMA user_version"), HistoryStore::kSchemaVersion);
  auto mode = db->Prepare("PRAGMA journal_mode");
  ASSERT_TRUE(mode.has_value() && mode->Step().value_or(false));
  EXPECT_EQ(mode->Text(0), "wal");
}

TEST_F(HistoryStoreTest, AFileOfALaterSchemaIsRefusedAndLeftAsItIs) {
  {
    auto db = SqliteDatabase::Open(file_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE(db->Execute("CREATE TABLE later (x); PRAGMA user_version = 7").has_value());
  }
  const auto store = HistoryStore::Open(file_);
  ASSERT_FALSE(store.has_value());
  EXPECT_EQ(store.error().file, file_);
  EXPECT_NE(store.error().message.find("schema version 7"), std::string::npos)
      << store.error().message;
  auto db = SqliteDatabase::Open(file_, SQLITE_OPEN_READONLY);
  ASSERT_TRUE(db.has_value());
  EXPECT_EQ(db->QueryInt("PRAGMA user_version"), 7);
}

TEST_F(HistoryStoreTest, ACorruptFileIsAnErrorNamingItAndIsNotOverwritten) {
  const std::string garbage(4096, 'x');
  std::ofstream(file_, std::ios::binary) << garbage;
  const auto store = HistoryStore::Open(file_);
  ASSERT_FALSE(store.has_value());
  EXPECT_NE(store.error().ToString().find(file_.string()), std::string::npos);
  EXPECT_NE(store.error().message.find("not a database"), std::string::npos)
      << store.error().message;
  EXPECT_EQ(Slurp(file_), garbage);
}

TEST_F(HistoryStoreTest, AFileThatCannotBeMadeIsAnErrorNamingIt) {
  // A folder in the way of a regular file stops root as surely as anyone.
  std::ofstream(dir_ / "not-a-folder") << "x";
  const fs::path file = dir_ / "not-a-folder" / "history.sqlite";
  const auto store = HistoryStore::Open(file);
  ASSERT_FALSE(store.has_value());
  EXPECT_EQ(store.error().file, file);
  EXPECT_NE(store.error().ToString().find(file.string()), std::string::npos);
}

TEST_F(HistoryStoreTest, AFolderItMayNotWriteIsAnError) {
  if (::geteuid() == 0) GTEST_SKIP() << "root writes anyway; tests/run-unprivileged runs this as nobody";
  ASSERT_EQ(::chmod(dir_.c_str(), 0500), 0);
  const auto store = HistoryStore::Open(file_);
  ASSERT_FALSE(store.has_value());
  EXPECT_EQ(store.error().file, file_);
}

TEST_F(HistoryStoreTest, AReadOnlyFileRefusesTheWrite) {
  if (::geteuid() == 0) GTEST_SKIP() << "root writes anyway; tests/run-unprivileged runs this as nobody";
  {
    auto store = HistoryStore::Open(file_);
    ASSERT_TRUE(store.has_value());
    ASSERT_TRUE(store->Add(Sample("two-sum", Verdict::Accepted)).has_value());
  }
  fs::remove(file_.string() + "-wal");
  fs::remove(file_.string() + "-shm");
  ASSERT_EQ(::chmod(file_.c_str(), 0400), 0);
  auto store = HistoryStore::Open(file_);
  const bool refused = !store || !store->Add(Sample("two-sum", Verdict::Accepted));
  EXPECT_TRUE(refused);
}

// Judges started at once each add their submissions; none is lost, none fails for the lock.
TEST_F(HistoryStoreTest, SeveralWritersAtOnceLoseNothing) {
  constexpr int kWriters = 4, kEach = 25;
  std::vector<pid_t> writers;
  for (int w = 0; w < kWriters; ++w) {
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      auto store = HistoryStore::Open(file_);
      for (int i = 0; store && i < kEach; ++i) {
        if (!store->Add(Sample("writer-" + std::to_string(w), Verdict::Accepted))) ::_exit(2);
      }
      ::_exit(store ? 0 : 1);
    }
    writers.push_back(pid);
  }
  for (const pid_t pid : writers) {
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "status " << status;
  }
  auto store = HistoryStore::Open(file_);
  ASSERT_TRUE(store.has_value());
  const auto all = store->All();
  ASSERT_TRUE(all.has_value()) << all.error().ToString();
  EXPECT_EQ(all->size(), static_cast<std::size_t>(kWriters * kEach));
  std::set<std::int64_t> ids;
  for (const auto& record : *all) ids.insert(record.id);
  EXPECT_EQ(ids.size(), all->size());
}

}  // namespace
}  // namespace judge::history

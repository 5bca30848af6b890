// Where the history lives: JUDGE_DATA_DIR over XDG_DATA_HOME over HOME, and the private
// folders made for it.
#include "judge/history/HistoryLocation.h"

#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <optional>

namespace judge::history {
namespace {

namespace fs = std::filesystem;

// Sets (or unsets) a variable for one test, restoring what the test run had: the suite's
// own JUDGE_DATA_DIR (tests/IsolatedDataDir.cc) must survive the test.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, std::optional<std::string> value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value) {
      ::setenv(name, value->c_str(), 1);
    } else {
      ::unsetenv(name);
    }
  }
  ~ScopedEnv() {
    if (old_) {
      ::setenv(name_, old_->c_str(), 1);
    } else {
      ::unsetenv(name_);
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

mode_t ModeOf(const fs::path& path) {
  struct stat info{};
  EXPECT_EQ(::stat(path.c_str(), &info), 0) << path;
  return info.st_mode & 07777;
}

TEST(HistoryLocationTest, JudgeDataDirWinsThenXdgDataHomeThenHome) {
  ScopedEnv home("HOME", "/home/someone");
  {
    ScopedEnv chosen("JUDGE_DATA_DIR", "/srv/judge-data");
    ScopedEnv xdg("XDG_DATA_HOME", "/xdg");
    EXPECT_EQ(HistoryFile(), fs::path("/srv/judge-data/history.sqlite"));
  }
  ScopedEnv chosen("JUDGE_DATA_DIR", std::nullopt);
  {
    ScopedEnv xdg("XDG_DATA_HOME", "/xdg");
    EXPECT_EQ(DataDir(), fs::path("/xdg/judge"));
  }
  {
    // The XDG spec has a relative path ignored.
    ScopedEnv xdg("XDG_DATA_HOME", "relative");
    EXPECT_EQ(DataDir(), fs::path("/home/someone/.local/share/judge"));
  }
  ScopedEnv xdg("XDG_DATA_HOME", std::nullopt);
  EXPECT_EQ(DataDir(), fs::path("/home/someone/.local/share/judge"));
}

TEST(HistoryLocationTest, MissingFoldersAreMadePrivateAndAnExistingOneIsLeftAlone) {
  std::string root = (fs::temp_directory_path() / "judge-history-location-XXXXXX").string();
  ASSERT_NE(::mkdtemp(root.data()), nullptr);
  ASSERT_EQ(::chmod(root.c_str(), 0755), 0);
  const fs::path dir = fs::path(root) / "share" / "judge";
  ASSERT_TRUE(CreatePrivateFolder(dir).has_value());
  EXPECT_EQ(ModeOf(fs::path(root) / "share"), 0700u);
  EXPECT_EQ(ModeOf(dir), 0700u);
  EXPECT_EQ(ModeOf(root), 0755u);
  EXPECT_TRUE(CreatePrivateFolder(dir).has_value()) << "an existing folder is fine";

  std::ofstream(fs::path(root) / "file") << "x";
  const auto blocked = CreatePrivateFolder(fs::path(root) / "file" / "judge");
  ASSERT_FALSE(blocked.has_value());
  EXPECT_NE(blocked.error().find((fs::path(root) / "file" / "judge").string()), std::string::npos)
      << blocked.error();
  fs::remove_all(root);
}

}  // namespace
}  // namespace judge::history

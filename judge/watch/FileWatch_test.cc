#include "judge/watch/FileWatch.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace judge::watch {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

class FileWatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string dir = (fs::temp_directory_path() / "judge-filewatch-test-XXXXXX").string();
    ASSERT_NE(::mkdtemp(dir.data()), nullptr) << dir;
    dir_ = dir;
    file_ = dir_ / "solution.py";
    Write(file_, "first");
    ASSERT_EQ(pipe(interrupt_), 0);
  }
  void TearDown() override {
    close(interrupt_[0]);
    close(interrupt_[1]);
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }
  static void Write(const fs::path& file, const std::string& text) {
    std::ofstream(file, std::ios::trunc) << text;
  }

  fs::path dir_, file_;
  int interrupt_[2] = {-1, -1};
};

TEST_F(FileWatchTest, ARenameOverTheFileIsAChange) {
  auto watch = FileWatch::Open(file_);
  ASSERT_TRUE(watch) << watch.error();
  Write(dir_ / "solution.py.tmp", "second");
  fs::rename(dir_ / "solution.py.tmp", file_);
  auto event = watch->WaitForChange(interrupt_[0], 50ms);
  ASSERT_TRUE(event) << event.error();
  EXPECT_EQ(*event, WatchEvent::Changed);
  EXPECT_FALSE(watch->ChangePending()) << "one save, one change";
}

TEST_F(FileWatchTest, OtherFilesInTheFolderAreIgnored) {
  auto watch = FileWatch::Open(file_);
  ASSERT_TRUE(watch) << watch.error();
  Write(dir_ / "notes.txt", "unrelated");
  EXPECT_FALSE(watch->ChangePending());
  Write(file_, "saved in place");
  EXPECT_TRUE(watch->ChangePending());
  auto event = watch->WaitForChange(interrupt_[0], 50ms);
  ASSERT_TRUE(event) << event.error();
  EXPECT_EQ(*event, WatchEvent::Changed);
}

TEST_F(FileWatchTest, TheInterruptDescriptorEndsTheWait) {
  auto watch = FileWatch::Open(file_);
  ASSERT_TRUE(watch) << watch.error();
  ASSERT_EQ(write(interrupt_[1], "x", 1), 1);
  auto event = watch->WaitForChange(interrupt_[0], 50ms);
  ASSERT_TRUE(event) << event.error();
  EXPECT_EQ(*event, WatchEvent::Interrupted);
}

TEST_F(FileWatchTest, AFolderThatGoesAwayIsAnError) {
  auto watch = FileWatch::Open(file_);
  ASSERT_TRUE(watch) << watch.error();
  fs::remove_all(dir_);
  auto event = watch->WaitForChange(interrupt_[0], 50ms);
  EXPECT_FALSE(event);
}

}  // namespace
}  // namespace judge::watch

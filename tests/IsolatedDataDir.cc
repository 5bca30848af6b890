// IsolatedDataDir: every test, and every judge a test runs, keeps its submission history in
// a temporary folder of this test run's own, never in the user's ~/.local/share/judge.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace judge::testing {
namespace {

class IsolatedDataDir : public ::testing::Environment {
 public:
  void SetUp() override {
    // Set even over the user's own JUDGE_DATA_DIR: a test's submissions are no practice.
    std::string dir = (std::filesystem::temp_directory_path() / "judge-test-data-XXXXXX").string();
    ASSERT_NE(::mkdtemp(dir.data()), nullptr) << "mkdtemp " << dir;
    dir_ = dir;
    ::setenv("JUDGE_DATA_DIR", dir_.c_str(), 1);
  }
  void TearDown() override {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }

 private:
  std::filesystem::path dir_;
};

[[maybe_unused]] ::testing::Environment* const kIsolatedDataDir =
    ::testing::AddGlobalTestEnvironment(new IsolatedDataDir);

}  // namespace
}  // namespace judge::testing

#include <gtest/gtest.h>

#include <algorithm>

#include "judge/problem/ProblemLoader.h"
#include "tests/TestPaths.h"

namespace judge {
namespace {

const std::filesystem::path kData = testing::TestDataDir();
const std::filesystem::path kGood = kData / "problems-good";

// Runs a test body from another working directory, restoring the old one afterwards.
class InDirectory {
 public:
  explicit InDirectory(const std::filesystem::path& dir)
      : previous_(std::filesystem::current_path()) {
    std::filesystem::current_path(dir);
  }
  ~InDirectory() { std::filesystem::current_path(previous_); }
  InDirectory(const InDirectory&) = delete;
  InDirectory& operator=(const InDirectory&) = delete;

 private:
  std::filesystem::path previous_;
};

TEST(ListProblemDirs, ListsFoldersWithProblemYamlSortedByName) {
  const auto dirs = ListProblemDirs(kGood);
  ASSERT_TRUE(dirs.has_value()) << dirs.error().ToString();
  // README.md is a file, so it is skipped.
  EXPECT_EQ(*dirs, (std::vector<std::filesystem::path>{kGood / "checker-exact", kGood / "full",
                                                       kGood / "minimal"}));
}

TEST(ListProblemDirs, SkipsFoldersWithoutProblemYaml) {
  const auto dirs = ListProblemDirs(kData / "problems-broken");
  ASSERT_TRUE(dirs.has_value()) << dirs.error().ToString();
  EXPECT_TRUE(std::ranges::is_sorted(*dirs));
  EXPECT_EQ(std::ranges::count(*dirs, kData / "problems-broken" / "missing-problem-yaml"), 0);
  EXPECT_EQ(std::ranges::count(*dirs, kData / "problems-broken" / "syntax-error"), 1);
}

TEST(ListProblemDirs, RefusesARootThatIsNotAFolder) {
  const auto missing = ListProblemDirs(kData / "no-such-root");
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().ToString(), (kData / "no-such-root").string() + ": no such folder");
  const auto file = ListProblemDirs(kGood / "README.md");
  ASSERT_FALSE(file.has_value());
  EXPECT_EQ(file.error().ToString(), (kGood / "README.md").string() + ": not a folder");
}

TEST(SelectProblemDirs, TakesTheNamedInTheirOrderOrEveryProblem) {
  EXPECT_EQ(SelectProblemDirs(kGood, {"minimal", "full"}).value(),
            (std::vector<std::filesystem::path>{kGood / "minimal", kGood / "full"}));
  EXPECT_EQ(SelectProblemDirs(kGood, {}).value(), ListProblemDirs(kGood).value());
  const auto unknown = SelectProblemDirs(kGood, {"minimal", "two-sum"});
  ASSERT_FALSE(unknown.has_value());
  EXPECT_NE(unknown.error().ToString().find("unknown problem 'two-sum'"), std::string::npos);
}

TEST(ResolveProblemDir, FindsASlugUnderTheRoot) {
  EXPECT_EQ(ResolveProblemDir(kGood, "minimal"), kGood / "minimal");
}

TEST(ResolveProblemDir, ExplainsAnUnknownSlug) {
  const auto dir = ResolveProblemDir(kGood, "two-sum");
  ASSERT_FALSE(dir.has_value());
  EXPECT_EQ(dir.error().ToString(), "unknown problem 'two-sum' (no folder " +
                                        (kGood / "two-sum").string() +
                                        "); `judge list` shows the problems");
  EXPECT_FALSE(ResolveProblemDir(kGood, "").has_value());
}

TEST(ResolveProblemDir, RefusesASlugFolderWithoutProblemYaml) {
  const std::filesystem::path root = kData / "problems-broken";
  const auto dir = ResolveProblemDir(root, "missing-problem-yaml");
  ASSERT_FALSE(dir.has_value());
  EXPECT_EQ(dir.error().ToString(), (root / "missing-problem-yaml" / "problem.yaml").string() +
                                        ": not found; every problem folder holds one");
}

TEST(ResolveProblemDir, TakesAnythingWithASlashAsAPath) {
  const std::string path = (kGood / "full").string();
  EXPECT_EQ(ResolveProblemDir("/no/such/root", path), std::filesystem::path(path));
  const auto missing = ResolveProblemDir(kGood, "nowhere/minimal");
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().file, std::filesystem::path("nowhere/minimal/problem.yaml"));
}

TEST(ResolveProblemDir, TakesAFolderInTheWorkingDirectoryAsAPath) {
  const InDirectory cwd(kGood);
  EXPECT_EQ(ResolveProblemDir("/no/such/root", "minimal"), std::filesystem::path("minimal"));
}

}  // namespace
}  // namespace judge

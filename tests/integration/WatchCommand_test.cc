// Drives the real `judge watch` on a pseudo-terminal and through a pipe: it judges a file,
// judges it again when an editor saves over it, reports a vanished file, and stops cleanly.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/JudgeProcess.h"
#include "tests/PtyProcess.h"
#include "tests/TestPaths.h"

namespace judge {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using testing::ProblemsDir;
using testing::PtyProcess;
using testing::Slurp;

// The machine is shared and busy: generous, but a hang still fails.
constexpr auto kJudgement = 120s;

fs::path TwoSumSolution(const std::string& name) {
  return ProblemsDir() / "two-sum" / "solutions" / name;
}

// A private folder of the test's own (mode 0700, from mkdtemp), removed at the end.
class WatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string dir = (fs::temp_directory_path() / "judge-watch-test-XXXXXX").string();
    ASSERT_NE(::mkdtemp(dir.data()), nullptr) << dir;
    dir_ = dir;
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }

  // Saves as vim and many IDEs do: write a new file, then rename it over the old one.
  void SaveByRename(const fs::path& target, const fs::path& contents) {
    const fs::path temporary = dir_ / ".solution.py.swp";
    fs::copy_file(contents, temporary, fs::copy_options::overwrite_existing);
    fs::rename(temporary, target);
  }

  std::vector<std::string> Watch(const fs::path& file, std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"--problems", ProblemsDir().string(), "watch", "two-sum",
                                     file.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
  }

  fs::path dir_;
};

TEST_F(WatchTest, OnATerminalItRedrawsOnEverySaveAndCtrlCEndsIt) {
  const fs::path file = dir_ / "solution.py";
  fs::copy_file(TwoSumSolution("wrong-reuses-element.py"), file);
  PtyProcess judge(Watch(file));
  ASSERT_TRUE(judge.started());

  // The first report: the samples already fail, and the full judgement says so too.
  ASSERT_TRUE(judge.WaitFor("watching " + file.string(), kJudgement)) << judge.output();
  EXPECT_NE(judge.output().find("Wrong Answer"), std::string::npos) << judge.output();
  EXPECT_NE(judge.output().find("\033[2J"), std::string::npos) << "no screen clear";
  const std::size_t first_round = judge.output().size();

  SaveByRename(file, TwoSumSolution("accepted.py"));
  ASSERT_TRUE(judge.WaitFor("watching " + file.string(), kJudgement, first_round))
      << judge.output().substr(first_round);
  const std::string second = judge.output().substr(first_round);
  EXPECT_NE(second.find("\033[2J"), std::string::npos) << "the screen is not redrawn";
  // The last screen, after the last clear, is the full judgement's report.
  const std::string last_screen = second.substr(second.rfind("\033[2J"));
  EXPECT_NE(last_screen.find("Accepted"), std::string::npos) << last_screen;
  EXPECT_NE(last_screen.find("cases passed"), std::string::npos) << last_screen;
  EXPECT_EQ(last_screen.find("Wrong Answer"), std::string::npos) << last_screen;
  // While the budget's series ran, its counter (on stderr, the same terminal), erased
  // before the report.
  EXPECT_NE(last_screen.find("\r\033[K[0/"), std::string::npos) << last_screen;
  EXPECT_NE(last_screen.find("] complexity series: n = "), std::string::npos) << last_screen;
  EXPECT_LT(last_screen.rfind("\r\033[K"), last_screen.find("Accepted")) << last_screen;

  judge.Type("\x03");
  EXPECT_EQ(judge.WaitExit(60s), std::optional<int>(0)) << judge.output().substr(first_round);
}

TEST_F(WatchTest, InAPipeRunsAreSeparatedAVanishedFileIsReportedAndSigtermEndsIt) {
  const fs::path file = dir_ / "solution.py";
  fs::copy_file(TwoSumSolution("wrong-reuses-element.py"), file);
  PtyProcess judge(Watch(file, {"--no-budget"}), /*stdout_on_terminal=*/false);
  ASSERT_TRUE(judge.started());

  ASSERT_TRUE(judge.WaitFor("watching " + file.string(), kJudgement)) << judge.output();
  EXPECT_NE(judge.output().find("samples: WA"), std::string::npos) << judge.output();
  EXPECT_NE(judge.output().find("Wrong Answer"), std::string::npos) << judge.output();

  fs::remove(file);
  ASSERT_TRUE(judge.WaitFor("is gone; waiting for it to come back", 60s)) << judge.output();
  const std::size_t gone = judge.output().size();

  // Written in place this time, as editors that keep the inode do.
  {
    std::ofstream out(file, std::ios::trunc);
    out << Slurp(TwoSumSolution("accepted.py"));
  }
  ASSERT_TRUE(judge.WaitFor("watching " + file.string(), kJudgement, gone))
      << judge.output().substr(gone);
  const std::string second = judge.output().substr(gone);
  EXPECT_NE(second.find(std::string(72, '-')), std::string::npos) << second;
  EXPECT_NE(second.find("Accepted"), std::string::npos) << second;
  EXPECT_EQ(judge.output().find('\033'), std::string::npos) << "ANSI codes in a pipe";

  ::kill(judge.pid(), SIGTERM);
  EXPECT_EQ(judge.WaitExit(60s), std::optional<int>(0)) << judge.output().substr(gone);
}

TEST_F(WatchTest, AMissingFileOrUnknownProblemExitsTwoWithOneLine) {
  const auto missing = testing::RunJudge({"watch", "two-sum", (dir_ / "nothing.py").string()});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("nothing.py: no such file"), std::string::npos) << missing.err;

  fs::copy_file(TwoSumSolution("accepted.py"), dir_ / "solution.py");
  const auto unknown =
      testing::RunJudge({"watch", "no-such-problem", (dir_ / "solution.py").string()});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("no-such-problem"), std::string::npos) << unknown.err;
}

}  // namespace
}  // namespace judge

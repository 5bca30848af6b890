// `judge mock` as a candidate meets it, on a real terminal (a pty): the plan and the
// starters, submissions judged in the sandbox, the countdown, the deadline, Ctrl-C, the
// scorecard. The rounds are drawn from a bank of the test's own (copies of three problems),
// so that a problem added to the real bank changes no pick here.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "tests/JudgeProcess.h"
#include "tests/TerminalSession.h"
#include "tests/TestPaths.h"

namespace judge {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using testing::Outcome;
using testing::ProblemsDir;
using testing::RunJudgeIn;
using testing::TerminalSession;

// The machine is shared and busy: generous, but a hang still fails.
constexpr auto kJudging = 240s;

class MockCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string dir = (fs::temp_directory_path() / "judge-mock-test-XXXXXX").string();
    ASSERT_NE(::mkdtemp(dir.data()), nullptr);
    dir_ = dir;
    // One medium and one hard dp problem: whatever the seed, a dp round (and a round of
    // every topic, debug problems being left out) poses unique-paths first, as the medium,
    // then binary-tree-maximum-path-sum. And one medium debug problem alone, too few for a
    // debug round.
    fs::create_directory(Bank());
    for (const std::string slug :
         {"unique-paths", "binary-tree-maximum-path-sum", "debug-minimum-size-subarray-sum"}) {
      fs::copy(ProblemsDir() / slug, Bank() / slug, fs::copy_options::recursive);
    }
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path Bank() const { return dir_ / "problems"; }

  // `judge mock` on the test's bank with `extra`; RunJudgeIn gives --problems itself, a
  // terminal session not.
  std::vector<std::string> Args(std::vector<std::string> extra, bool with_problems = true) const {
    std::vector<std::string> args = {"mock", "--dir", (dir_ / "round").string()};
    if (with_problems) args.insert(args.begin(), {"--problems", Bank().string()});
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
  }
  Outcome RunOnBank(std::vector<std::string> args) const {
    return RunJudgeIn(Bank(), std::move(args), Env());
  }
  std::map<std::string, std::string> Env() const {
    return {{"JUDGE_DATA_DIR", (dir_ / "data").string()}, {"NO_COLOR", "1"}};
  }

  fs::path dir_;
};

// The proof: a seeded round of dp problems, one solved, one wrong, then ended.
TEST_F(MockCommandTest, SolvedOneOfTwoShowsInTheScorecard) {
  TerminalSession round(Args({"--topics", "dp", "--seed", "1", "--minutes", "30"}), Env());
  ASSERT_TRUE(round.started());
  ASSERT_TRUE(round.WaitFor("left] > ", kJudging)) << round.screen();
  const std::string plan = round.screen();
  EXPECT_NE(plan.find("1. Unique Paths (unique-paths, medium)"), std::string::npos) << plan;
  EXPECT_NE(plan.find("2. Binary Tree Maximum Path Sum (binary-tree-maximum-path-sum, hard)"),
            std::string::npos)
      << plan;
  EXPECT_NE(plan.find("(seed 1)"), std::string::npos) << plan;
  EXPECT_NE(plan.find("Deadline:"), std::string::npos) << plan;
  const fs::path first = dir_ / "round" / "unique-paths.py";
  const fs::path second = dir_ / "round" / "binary-tree-maximum-path-sum.py";
  ASSERT_TRUE(fs::exists(first) && fs::exists(second)) << plan;
  EXPECT_TRUE(fs::exists(dir_ / "round" / "unique-paths.md"));
  EXPECT_NE(plan.find(first.string()), std::string::npos) << plan;
  EXPECT_NE(plan.find("[30:00 left] > "), std::string::npos) << plan;

  fs::copy_file(Bank() / "unique-paths" / "solutions" / "accepted.py", first,
                fs::copy_options::overwrite_existing);
  std::size_t mark = round.screen().size();
  round.Type("submit 1");
  ASSERT_TRUE(round.WaitFor("left] > ", kJudging, mark + 10)) << round.screen();
  EXPECT_NE(round.screen().find("Accepted", mark), std::string::npos) << round.screen();

  // The empty starter, as written: every case wrong.
  mark = round.screen().size();
  round.Type("s 2");
  ASSERT_TRUE(round.WaitFor("left] > ", kJudging, mark + 5)) << round.screen();
  EXPECT_NE(round.screen().find("Wrong Answer", mark), std::string::npos) << round.screen();

  mark = round.screen().size();
  round.Type("status");
  ASSERT_TRUE(round.WaitFor("left] > ", kJudging, mark + 8)) << round.screen();
  EXPECT_NE(round.screen().find("1. unique-paths", mark), std::string::npos) << round.screen();
  EXPECT_NE(round.screen().find("solved at", mark), std::string::npos) << round.screen();

  mark = round.screen().size();
  round.Type("end");
  EXPECT_EQ(round.WaitForExit(kJudging), 1) << round.screen();
  const std::string card = round.screen().substr(mark);
  EXPECT_NE(card.find("Scorecard"), std::string::npos) << card;
  EXPECT_NE(card.find("Total: solved 1 of 2 · 2 attempts"), std::string::npos) << card;
  EXPECT_NE(card.find("attempts: 1"), std::string::npos) << card;
  EXPECT_NE(card.find("time to first AC: 00:"), std::string::npos) << card;
  EXPECT_NE(card.find("complexity: met"), std::string::npos) << card;
  EXPECT_NE(card.find("not solved (last verdict WA)"), std::string::npos) << card;
  EXPECT_NE(card.find("edge cases missed: edge:"), std::string::npos) << card;

  // Recorded in the history, as `judge submit` would have.
  const Outcome stats = RunOnBank({"stats", "--json"});
  ASSERT_EQ(stats.exit_code, 0) << stats.err;
  EXPECT_EQ(testing::Json(stats)["submissions"], 2) << stats.out;
}

// Ctrl-C at the prompt ends the round as `end` does: the scorecard, the history, and the
// exit status of what was solved.
TEST_F(MockCommandTest, CtrlCEndsTheRoundWithTheScorecard) {
  TerminalSession round(Args({"--seed", "2", "--minutes", "30"}), Env());
  ASSERT_TRUE(round.started());
  ASSERT_TRUE(round.WaitFor("left] > ", kJudging)) << round.screen();
  // The empty starter, as written: judged, and wrong.
  std::size_t mark = round.screen().size();
  round.Type("s 2");
  ASSERT_TRUE(round.WaitFor("left] > ", kJudging, mark + 5)) << round.screen();
  EXPECT_NE(round.screen().find("Wrong Answer", mark), std::string::npos) << round.screen();

  mark = round.screen().size();
  round.Interrupt();
  EXPECT_EQ(round.WaitForExit(kJudging), 1) << round.screen();
  const std::string card = round.screen().substr(mark);
  EXPECT_NE(card.find("Interrupted: the round ends."), std::string::npos) << card;
  EXPECT_NE(card.find("Scorecard"), std::string::npos) << card;
  EXPECT_EQ(card.find("Scorecard (time is up)"), std::string::npos) << card;
  EXPECT_NE(card.find("Total: solved 0 of 2 · 1 attempt ·"), std::string::npos) << card;
  EXPECT_NE(card.find("not solved (last verdict WA)"), std::string::npos) << card;

  const Outcome stats = RunOnBank({"stats", "--json"});
  ASSERT_EQ(stats.exit_code, 0) << stats.err;
  EXPECT_EQ(testing::Json(stats)["submissions"], 1) << stats.out;
}

TEST_F(MockCommandTest, EndsByItselfAtTheDeadline) {
  // 0.05 minutes: 3 seconds, with nothing typed.
  TerminalSession round(Args({"--topics", "dp", "--seed", "1", "--minutes", "0.05"}), Env());
  ASSERT_TRUE(round.started());
  EXPECT_EQ(round.WaitForExit(kJudging), 1) << round.screen();
  const std::string& screen = round.screen();
  EXPECT_NE(screen.find("Time is up."), std::string::npos) << screen;
  EXPECT_NE(screen.find("Scorecard (time is up)"), std::string::npos) << screen;
  EXPECT_NE(screen.find("Total: solved 0 of 2 · 0 attempts"), std::string::npos) << screen;
}

TEST_F(MockCommandTest, EndOfInputEndsTheRoundWithJson) {
  TerminalSession round(Args({"--seed", "3", "--minutes", "10", "--json"}), Env());
  ASSERT_TRUE(round.started());
  ASSERT_TRUE(round.WaitFor("left] > ", kJudging)) << round.screen();
  round.EndInput();
  EXPECT_EQ(round.WaitForExit(kJudging), 1) << round.screen();
  EXPECT_NE(round.screen().find("\"solved\": 0"), std::string::npos) << round.screen();
  EXPECT_NE(round.screen().find("\"ended_by_deadline\": false"), std::string::npos);
}

TEST_F(MockCommandTest, BadTopicsAndTooFewProblemsAreOneLineAndExitTwo) {
  const Outcome unknown = RunOnBank(Args({"--topics", "dp,quantum"}, false));
  EXPECT_EQ(unknown.exit_code, 2) << unknown.out << unknown.err;
  EXPECT_NE(unknown.err.find("unknown topic 'quantum'"), std::string::npos) << unknown.err;
  EXPECT_EQ(std::ranges::count(unknown.err, '\n'), 1) << unknown.err;

  // One medium debug problem and no hard one: not a round.
  const Outcome few = RunOnBank(Args({"--topics", "debug"}, false));
  EXPECT_EQ(few.exit_code, 2) << few.out << few.err;
  EXPECT_NE(few.err.find("a round needs a medium and another"), std::string::npos) << few.err;
  EXPECT_FALSE(fs::exists(dir_ / "round")) << "a refused round wrote files";

  EXPECT_EQ(RunOnBank(Args({"--minutes", "0"}, false)).exit_code, 2);
  const Outcome language = RunOnBank(Args({"--lang", "go"}, false));
  EXPECT_EQ(language.exit_code, 2);
  EXPECT_EQ(language.err, "judge: --lang 'go': expected py or cpp\n");
}

}  // namespace
}  // namespace judge

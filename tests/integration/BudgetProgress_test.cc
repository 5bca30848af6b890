// `judge submit` counts the complexity series' sizes on stderr while it runs ("[3/12]
// complexity series: n = 512 ..."), only when stderr is a terminal, and erases the count
// before the report; a pipe gets none of it.
#include <gtest/gtest.h>

#include <chrono>
#include <regex>
#include <string>
#include <vector>

#include "tests/JudgeProcess.h"
#include "tests/PtyProcess.h"

namespace judge {
namespace {

using namespace std::chrono_literals;
using testing::PtyCommand;
using testing::PtyProcess;

// The machine is shared and busy: generous, but a hang still fails.
constexpr auto kJudging = 300s;

std::vector<std::string> SubmitTwoSum() {
  return {"submit", "two-sum",
          (testing::ProblemsDir() / "two-sum" / "solutions" / "accepted.py").string()};
}

struct Step {
  std::size_t done = 0, total = 0;
  std::string what;
};

// Every progress line drawn, in order: what follows each "\r\033[K" up to " ...".
std::vector<Step> ProgressSteps(const std::string& seen) {
  static const std::regex kStep(R"(\r\x1b\[K\[(\d+)/(\d+)\] complexity series: ([^\r\n]*?) \.\.\.)");
  std::vector<Step> steps;
  for (std::sregex_iterator it(seen.begin(), seen.end(), kStep), end; it != end; ++it) {
    steps.push_back({std::stoul((*it)[1]), std::stoul((*it)[2]), (*it)[3]});
  }
  return steps;
}

// Preparing, then each size in turn, growing (and the empty input last, where the problem's
// generators can build it); never past the total.
void ExpectTheSeriesCounted(const std::vector<Step>& steps) {
  ASSERT_GE(steps.size(), 3u);
  const std::size_t total = steps.front().total;
  EXPECT_EQ(steps.front().done, 0u);
  EXPECT_EQ(steps.front().what, "preparing");
  ASSERT_EQ(steps.size(), total + 1) << "one line to prepare, and one per size";
  long long previous = 0;
  for (std::size_t i = 1; i < steps.size(); ++i) {
    EXPECT_EQ(steps[i].total, total);
    EXPECT_EQ(steps[i].done, i - 1) << steps[i].what;
    if (steps[i].what == "n = 0 (empty input)") {
      EXPECT_EQ(i + 1, steps.size()) << "the empty input is not last";
      continue;
    }
    ASSERT_TRUE(steps[i].what.starts_with("n = ")) << steps[i].what;
    const long long n = std::stoll(steps[i].what.substr(4));
    EXPECT_GT(n, previous) << "the sizes grow";
    previous = n;
  }
}

TEST(BudgetProgressTest, ATerminalSeesEachSizeCountedAndErasedBeforeTheReport) {
  // NO_COLOR, as many users set it: the count is plain text either way.
  PtyProcess judge(PtyCommand{.args = SubmitTwoSum(), .variables = {{"NO_COLOR", "1"}}});
  ASSERT_TRUE(judge.started());
  EXPECT_EQ(judge.WaitExit(kJudging), std::optional<int>(0)) << judge.output();
  const std::string& seen = judge.output();
  ExpectTheSeriesCounted(ProgressSteps(seen));
  // Erased before the report is printed, so that none of it stays above the result.
  const std::size_t report = seen.find("Accepted");
  ASSERT_NE(report, std::string::npos) << seen;
  EXPECT_LT(seen.rfind("\r\033[K"), report) << seen;
  EXPECT_EQ(seen.find("complexity series", report), std::string::npos) << seen;
  EXPECT_FALSE(std::regex_search(seen, std::regex("\x1b\\[[0-9;]*m"))) << "a colour despite NO_COLOR";
}

TEST(BudgetProgressTest, OnlyStderrShowsItWhenStdoutIsAPipe) {
  PtyProcess judge(PtyCommand{.args = SubmitTwoSum(), .stdout_on_terminal = false});
  ASSERT_TRUE(judge.started());
  EXPECT_EQ(judge.WaitExit(kJudging), std::optional<int>(0)) << judge.output();
  EXPECT_NE(judge.output().find("Accepted"), std::string::npos) << judge.output();
  EXPECT_EQ(judge.output().find('\r'), std::string::npos) << judge.output();
  ExpectTheSeriesCounted(ProgressSteps(judge.terminal()));
}

TEST(BudgetProgressTest, NothingOfItGoesToAPipe) {
  const testing::Outcome piped = testing::RunJudge(SubmitTwoSum());
  EXPECT_EQ(piped.exit_code, 0) << piped.out << piped.err;
  EXPECT_NE(piped.out.find("Complexity: budget"), std::string::npos) << "no budget was measured";
  EXPECT_EQ(piped.err.find("complexity series"), std::string::npos) << piped.err;
  EXPECT_EQ(piped.err.find('\r'), std::string::npos) << piped.err;
  EXPECT_EQ(piped.out.find('\r'), std::string::npos) << piped.out;
}

}  // namespace
}  // namespace judge

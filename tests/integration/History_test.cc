// The submission history as a user meets it: `judge submit` records real judgements (a
// wrong answer, an accepted one, a compile error, not a usage error), `judge stats` shows
// them, and a history that cannot be written costs a warning, never the result.
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "tests/JudgeProcess.h"
#include "tests/TestPaths.h"

namespace judge {
namespace {

namespace fs = std::filesystem;
using testing::Json;
using testing::Outcome;
using testing::ProblemsDir;
using testing::RunJudge;
using testing::Slurp;

std::string Solution(const std::string& problem, const std::string& file) {
  return (ProblemsDir() / problem / "solutions" / file).string();
}

std::size_t Lines(const std::string& text) { return std::ranges::count(text, '\n'); }

// A data folder of the test's own, so that it sees only its own submissions.
class HistoryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string dir = (fs::temp_directory_path() / "judge-history-test-XXXXXX").string();
    ASSERT_NE(::mkdtemp(dir.data()), nullptr);
    dir_ = dir;
  }
  void TearDown() override { fs::remove_all(dir_); }

  Outcome Judge(const std::vector<std::string>& args, const fs::path& data_dir) {
    return RunJudge(args, {{"JUDGE_DATA_DIR", data_dir.string()}});
  }
  Outcome Judge(const std::vector<std::string>& args) { return Judge(args, dir_ / "data"); }

  fs::path dir_;
};

TEST_F(HistoryTest, AnEmptyHistoryIsAHelpfulLineNotAnError) {
  const Outcome stats = Judge({"stats"});
  EXPECT_EQ(stats.exit_code, 0) << stats.err;
  EXPECT_NE(stats.out.find("No submissions in the history yet"), std::string::npos) << stats.out;
  EXPECT_FALSE(fs::exists(dir_ / "data")) << "reading the history created it";
  const auto json = Json(Judge({"stats", "--json"}));
  EXPECT_EQ(json["submissions"], 0);
  EXPECT_EQ(json["recent"].size(), 0u);
}

// The proof: a wrong two-sum, then an accepted one, then the stats.
TEST_F(HistoryTest, SubmissionsShowInTheStatsByTopicWeakEdgeAndSolvedCount) {
  const Outcome wrong = Judge({"submit", "two-sum", Solution("two-sum", "wrong-reuses-element.cpp")});
  ASSERT_EQ(wrong.exit_code, 1) << wrong.out << wrong.err;
  const Outcome accepted =
      Judge({"submit", "two-sum", Solution("two-sum", "accepted.cpp"), "--no-budget"});
  ASSERT_EQ(accepted.exit_code, 0) << accepted.out << accepted.err;
  EXPECT_TRUE(wrong.err.empty() && accepted.err.empty()) << wrong.err << accepted.err;
  // Not judgements: neither a missing file nor a run the user asked to keep out.
  EXPECT_EQ(Judge({"submit", "two-sum", (dir_ / "missing.cpp").string()}).exit_code, 2);
  EXPECT_EQ(Judge({"submit", "a-plus-b", Solution("a-plus-b", "accepted.cpp"), "--no-history"})
                .exit_code, 0);
  const Outcome compile_error = Judge({"submit", "a-plus-b", Solution("a-plus-b", "compile-error.cpp")});
  ASSERT_EQ(compile_error.exit_code, 1) << compile_error.out << compile_error.err;

  const Outcome stats = Judge({"stats"});
  ASSERT_EQ(stats.exit_code, 0) << stats.err;
  const std::string& text = stats.out;
  EXPECT_NE(text.find("3 submissions · 2 problems attempted · 1 solved"), std::string::npos) << text;
  // two-sum is tagged [array, hash-map]; a-plus-b, not solved, [math, io].
  EXPECT_NE(text.find("  hash-map          1       1   100%\n"), std::string::npos) << text;
  EXPECT_NE(text.find("  math              1       0     0%\n"), std::string::npos) << text;
  // The wrong solution pairs an element with itself: it fails the reuse-trap cases.
  EXPECT_NE(text.find("  edge:reuse-trap "), std::string::npos) << text;
  EXPECT_NE(text.find("Not solved yet\n  a-plus-b  1 submission, last CE on "), std::string::npos)
      << text;
  EXPECT_NE(text.find("of the bank's"), std::string::npos) << text;
  const auto recent = text.find("Last 3 submissions (UTC)\n");
  ASSERT_NE(recent, std::string::npos) << text;
  const auto ce = text.find("a-plus-b  cpp  CE", recent);
  const auto ac = text.find("two-sum   cpp  AC", recent);
  const auto wa = text.find("two-sum   cpp  WA", recent);
  EXPECT_TRUE(ce < ac && ac < wa && wa != std::string::npos) << text;
  EXPECT_NE(text.find("first failed: sample-2 (edge:reuse-trap)", wa), std::string::npos) << text;

  const auto json = Json(Judge({"stats", "--json"}));
  EXPECT_EQ(json["schema"], 1);
  EXPECT_EQ(json["history"], (dir_ / "data" / "history.sqlite").string());
  EXPECT_EQ(json["submissions"], 3);
  EXPECT_EQ(json["problems_solved"], 1);
  EXPECT_EQ(json["weak_edges"][0]["problems"], nlohmann::json::array({"two-sum"})) << json.dump(2);
  ASSERT_EQ(json["recent"].size(), 3u);
  const auto& newest = json["recent"][0];
  EXPECT_EQ(newest["code"], "CE");
  EXPECT_EQ(newest["total"], 0);
  const auto& first = json["recent"][2];
  EXPECT_EQ(first["verdict"], "wrong_answer");
  EXPECT_EQ(first["problem_tags"], nlohmann::json::array({"array", "hash-map"}));
  EXPECT_LT(first["passed"].get<int>(), first["total"].get<int>());
  EXPECT_EQ(first["first_failed_case"], "sample-2");
  EXPECT_EQ(first["source"], Solution("two-sum", "wrong-reuses-element.cpp"));
  EXPECT_EQ(first["source_sha256"].get<std::string>().size(), 64u);
  EXPECT_EQ(json["recent"][1]["budget_skipped"], true);
  EXPECT_EQ(json["recent"][1]["budget"]["outcome"], "none");

  struct stat info{};
  ASSERT_EQ(::stat((dir_ / "data").c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 07777, 0700u);
}

// Nothing can be made where a regular file stands in the way, as root or not.
TEST_F(HistoryTest, AnUnwritableDataFolderCostsOneWarningNotTheResult) {
  std::ofstream(dir_ / "file") << "x";
  const fs::path data = dir_ / "file" / "judge";
  const std::vector<std::string> submit = {"submit", "a-plus-b", Solution("a-plus-b", "wrong-int32.cpp")};
  const Outcome text = Judge(submit, data);
  EXPECT_EQ(text.exit_code, 1) << text.out << text.err;
  EXPECT_NE(text.out.find("Wrong Answer"), std::string::npos) << text.out;
  EXPECT_EQ(Lines(text.err), 1u) << text.err;
  EXPECT_NE(text.err.find("judge: warning: not recorded in the history: " +
                          (data / "history.sqlite").string()),
            std::string::npos) << text.err;

  std::vector<std::string> json_submit = submit;
  json_submit.push_back("--json");
  const Outcome json = Judge(json_submit, data);
  EXPECT_EQ(json.exit_code, 1);
  EXPECT_EQ(Json(json)["verdict"], "wrong_answer");
  EXPECT_EQ(Lines(json.err), 1u) << json.err;
}

TEST_F(HistoryTest, ACorruptHistoryIsWarnedAboutAndLeftAsItIs) {
  const fs::path data = dir_ / "data";
  fs::create_directories(data);
  const std::string garbage(4096, '#');
  std::ofstream(data / "history.sqlite", std::ios::binary) << garbage;

  const Outcome submit = Judge({"submit", "a-plus-b", Solution("a-plus-b", "accepted.cpp")});
  EXPECT_EQ(submit.exit_code, 0) << submit.out << submit.err;
  EXPECT_NE(submit.out.find("Accepted"), std::string::npos) << submit.out;
  EXPECT_EQ(Lines(submit.err), 1u) << submit.err;
  EXPECT_NE(submit.err.find((data / "history.sqlite").string()), std::string::npos) << submit.err;
  EXPECT_EQ(Slurp(data / "history.sqlite"), garbage) << "the user's file was rewritten";

  const Outcome stats = Judge({"stats"});
  EXPECT_EQ(stats.exit_code, 2);
  EXPECT_EQ(Lines(stats.err), 1u) << stats.err;
  EXPECT_NE(stats.err.find((data / "history.sqlite").string()), std::string::npos) << stats.err;
}

}  // namespace
}  // namespace judge

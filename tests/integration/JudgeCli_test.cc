// Drives the built `judge` binary as a user would, on the shipped problems, and checks
// output, JSON and exit codes.
#include <gtest/gtest.h>

#include <boost/process.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "tests/JudgeProcess.h"
#include "tests/TestPaths.h"

namespace judge {
namespace {

using testing::Json;
using testing::Outcome;
using testing::RunJudge;
using testing::Slurp;

namespace fs = std::filesystem;
using testing::JudgeBinary;
using testing::ProblemsDir;
using testing::TestDataDir;

// The judge run with its cache in `cache` (JUDGE_CACHE_DIR), as a user's own setting would.
Outcome RunJudgeWithCache(const fs::path& cache, const std::vector<std::string>& args) {
  ::setenv("JUDGE_CACHE_DIR", cache.c_str(), 1);
  Outcome outcome = RunJudge(args);
  ::unsetenv("JUDGE_CACHE_DIR");
  return outcome;
}

std::string Solution(const std::string& name) {
  return (ProblemsDir() / "a-plus-b" / "solutions" / name).string();
}

// The help reads like a man page: the root says the workflow, exit status and environment,
// and every subcommand it lists gives examples after its options.
TEST(JudgeCliTest, EveryHelpPageCarriesExamplesAndTheRootItsExitStatusAndEnvironment) {
  const Outcome root = RunJudge({"--help"});
  EXPECT_EQ(root.exit_code, 0) << root.err;
  for (const char* part : {"A typical practice loop:", "Exit status:", "Environment:",
                           "JUDGE_DATA_DIR", "JUDGE_CACHE_DIR", "NO_COLOR", "docs/json.md"}) {
    EXPECT_NE(root.out.find(part), std::string::npos) << part << "\n" << root.out;
  }
  std::istringstream lines(root.out.substr(root.out.find("Subcommands:")));
  std::vector<std::string> commands;
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("  ") && line.size() > 2 && line[2] != ' ') {
      commands.push_back(line.substr(2, line.find(' ', 2) - 2));
    }
    if (line.empty() && !commands.empty()) break;
  }
  EXPECT_GE(commands.size(), 12u) << root.out;
  for (const std::string& command : commands) {
    const Outcome help = RunJudge({command, "--help"});
    EXPECT_EQ(help.exit_code, 0) << command << ": " << help.err;
    EXPECT_NE(help.out.find("Example"), std::string::npos) << command << "\n" << help.out;
  }
}

TEST(JudgeCliTest, ListShowsTheShippedProblem) {
  const Outcome outcome = RunJudge({"list"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_NE(outcome.out.find("a-plus-b"), std::string::npos);
  const auto json = Json(RunJudge({"list", "--json"}));
  ASSERT_TRUE(json["problems"].is_array());
  EXPECT_EQ(json["problems"][0]["id"], "a-plus-b");
}

TEST(JudgeCliTest, ShowPrintsTheStatementAndSamples) {
  const Outcome outcome = RunJudge({"show", "a-plus-b"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.err;
  EXPECT_NE(outcome.out.find("Sample 1"), std::string::npos) << outcome.out;
}

TEST(JudgeCliTest, AnAcceptedSolutionExitsZeroWithEveryCaseAccepted) {
  const Outcome text = RunJudge({"submit", "a-plus-b", Solution("accepted.cpp")});
  EXPECT_EQ(text.exit_code, 0) << text.out << text.err;
  EXPECT_NE(text.out.find("Accepted"), std::string::npos) << text.out;

  const Outcome outcome = RunJudge({"submit", "a-plus-b", Solution("accepted.cpp"), "--json"});
  EXPECT_EQ(outcome.exit_code, 0);
  const auto json = Json(outcome);
  EXPECT_EQ(json["schema"], 1);
  EXPECT_EQ(json["verdict"], "accepted");
  EXPECT_EQ(json["problem"], "a-plus-b");
  ASSERT_GE(json["cases"].size(), 10u);
  for (const auto& judged : json["cases"]) {
    EXPECT_EQ(judged["verdict"], "accepted") << judged.dump();
    EXPECT_GT(judged["memory_bytes"].get<long long>(), 0);
  }
}

TEST(JudgeCliTest, AWrongSolutionExitsOneAndShowsTheFailingCase) {
  const Outcome outcome = RunJudge({"submit", "a-plus-b", Solution("wrong-int32.cpp"), "--json"});
  EXPECT_EQ(outcome.exit_code, 1);
  const auto json = Json(outcome);
  EXPECT_EQ(json["verdict"], "wrong_answer");
  EXPECT_LT(json["passed"].get<int>(), json["total"].get<int>());
}

TEST(JudgeCliTest, ACompileErrorShowsTheCompilersMessage) {
  const Outcome outcome = RunJudge({"submit", "a-plus-b", Solution("compile-error.cpp"), "--json"});
  EXPECT_EQ(outcome.exit_code, 1);
  const auto json = Json(outcome);
  EXPECT_EQ(json["verdict"], "compile_error");
  EXPECT_NE(json["compile_output"].get<std::string>().find("error"), std::string::npos);
  EXPECT_TRUE(json["cases"].empty());
}

TEST(JudgeCliTest, ASlowSolutionGetsTimeLimit) {
  const Outcome outcome = RunJudge({"submit", "a-plus-b", Solution("too-slow.cpp"), "--json"});
  EXPECT_EQ(outcome.exit_code, 1);
  EXPECT_EQ(Json(outcome)["verdict"], "time_limit");
}

TEST(JudgeCliTest, UsageErrorsExitTwoWithOneLine) {
  const Outcome unknown = RunJudge({"submit", "no-such-problem", Solution("accepted.cpp")});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("no-such-problem"), std::string::npos) << unknown.err;

  const Outcome missing = RunJudge({"submit", "a-plus-b", "/nonexistent/solution.cpp"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("/nonexistent/solution.cpp"), std::string::npos) << missing.err;

  const Outcome language = RunJudge({"submit", "a-plus-b", Solution("accepted.cpp"), "--lang", "go"});
  EXPECT_EQ(language.exit_code, 2);
  EXPECT_NE(language.err.find("unknown language 'go'"), std::string::npos) << language.err;

  const Outcome no_command = RunJudge({});
  EXPECT_EQ(no_command.exit_code, 2);
}

TEST(JudgeCliTest, ABrokenProblemNamesTheFileAndLine) {
  const fs::path broken = TestDataDir() / "problems-broken" / "unknown-top-key";
  ASSERT_TRUE(fs::exists(broken / "problem.yaml")) << broken;
  const Outcome outcome = RunJudge({"submit", broken.string(), Solution("accepted.cpp")});
  EXPECT_EQ(outcome.exit_code, 2);
  EXPECT_NE(outcome.err.find("problem.yaml:"), std::string::npos) << outcome.err;
  EXPECT_EQ(std::count(outcome.err.begin(), outcome.err.end(), '\n'), 1) << outcome.err;
}

TEST(JudgeCliTest, VerifyChecksEveryReferenceSolution) {
  const Outcome outcome = RunJudge({"verify", "a-plus-b"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.out << outcome.err;
  EXPECT_NE(outcome.out.find("1 passed, 0 failed"), std::string::npos) << outcome.out;
}

// Hostile submissions are the suite of tests/attacks/, run by Attacks_test.cc.

TEST(JudgeCliTest, VerifyRefusesAShardItCannotRead) {
  for (const char* shard : {"5/3", "0/2", "1/0", "2", "a/b", "1/2/3"}) {
    const Outcome outcome = RunJudge({"verify", "--shard", shard});
    EXPECT_EQ(outcome.exit_code, 2) << shard;
    EXPECT_NE(outcome.err.find("write K/N"), std::string::npos) << shard << ": " << outcome.err;
  }
}

TEST(JudgeCliTest, ACacheFolderOthersCanWriteIsRefusedAndTheCompileGoesOnWithout) {
  // A planted cache (another user's, or world-writable) must never feed the compiler.
  const fs::path planted = fs::temp_directory_path() / ("judge-planted-cache-" + std::to_string(::getpid()));
  fs::create_directories(planted);
  fs::permissions(planted, fs::perms::all);
  const Outcome outcome = RunJudgeWithCache(
      planted, {"submit", "two-sum", (ProblemsDir() / "two-sum" / "solutions" / "accepted.cpp").string(),
                "--no-budget", "--json"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.out << outcome.err;
  EXPECT_EQ(Json(outcome)["verdict"], "accepted");
  EXPECT_TRUE(fs::is_empty(planted)) << "the judge wrote into a folder others can write";
  fs::remove_all(planted);
}

// An unchanged resubmission skips the compiler; the report says so, and the verdicts are
// the same. The cache is a folder of this test's own, so the first submit is a real compile.
TEST(JudgeCliTest, AnUnchangedResubmissionReusesItsBuild) {
  const fs::path cache = fs::temp_directory_path() / ("judge-build-cache-" + std::to_string(::getpid()));
  fs::create_directories(cache);
  fs::permissions(cache, fs::perms::owner_all);
  const std::vector<std::string> submit = {"submit", "a-plus-b", Solution("wrong-int32.cpp"), "--json"};
  const auto first = Json(RunJudgeWithCache(cache, submit));
  const Outcome again = RunJudgeWithCache(cache, submit);
  const Outcome text = RunJudgeWithCache(cache, {"submit", "a-plus-b", Solution("wrong-int32.cpp")});
  fs::remove_all(cache);
  EXPECT_EQ(first["build_cached"], false);
  const auto second = Json(again);
  EXPECT_EQ(second["build_cached"], true);
  EXPECT_EQ(second["verdict"], first["verdict"]);
  EXPECT_EQ(second["passed"], first["passed"]);
  EXPECT_NE(text.out.find("from the cache"), std::string::npos) << text.out;
}

// --junit writes what CI systems read: a suite per submission with a test case per case,
// failures carrying their verdict, and for verify a test case per reference solution. A
// file that cannot be written is a usage error naming it, after the result was printed.
TEST(JudgeCliTest, JunitFilesHoldACasePerCaseOrSolution) {
  const fs::path dir = fs::temp_directory_path() / ("judge-junit-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const auto json = Json(RunJudge({"submit", "a-plus-b", Solution("wrong-int32.cpp"), "--json",
                                   "--junit", (dir / "submit.xml").string()}));
  const std::string submit = Slurp(dir / "submit.xml");
  std::size_t failed = 0;
  for (const auto& judged : json["cases"]) failed += judged["verdict"] != "accepted";
  ASSERT_GT(failed, 0u);
  EXPECT_NE(submit.find(fmt::format("<testsuite name=\"a-plus-b\" tests=\"{}\" failures=\"{}\"",
                                    json["cases"].size(), failed)),
            std::string::npos) << submit;
  EXPECT_NE(submit.find("<failure type=\"WA\""), std::string::npos) << submit;

  const Outcome verify = RunJudge({"verify", "a-plus-b", "--junit", (dir / "verify.xml").string()});
  EXPECT_EQ(verify.exit_code, 0) << verify.out << verify.err;
  const std::string verified = Slurp(dir / "verify.xml");
  EXPECT_NE(verified.find("<testsuite name=\"a-plus-b\""), std::string::npos) << verified;
  EXPECT_NE(verified.find("failures=\"0\" errors=\"0\""), std::string::npos) << verified;
  EXPECT_NE(verified.find("<testcase name=\"accepted.cpp\""), std::string::npos) << verified;

  const std::string unwritable = (dir / "missing-folder" / "out.xml").string();
  const Outcome refused =
      RunJudge({"submit", "a-plus-b", Solution("accepted.cpp"), "--junit", unwritable});
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find(unwritable), std::string::npos) << refused.err;
  EXPECT_NE(refused.out.find("Accepted"), std::string::npos) << refused.out;
  fs::remove_all(dir);
}

// A private cache folder (0700, as mktemp makes it) still serves a function-mode compile:
// under root the sandboxed compiler runs as nobody and must read the precompiled prelude.
// It was a compile error of the judge's own making.
TEST(JudgeCliTest, APrivateCacheFolderStillServesTheSandboxedCompiler) {
  const fs::path cache = fs::temp_directory_path() / ("judge-private-cache-" + std::to_string(::getpid()));
  fs::create_directories(cache);
  fs::permissions(cache, fs::perms::owner_all);
  const Outcome outcome = RunJudgeWithCache(
      cache, {"submit", "two-sum", (ProblemsDir() / "two-sum" / "solutions" / "accepted.cpp").string(),
              "--no-budget", "--json"});
  fs::remove_all(cache);
  EXPECT_EQ(outcome.exit_code, 0) << outcome.out << outcome.err;
  EXPECT_EQ(Json(outcome)["verdict"], "accepted") << outcome.out;
}

}  // namespace
}  // namespace judge

// Python solutions end to end: the real `judge` binary runs them in children of its Python
// zygote (CPython embedded, no python3 process), sandboxed, in function, design and stdio
// modes, and judges hostile ones without letting anything escape.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>

#include "tests/JudgeProcess.h"
#include "tests/TestPaths.h"

namespace judge {
namespace {

namespace fs = std::filesystem;
using testing::Json;
using testing::Outcome;
using testing::RunJudge;
using testing::TestDataDir;

using testing::CallsFixture;
using testing::CallsFixtureSolution;

TEST(PythonModeTest, EveryTypeSurvivesTheTripThroughPythonObjects) {
  const Outcome outcome = RunJudge(
      {"submit", CallsFixture("echo-values"), CallsFixtureSolution("echo-values", "echo.py"), "--json"});
  ASSERT_EQ(outcome.exit_code, 0) << outcome.out << outcome.err;
  EXPECT_EQ(Json(outcome)["language"], "py");
}

// LeetCode's implicit names, modules and their members alike, without an import: random's
// module must survive `from random import *` (quickselect calls random.randint).
TEST(PythonModeTest, ThePreludeOffersLeetCodesModulesAndNames) {
  const Outcome outcome =
      RunJudge({"submit", "two-sum", (TestDataDir() / "python" / "two_sum_uses_prelude.py").string(),
                "--no-budget", "--json"});
  ASSERT_EQ(outcome.exit_code, 0) << outcome.out << outcome.err;
  EXPECT_EQ(Json(outcome)["verdict"], "accepted") << outcome.out;
}

// Each case of `py-faults` misbehaves differently; its name starts with the verdict it must
// get, and nothing the solution tried may be left on the machine.
TEST(PythonModeTest, EachHostileCaseGetsItsVerdictAndNothingEscapes) {
  const fs::path escaped[] = {"/tmp/judge-py-escaped", "/tmp/judge-py-wrote"};
  for (const auto& file : escaped) fs::remove(file);
  const Outcome outcome = RunJudge(
      {"submit", CallsFixture("py-faults"), CallsFixtureSolution("py-faults", "misbehaves.py"), "--json"});
  const auto json = Json(outcome);
  ASSERT_EQ(json["cases"].size(), 18u) << outcome.out << outcome.err;
  std::map<std::string, std::string> detail;
  for (const auto& judged : json["cases"]) {
    const std::string name = judged["name"];
    detail[name] = judged["detail"];
    EXPECT_EQ(judged["code"], name.substr(0, name.find('-'))) << name << ": " << judged["detail"];
  }
  EXPECT_EQ(json["verdict"], "time_limit");
  for (const auto& file : escaped) EXPECT_FALSE(fs::exists(file)) << file;
  // The traceback is the candidate's own, and a runaway recursion folds into a few lines.
  EXPECT_NE(detail["RE-exception"].find("ZeroDivisionError"), std::string::npos);
  EXPECT_NE(detail["RE-exception"].find("line 20, in act: return 1 // 0"), std::string::npos);
  EXPECT_NE(detail["RE-runaway-recursion"].find("repeated"), std::string::npos);
  EXPECT_LT(detail["RE-runaway-recursion"].size(), 1000u);
  EXPECT_NE(detail["WA-eq-always-true"].find("AlwaysEqual"), std::string::npos);
}

TEST(PythonModeTest, ASyntaxErrorIsACompileErrorWithLineAndColumn) {
  const Outcome outcome = RunJudge({"submit", CallsFixture("any-divisor"),
                                    CallsFixtureSolution("any-divisor", "syntax-error.py"), "--json"});
  EXPECT_EQ(outcome.exit_code, 1) << outcome.err;
  const auto json = Json(outcome);
  EXPECT_EQ(json["verdict"], "compile_error");
  EXPECT_NE(json["compile_output"].get<std::string>().find("solution.py:3:"), std::string::npos)
      << json["compile_output"];
}

TEST(PythonModeTest, ACustomCheckerJudgesAPythonAnswer) {
  const Outcome outcome = RunJudge({"submit", CallsFixture("any-divisor"),
                                    CallsFixtureSolution("any-divisor", "smallest.py"), "--json"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.out << outcome.err;
}

TEST(PythonModeTest, NumpyIsThereOnlyWhereTheProblemDeclaresIt) {
  const Outcome declared = RunJudge({"verify", CallsFixture("numpy-sum")});
  EXPECT_EQ(declared.exit_code, 0) << declared.out << declared.err;
  const auto json = Json(RunJudge({"submit", CallsFixture("any-divisor"),
                                   CallsFixtureSolution("any-divisor", "imports-numpy.py"), "--json"}));
  EXPECT_EQ(json["verdict"], "runtime_error");
  EXPECT_NE(json["cases"][0]["detail"].get<std::string>().find("numpy"), std::string::npos)
      << json["cases"][0]["detail"];
}

// A design case's memory is measured in a second run of its operations, as a function
// call's is: a million kept ints is tens of MB in CPython, and ten are almost nothing.
TEST(PythonModeTest, ADesignCaseHasItsHeapMeasured) {
  for (const char* file : {"store.py", "store.cpp"}) {
    const Outcome outcome = RunJudge(
        {"submit", CallsFixture("grow-store"), CallsFixtureSolution("grow-store", file), "--json"});
    ASSERT_EQ(outcome.exit_code, 0) << outcome.out << outcome.err;
    const auto json = Json(outcome);
    for (const auto& judged : json["cases"]) EXPECT_EQ(judged["memory_source"], "heap") << file;
    const std::int64_t small = json["cases"][0]["memory_bytes"];
    const std::int64_t million = json["cases"][1]["memory_bytes"];
    EXPECT_LT(small, 64 << 10) << file;
    EXPECT_GE(million, 4'000'000) << file;  // at least 4 bytes for each of 10^6 ints
  }
}

// A run the judge stops leaves no process behind: the child is killed and reaped before
// the judge reports, not left to wind down after it.
TEST(PythonModeTest, NoProcessOfARunOutlivesTheJudge) {
  const Outcome outcome = RunJudge(
      {"submit", "a-plus-b", (TestDataDir() / "python" / "a_plus_b_lingers.py").string(), "--json",
       "--fail-fast"});
  const auto json = Json(outcome);
  ASSERT_EQ(json["verdict"], "time_limit") << outcome.out;
  const std::string said = json["cases"][0]["stderr"];
  ASSERT_EQ(said.rfind("pid ", 0), 0u) << said;
  const std::string pid = said.substr(4, said.find('\n') - 4);
  std::error_code error;
  EXPECT_FALSE(fs::exists(fs::path("/proc") / pid, error)) << "process " << pid << " survived";
}

TEST(PythonModeTest, StdioProgramsReadStdinAndPrint) {
  const Outcome accepted = RunJudge(
      {"submit", "a-plus-b", (TestDataDir() / "python" / "a_plus_b.py").string(), "--json"});
  EXPECT_EQ(accepted.exit_code, 0) << accepted.out << accepted.err;
  const Outcome crash = RunJudge(
      {"submit", "a-plus-b", (TestDataDir() / "python" / "a_plus_b_crash.py").string(), "--json"});
  const auto json = Json(crash);
  EXPECT_EQ(json["verdict"], "runtime_error");
  EXPECT_NE(json["cases"][0]["stderr"].get<std::string>().find("ZeroDivisionError"),
            std::string::npos)
      << json["cases"][0];
}

}  // namespace
}  // namespace judge

// Function and design modes end to end: the real `judge` binary compiles LeetCode-style
// solutions into the generated harness, runs them sandboxed and judges each case.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "tests/JudgeProcess.h"
#include "tests/TestPaths.h"

namespace judge {
namespace {

using testing::Json;
using testing::Outcome;
using testing::RunJudge;

using testing::CallsFixture;
using testing::CallsFixtureSolution;

TEST(CallModeTest, EveryTypeSurvivesTheTripThroughTheHarness) {
  const Outcome outcome =
      RunJudge({"submit", CallsFixture("echo-values"), CallsFixtureSolution("echo-values", "echo.cpp"),
                "--json"});
  ASSERT_EQ(outcome.exit_code, 0) << outcome.out << outcome.err;
  const auto json = Json(outcome);
  EXPECT_EQ(json["verdict"], "accepted");
  EXPECT_EQ(json["passed"], 5);
}

TEST(CallModeTest, AChangedValueIsCaughtWithItsPlace) {
  const Outcome outcome = RunJudge({"submit", CallsFixture("echo-values"),
                                    CallsFixtureSolution("echo-values", "drops-last-tree-node.cpp"),
                                    "--json"});
  EXPECT_EQ(outcome.exit_code, 1) << outcome.err;
  const auto json = Json(outcome);
  EXPECT_EQ(json["verdict"], "wrong_answer");
  for (const auto& judged : json["cases"]) {
    if (judged["name"] == "trees") {
      EXPECT_EQ(judged["code"], "WA");
      EXPECT_NE(judged["detail"].get<std::string>().find("operation 3 (echoTree)"),
                std::string::npos)
          << judged["detail"];
    } else {
      EXPECT_EQ(judged["code"], "AC") << judged["name"] << ": " << judged["detail"];
    }
  }
}

// Each case of `faults` misbehaves differently; its name starts with the verdict it must
// get. The cases after each crash must be judged too, in fresh processes.
TEST(CallModeTest, EachCaseGetsItsOwnVerdictAndCrashesLoseNothing) {
  const Outcome outcome = RunJudge(
      {"submit", CallsFixture("faults"), CallsFixtureSolution("faults", "misbehaves.cpp"), "--json"});
  const auto json = Json(outcome);
  ASSERT_EQ(json["cases"].size(), 14u) << outcome.out << outcome.err;
  for (const auto& judged : json["cases"]) {
    const std::string name = judged["name"];
    EXPECT_EQ(judged["code"], name.substr(0, name.find('-'))) << name << ": " << judged["detail"];
  }
  EXPECT_EQ(json["verdict"], "time_limit");
  std::map<std::string, std::string> detail;
  for (const auto& judged : json["cases"]) detail[judged["name"]] = judged["detail"];
  EXPECT_NE(detail["RE-exception"].find("std::out_of_range"), std::string::npos);
  EXPECT_NE(detail["RE-writes-result-channel"].find("result channel"), std::string::npos);
  EXPECT_NE(detail["RE-exit"].find("exited during the call"), std::string::npos);
  EXPECT_NE(detail["RE-fork"].find("forbidden system call"), std::string::npos);
  EXPECT_NE(detail["WA-wrong-value"].find("expected 42, got 41"), std::string::npos);
}

TEST(CallModeTest, ASolutionForAnotherSignatureIsACompileErrorNamingItsLine) {
  const Outcome outcome = RunJudge(
      {"submit", CallsFixture("faults"), CallsFixtureSolution("echo-values", "echo.cpp"), "--json"});
  EXPECT_EQ(outcome.exit_code, 1) << outcome.err;
  const auto json = Json(outcome);
  EXPECT_EQ(json["verdict"], "compile_error");
  EXPECT_NE(json["compile_output"].get<std::string>().find("Solution"), std::string::npos)
      << json["compile_output"];
}

TEST(CallModeTest, ACustomCheckerAcceptsEveryRightAnswerAndExplainsAWrongOne) {
  // smallest.cpp and largest.cpp give different answers; both are right.
  const Outcome verified = RunJudge({"verify", CallsFixture("any-divisor")});
  EXPECT_EQ(verified.exit_code, 0) << verified.out << verified.err;
  const auto json = Json(RunJudge({"submit", CallsFixture("any-divisor"),
                                   CallsFixtureSolution("any-divisor", "returns-n.cpp"), "--json"}));
  EXPECT_EQ(json["verdict"], "wrong_answer");
  EXPECT_EQ(json["cases"][0]["detail"], "12 is not strictly between 1 and 12");
}

TEST(CallModeTest, ADesignCheckerReplaysTheOperationsAndNamesTheOneItRefuses) {
  // lowest-free and highest-free answer differently (in C++ and Python); both are right.
  const Outcome verified = RunJudge({"verify", CallsFixture("id-pool")});
  EXPECT_EQ(verified.exit_code, 0) << verified.out << verified.err;
  const auto json = Json(RunJudge({"submit", CallsFixture("id-pool"),
                                   CallsFixtureSolution("id-pool", "forgets-releases.cpp"),
                                   "--json"}));
  EXPECT_EQ(json["verdict"], "wrong_answer");
  std::map<std::string, std::string> detail;
  for (const auto& judged : json["cases"]) detail[judged["name"]] = judged["detail"];
  EXPECT_EQ(detail["fill"], "");
  EXPECT_EQ(detail["release-and-reuse"],
            "operation 5 (acquire): got -1, but 1 of the ids are free");
}

TEST(CallModeTest, ACyclePositionLinksTheListWithoutBeingPassed) {
  const Outcome verified = RunJudge({"verify", CallsFixture("list-cycle")});
  EXPECT_EQ(verified.exit_code, 0) << verified.out << verified.err;
}

TEST(CallModeTest, ACheckerThatDoesNotCompileIsTheJudgesFaultNotTheCandidates) {
  const Outcome outcome = RunJudge({"submit", CallsFixture("broken-checker"),
                                    CallsFixtureSolution("broken-checker", "smallest.cpp"), "--json"});
  EXPECT_EQ(outcome.exit_code, 3) << outcome.out << outcome.err;
  const auto json = Json(outcome);
  EXPECT_EQ(json["verdict"], "internal_error");
  EXPECT_NE(json["internal_error"].get<std::string>().find("checker.cpp:4:"), std::string::npos)
      << json["internal_error"];
}

}  // namespace
}  // namespace judge

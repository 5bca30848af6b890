// CallBatch: how a harness process's records become outcomes, with canned records in
// place of a process (no program runs here).
#include "runners/call/CallBatch.h"

#include <gtest/gtest.h>

#include <vector>

namespace runners {
namespace {

// A launcher that answers each start with the next of `outputs`, and counts the starts.
struct CannedHarness {
  std::vector<std::string> outputs;
  std::vector<std::string> inputs;
  std::expected<sandbox::RunResult, RunnerError> operator()(const std::string& input,
                                                            const sandbox::RunLimits&) {
    inputs.push_back(input);
    sandbox::RunResult result;
    result.stdout_data = inputs.size() <= outputs.size() ? outputs[inputs.size() - 1] : "";
    return result;
  }
};

std::expected<BatchOutcome, RunnerError> RunWith(CannedHarness& harness, std::size_t cases) {
  std::vector<std::string> inputs(cases, "i1");
  return RunCallBatch(inputs, CallLimits{}, std::ref(harness));
}

TEST(CallBatch, ReadsEveryCaseOfOneProcess) {
  CannedHarness harness{{"S 0 10\nR 0 500 64 i3\nS 1 20\nE 1 7 0 s4:boom\nD\n"}};
  auto batch = RunWith(harness, 2);
  ASSERT_TRUE(batch.has_value());
  EXPECT_EQ(batch->processes, 1);
  EXPECT_FALSE(batch->compile_diagnostics);
  EXPECT_EQ(batch->calls[0].end, CallEnd::Returned);
  EXPECT_EQ(batch->calls[0].result.as_int(), 3);
  EXPECT_EQ(batch->calls[0].cpu_time_ns, 500);
  EXPECT_EQ(batch->calls[0].heap_peak_bytes, 64);
  EXPECT_EQ(batch->calls[1].end, CallEnd::Threw);
  EXPECT_EQ(batch->calls[1].message, "boom");
}

TEST(CallBatch, AnOperationCountGoesWithItsCallAndNoCountIsMinusOne) {
  CannedHarness harness{{"S 0 10\nO 0 1234\nR 0 500 64 i3\nS 1 20\nR 1 5 0 i1\nD\n"}};
  auto batch = RunWith(harness, 2);
  ASSERT_TRUE(batch.has_value());
  EXPECT_EQ(batch->calls[0].operations, 1234);
  EXPECT_EQ(batch->calls[0].result.as_int(), 3);
  EXPECT_EQ(batch->calls[1].operations, -1);
}

TEST(CallBatch, ASecondOperationCountForOneCallIsTampering) {
  CannedHarness harness{{"S 0 10\nO 0 5\nO 0 1\nR 0 500 64 i3\nD\n"}};
  auto batch = RunWith(harness, 1);
  ASSERT_TRUE(batch.has_value());
  ASSERT_EQ(batch->calls[0].end, CallEnd::ProcessEnded);
  EXPECT_NE(batch->calls[0].process->reason.find("operation count out of place"), std::string::npos)
      << batch->calls[0].process->reason;
}

TEST(CallBatch, ACompileRecordBeforeAnyCaseEndsTheRunWithItsDiagnostics) {
  CannedHarness harness{{"C s27:solution.py:1:5: bad syntax\n"}};
  auto batch = RunWith(harness, 3);
  ASSERT_TRUE(batch.has_value());
  EXPECT_EQ(harness.inputs.size(), 1u);
  ASSERT_TRUE(batch->compile_diagnostics.has_value());
  EXPECT_EQ(*batch->compile_diagnostics, "solution.py:1:5: bad syntax");
}

TEST(CallBatch, ACompileRecordAfterACaseStartedIsTheCasesFault) {
  // Only the candidate's code can write there once a case has started.
  CannedHarness harness{{"S 0 10\nC s4:fake\n", "S 1 10\nR 1 5 0 i1\nD\n"}};
  auto batch = RunWith(harness, 2);
  ASSERT_TRUE(batch.has_value());
  EXPECT_FALSE(batch->compile_diagnostics);
  ASSERT_EQ(batch->calls[0].end, CallEnd::ProcessEnded);
  EXPECT_NE(batch->calls[0].process->reason.find("compile record out of place"), std::string::npos);
  EXPECT_EQ(batch->calls[1].end, CallEnd::Returned);
  EXPECT_EQ(harness.inputs[1].substr(0, 4), "1 1\n");
}

TEST(CallBatch, ACutCompileRecordIsNotTakenAsADiagnostic) {
  // The process died while writing: nothing says the source is at fault.
  CannedHarness harness{{"C s27:solution.py:1"}};
  auto batch = RunWith(harness, 1);
  ASSERT_TRUE(batch.has_value());
  EXPECT_FALSE(batch->compile_diagnostics);
  EXPECT_EQ(batch->calls[0].end, CallEnd::ProcessEnded);
}

TEST(CallBatch, AMemoryRecordWithoutItsNewlineLeavesTheFigureAlone) {
  CannedHarness harness{{"S 0 1\nR 0 5 0 i1\nM 0\nH 0 999"}};
  auto batch = RunWith(harness, 1);
  ASSERT_TRUE(batch.has_value());
  EXPECT_EQ(batch->calls[0].end, CallEnd::Returned);
  // The pass died before its figure was whole: unknown, and nobody's fault.
  EXPECT_EQ(batch->calls[0].heap_peak_bytes, -1);
}

// Found by fuzzing: -1 wrapped to the largest index, passed the order check (k + 1 == 0 ==
// the cases finished) and wrote before the outcomes. The harness shares its process with the
// candidate's code, so such a record is hostile input.
TEST(CallBatch, AMemoryRecordWithANegativeIndexIsTampering) {
  CannedHarness harness{{"H -1 1\nS 0 1\nR 0 5 0 i1\nD\n"}};
  auto batch = RunWith(harness, 1);
  ASSERT_TRUE(batch.has_value());
  ASSERT_EQ(batch->calls[0].end, CallEnd::ProcessEnded);
  EXPECT_NE(batch->calls[0].process->reason.find("a memory record out of order"), std::string::npos)
      << batch->calls[0].process->reason;
}

}  // namespace
}  // namespace runners

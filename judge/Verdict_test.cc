#include "judge/Verdict.h"

#include <gtest/gtest.h>

#include <vector>

namespace judge {
namespace {

TEST(VerdictTest, NamesRoundTrip) {
  for (Verdict v : {Verdict::Accepted, Verdict::WrongAnswer, Verdict::TimeLimit,
                    Verdict::MemoryLimit, Verdict::OutputLimit, Verdict::RuntimeError,
                    Verdict::CompileError, Verdict::InternalError}) {
    EXPECT_EQ(VerdictFromYamlName(YamlName(v)), v);
  }
  EXPECT_EQ(ShortName(Verdict::TimeLimit), "TLE");
  EXPECT_FALSE(VerdictFromYamlName("TLE").has_value());
}

TEST(VerdictTest, SummaryFollowsTheFixedPriority) {
  EXPECT_EQ(Summarize(std::vector<Verdict>{}), Verdict::Accepted);
  EXPECT_EQ(Summarize(std::vector{Verdict::Accepted, Verdict::WrongAnswer}), Verdict::WrongAnswer);
  EXPECT_EQ(Summarize(std::vector{Verdict::WrongAnswer, Verdict::TimeLimit, Verdict::Accepted}),
            Verdict::TimeLimit);
  EXPECT_EQ(Summarize(std::vector{Verdict::RuntimeError, Verdict::WrongAnswer}),
            Verdict::RuntimeError);
  EXPECT_EQ(Summarize(std::vector{Verdict::TimeLimit, Verdict::InternalError}),
            Verdict::InternalError);
}

}  // namespace
}  // namespace judge

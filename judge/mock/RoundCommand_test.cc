#include "judge/mock/RoundCommand.h"

#include <gtest/gtest.h>

#include "judge/mock/RoundClock.h"

namespace judge::mock {
namespace {

using Kind = RoundCommand::Kind;

TEST(RoundCommandTest, ReadsWhatTheCandidateTypes) {
  EXPECT_EQ(ParseRoundCommand("submit 1", 2).kind, Kind::Submit);
  EXPECT_EQ(ParseRoundCommand("  s 2 ", 2).problem, 2u);
  EXPECT_EQ(ParseRoundCommand("status", 2).kind, Kind::Status);
  EXPECT_EQ(ParseRoundCommand("quit", 2).kind, Kind::End);
  EXPECT_EQ(ParseRoundCommand("end", 2).kind, Kind::End);
  EXPECT_EQ(ParseRoundCommand("help", 2).kind, Kind::Help);
  EXPECT_EQ(ParseRoundCommand("   ", 2).kind, Kind::Nothing);
}

TEST(RoundCommandTest, RefusesWithAReason) {
  EXPECT_EQ(ParseRoundCommand("submit 3", 2).error, "no problem '3': submit 1 to 2");
  EXPECT_EQ(ParseRoundCommand("submit x", 2).kind, Kind::Unknown);
  EXPECT_EQ(ParseRoundCommand("submit", 2).error, "which problem? submit 1 to 2");
  EXPECT_EQ(ParseRoundCommand("rm -rf", 2).error, "unknown command 'rm -rf'");
}

TEST(RoundClockTest, CountsDownAndFormatsMinutes) {
  const auto start = RoundClock::Clock::now();
  const RoundClock clock(std::chrono::minutes(45), start);
  EXPECT_EQ(FormatClock(clock.Remaining(start + std::chrono::seconds(408))), "38:12");
  EXPECT_EQ(clock.Remaining(start + std::chrono::hours(1)), RoundClock::Clock::duration::zero());
  EXPECT_TRUE(clock.Over(start + std::chrono::minutes(45)));
  EXPECT_EQ(FormatClock(std::chrono::seconds(3723)), "1:02:03");
  EXPECT_EQ(FormatClock(std::chrono::milliseconds(999)), "00:00");
}

}  // namespace
}  // namespace judge::mock

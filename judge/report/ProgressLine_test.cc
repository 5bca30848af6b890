#include "judge/report/ProgressLine.h"

#include <gtest/gtest.h>

#include <sstream>

namespace judge {
namespace {

TEST(ProgressLineTest, TextCountsStepsAndNamesTheCurrentOne) {
  EXPECT_EQ(ProgressText(12, 62, "two-sum"), "[12/62] two-sum ...");
}

TEST(ProgressLineTest, RedrawsInPlaceAndErasesItselfAtTheEnd) {
  std::ostringstream out;
  {
    ProgressLine line(out, true);
    line.Show("[0/2] a ...");
    line.Show("[1/2] b ...");
  }
  EXPECT_EQ(out.str(), "\r\033[K[0/2] a ...\r\033[K[1/2] b ...\r\033[K");
}

TEST(ProgressLineTest, ALineWiderThanTheTerminalIsCut) {
  std::ostringstream out;
  ProgressLine line(out, true, 5);
  line.Show("[1/2] two-sum ...");
  EXPECT_EQ(out.str(), "\r\033[K[1/2]");
}

TEST(ProgressLineTest, WritesNothingWhenDisabled) {
  std::ostringstream out;
  {
    ProgressLine line(out, false);
    line.Show("[0/1] a ...");
    line.Clear();
  }
  EXPECT_EQ(out.str(), "");
}

}  // namespace
}  // namespace judge

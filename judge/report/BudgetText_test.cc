#include "judge/report/BudgetText.h"

#include <gtest/gtest.h>

namespace judge {
namespace {

TEST(BudgetProgressTextTest, CountsTheSizesAndNamesTheOneUnderWay) {
  EXPECT_EQ(BudgetProgressText({.stage = BudgetProgress::Stage::Building, .total = 9}),
            "[0/9] complexity series: preparing ...");
  EXPECT_EQ(BudgetProgressText(
                {.stage = BudgetProgress::Stage::Measuring, .done = 3, .total = 9, .n = 4096}),
            "[3/9] complexity series: n = 4096 ...");
  EXPECT_EQ(BudgetProgressText(
                {.stage = BudgetProgress::Stage::Measuring, .done = 8, .total = 9, .n = 0}),
            "[8/9] complexity series: n = 0 (empty input) ...");
}

}  // namespace
}  // namespace judge

#include "judge/problem/Quantity.h"

#include <gtest/gtest.h>

namespace judge {
namespace {

TEST(ParseDurationMs, ReadsMillisecondsAndSeconds) {
  EXPECT_EQ(ParseDurationMs("500ms"), 500);
  EXPECT_EQ(ParseDurationMs("1s"), 1000);
  EXPECT_EQ(ParseDurationMs("60s"), 60'000);
  EXPECT_EQ(ParseDurationMs("0ms"), 0);  // a valid duration; the loader's bounds refuse it
}

TEST(ParseDurationMs, ConvertsDecimalSecondsExactly) {
  EXPECT_EQ(ParseDurationMs("1.5s"), 1500);
  EXPECT_EQ(ParseDurationMs("2.25s"), 2250);
  EXPECT_EQ(ParseDurationMs("0.001s"), 1);
  EXPECT_EQ(ParseDurationMs("0.1s"), 100);
  EXPECT_EQ(ParseDurationMs("1.000000s"), 1000);
  EXPECT_EQ(ParseDurationMs("3.0ms"), 3);
}

TEST(ParseDurationMs, RefusesTextWithoutAKnownUnit) {
  for (const char* text : {"fast", "", "1", "s", "ms", ".5s", "1.s", "-1s", "+1s", "1 s", "1S",
                           "1sec", "1m", "1e3ms", "1,5s"}) {
    const auto duration = ParseDurationMs(text);
    ASSERT_FALSE(duration.has_value()) << text;
    EXPECT_EQ(duration.error(), "'" + std::string(text) +
                                    "' is not a duration; write a number followed by ms or s, "
                                    "like 500ms or 1.5s");
  }
}

TEST(ParseDurationMs, RefusesFractionsOfAMillisecond) {
  EXPECT_EQ(ParseDurationMs("1.5ms").error(),
            "'1.5ms' is finer than a millisecond, the unit of time limits");
  EXPECT_FALSE(ParseDurationMs("0.0005s").has_value());
}

TEST(ParseDurationMs, RefusesNumbersTooLargeToHold) {
  EXPECT_EQ(ParseDurationMs("99999999999999999999s").error(),
            "'99999999999999999999s' is too large");
  EXPECT_EQ(ParseDurationMs("9223372036854775807s").error(),
            "'9223372036854775807s' is too large");
}

TEST(ParseSizeBytes, ReadsBinaryUnits) {
  EXPECT_EQ(ParseSizeBytes("1B"), 1);
  EXPECT_EQ(ParseSizeBytes("64KiB"), 64 << 10);
  EXPECT_EQ(ParseSizeBytes("256MiB"), 256LL << 20);
  EXPECT_EQ(ParseSizeBytes("8GiB"), 8LL << 30);
}

TEST(ParseSizeBytes, RefusesDecimalUnitsFractionsAndBareNumbers) {
  for (const char* text : {"lots", "", "256", "256MB", "256mib", "1.5MiB", "MiB", "-1KiB",
                           "1 KiB", "1TiB"}) {
    const auto size = ParseSizeBytes(text);
    ASSERT_FALSE(size.has_value()) << text;
    EXPECT_EQ(size.error(), "'" + std::string(text) +
                                "' is not a size; write an integer followed by B, KiB, MiB or "
                                "GiB, like 256MiB");
  }
}

TEST(ParseSizeBytes, RefusesNumbersTooLargeToHold) {
  EXPECT_EQ(ParseSizeBytes("9999999999999GiB").error(), "'9999999999999GiB' is too large");
}

TEST(ParseRelativeTime, ReadsAFactorOfTheReferenceAndAnOptionalMargin) {
  const auto plain = ParseRelativeTime("3x reference");
  ASSERT_TRUE(plain.has_value()) << plain.error();
  EXPECT_EQ(plain->factor_tenths, 30);
  EXPECT_EQ(plain->plus_ms, 0);
  const auto margin = ParseRelativeTime(" 2.5x reference + 1.5s ");
  ASSERT_TRUE(margin.has_value()) << margin.error();
  EXPECT_EQ(margin->factor_tenths, 25);
  EXPECT_EQ(margin->plus_ms, 1500);
  EXPECT_EQ(RelativeTimeText(*margin), "2.5x reference + 1500ms");
  EXPECT_EQ(RelativeTimeText(*plain), "3x reference");
}

TEST(ParseRelativeTime, RefusesWhatItCannotReadExactly) {
  for (const char* text : {"3 reference", "x reference", "3x", "3x the reference",
                           "3x reference 50ms", "3x reference + 50", "2.25x reference", "-3x reference",
                           "3xreference+", "3.x reference"}) {
    EXPECT_FALSE(ParseRelativeTime(text).has_value()) << text;
  }
  EXPECT_EQ(ParseRelativeTime("0.5x reference").error(),
            "'0.5x reference': the factor must be between 1x and 100x");
  EXPECT_EQ(ParseRelativeTime("3x reference + 90s").error(),
            "'3x reference + 90s': the margin must be at most 60s");
  EXPECT_TRUE(LooksRelative("3x reference"));
  EXPECT_FALSE(LooksRelative("500ms"));
}

}  // namespace
}  // namespace judge

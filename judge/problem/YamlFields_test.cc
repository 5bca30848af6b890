#include "judge/problem/YamlFields.h"

#include <gtest/gtest.h>

namespace judge {
namespace {

// The message and 1-based "line:column" of the FieldError `read` throws.
template <typename Read>
std::string ErrorOf(Read read) {
  try {
    read();
  } catch (const FieldError& error) {
    return std::to_string(error.mark().line + 1) + ":" + std::to_string(error.mark().column + 1) +
           ": " + error.what();
  }
  return "no error";
}

TEST(Fields, FindsKeysAndNamesThemInMessages) {
  const Fields fields(ParseYaml("a: 1\nb: [x, y]\n"), "test 'small'");
  ASSERT_TRUE(fields.Find("b").has_value());
  EXPECT_EQ(fields.Find("b")->what, "'b' in test 'small'");
  EXPECT_EQ(ReadStringList(*fields.Find("b")), (std::vector<std::string>{"x", "y"}));
  EXPECT_FALSE(fields.Find("c").has_value());
  EXPECT_EQ(ErrorOf([&] { fields.Require("c"); }),
            "1:1: missing required key 'c' in test 'small'");
}

TEST(Fields, RefusesARepeatedKeyAtItsSecondUse) {
  EXPECT_EQ(ErrorOf([] { Fields(ParseYaml("a: 1\nb: 2\na: 3\n"), "limits"); }),
            "3:1: key 'a' appears twice in limits (first on line 1)");
}

TEST(Fields, RefusesUnknownKeysListingTheKnownOnes) {
  Fields fields(ParseYaml("name: x\ntset: 1\n"), "test 1");
  fields.set_subject("test 'x'");
  EXPECT_EQ(ErrorOf([&] { fields.RejectUnknownKeys({"name", "test"}); }),
            "2:1: unknown key 'tset' in test 'x'; expected one of: name, test");
  EXPECT_EQ(ErrorOf([&] { fields.RejectUnknownKeys({"name", "tset"}); }), "no error");
}

TEST(Fields, RefusesANodeThatIsNotAMap) {
  EXPECT_EQ(ErrorOf([] { Fields(ParseYaml("[1, 2]"), "checker"); }),
            "1:1: checker must be a map of keys, not a list");
}

TEST(ReadBool, TakesOnlyTrueAndFalse) {
  const Fields fields(ParseYaml("t: true\nf: false\ny: yes\nn: 0\n"), "test 'x'");
  EXPECT_TRUE(ReadBool(fields.Require("t")));
  EXPECT_FALSE(ReadBool(fields.Require("f")));
  EXPECT_EQ(ErrorOf([&] { ReadBool(fields.Require("y")); }),
            "3:4: 'y' in test 'x' must be true or false, not 'yes'");
  EXPECT_EQ(ErrorOf([&] { ReadBool(fields.Require("n")); }),
            "4:4: 'n' in test 'x' must be true or false, not '0'");
}

TEST(ReadString, TakesAnyScalarAsIsButNotAnEmptyValue) {
  const Fields fields(ParseYaml("n: 42\ns: \"1 2\\n\"\nq: ''\nnone:\nlist: [a]\n"), "test 'x'");
  EXPECT_EQ(ReadString(fields.Require("n")), "42");
  EXPECT_EQ(ReadString(fields.Require("s")), "1 2\n");
  EXPECT_EQ(ReadString(fields.Require("q")), "");
  // An empty value is shown at its key, not at the next line where the parser may place it.
  EXPECT_EQ(ErrorOf([&] { ReadString(fields.Require("none")); }),
            "4:1: 'none' in test 'x' is empty; write \"\" for an empty string");
  EXPECT_EQ(ErrorOf([&] { ReadString(fields.Require("list")); }),
            "5:7: 'list' in test 'x' must be a string, not a list");
  EXPECT_EQ(ErrorOf([&] { ReadNonEmptyString(fields.Require("q")); }),
            "3:4: 'q' in test 'x' must not be empty");
}

TEST(ReadNumbers, RefuseOutOfRangeAndTrailingText) {
  const Fields fields(
      ParseYaml("one: 1\nzero: 0\nbig: 99999999999\nfrac: 1.5\ntol: 1e-6\nneg: -0.1\n"), "x");
  EXPECT_EQ(ReadPositiveInt(fields.Require("one")), 1);
  EXPECT_EQ(ErrorOf([&] { ReadPositiveInt(fields.Require("zero")); }),
            "2:7: 'zero' in x must be a positive integer, not '0'");
  EXPECT_EQ(ErrorOf([&] { ReadPositiveInt(fields.Require("big")); }),
            "3:6: 'big' in x must be a positive integer, not '99999999999'");
  EXPECT_EQ(ErrorOf([&] { ReadPositiveInt(fields.Require("frac")); }),
            "4:7: 'frac' in x must be a positive integer, not '1.5'");
  EXPECT_DOUBLE_EQ(ReadNonNegativeDouble(fields.Require("tol")), 1e-6);
  EXPECT_EQ(ErrorOf([&] { ReadNonNegativeDouble(fields.Require("neg")); }),
            "6:6: 'neg' in x must be a number >= 0, not '-0.1'");
}

TEST(ReadStringList, PointsAtTheBadItem) {
  const Fields fields(ParseYaml("tags:\n  - a\n  - {b: c}\n"), "problem.yaml");
  EXPECT_EQ(ErrorOf([&] { ReadStringList(fields.Require("tags")); }),
            "3:5: each item of 'tags' in problem.yaml must be a non-empty string, not a map");
}

}  // namespace
}  // namespace judge

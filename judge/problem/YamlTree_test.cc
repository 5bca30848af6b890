#include "judge/problem/YamlTree.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace judge {
namespace {

std::vector<std::string> Scalars(const YamlNode& sequence) {
  std::vector<std::string> items;
  for (const YamlNode& item : sequence) items.push_back(item.Scalar());
  return items;
}

std::optional<YamlSyntaxError> ErrorOf(const std::string& text) {
  try {
    ParseYaml(text);
  } catch (const YamlSyntaxError& error) {
    return error;
  }
  return std::nullopt;
}

TEST(YamlTreeTest, ScalarsAreTheTextAsWrittenWithoutAGuessedType) {
  const YamlNode root = ParseYaml("a: 007\nb: 1e3\nc: yes\nd: \"quoted\"\ne: 'it''s'\n");
  ASSERT_TRUE(root.IsMap());
  ASSERT_EQ(root.size(), 5u);
  EXPECT_EQ(root.Key(0).Scalar(), "a");
  EXPECT_EQ(root.Value(0).Scalar(), "007");
  EXPECT_EQ(root.Value(1).Scalar(), "1e3");
  EXPECT_EQ(root.Value(2).Scalar(), "yes");
  EXPECT_EQ(root.Value(3).Scalar(), "quoted");
  EXPECT_EQ(root.Value(4).Scalar(), "it's");
}

TEST(YamlTreeTest, OnlyPlainNullSpellingsAndNothingAreNull) {
  const YamlNode root =
      ParseYaml("- ~\n- null\n- Null\n- NULL\n-\n- \"null\"\n- ''\n- nil\n- !!str null\n");
  ASSERT_EQ(root.size(), 9u);
  for (std::size_t i = 0; i < 5; ++i) EXPECT_TRUE(root[i].IsNull()) << i;
  EXPECT_TRUE(root[5].IsScalar());
  EXPECT_EQ(root[5].Scalar(), "null");
  EXPECT_TRUE(root[6].IsScalar());
  EXPECT_EQ(root[6].Scalar(), "");
  EXPECT_TRUE(root[7].IsScalar());
  EXPECT_TRUE(root[8].IsScalar()) << "an explicit string tag keeps it text";
}

TEST(YamlTreeTest, MarksAreZeroBasedLinesAndColumnsOfEachNode) {
  const YamlNode root = ParseYaml("id: x\ntests:\n  - {name: a, input: [1, 2]}\n");
  EXPECT_EQ(root.Mark().line, 0);
  const YamlNode tests = root.Value(1);
  EXPECT_EQ(tests.Mark().line, 2);
  EXPECT_EQ(tests.Mark().column, 2);
  const YamlNode input = tests[0].Value(1);
  EXPECT_EQ(input.Mark().line, 2);
  EXPECT_EQ(input.Mark().column, 21);
  EXPECT_EQ(input[1].Mark().column, 25);
}

TEST(YamlTreeTest, MapsKeepEveryEntryInFileOrderRepeatsIncluded) {
  // Rejecting a repeated key is the loader's job (Fields), which names both lines.
  const YamlNode root = ParseYaml("b: 1\na: 2\nb: 3\n");
  ASSERT_EQ(root.size(), 3u);
  EXPECT_EQ(root.Key(0).Scalar(), "b");
  EXPECT_EQ(root.Key(1).Scalar(), "a");
  EXPECT_EQ(root.Key(2).Scalar(), "b");
  EXPECT_EQ(root.Value(2).Scalar(), "3");
}

TEST(YamlTreeTest, JsonIsReadAsYaml) {
  const YamlNode root = ParseYaml(R"({"nums": [1, -2, 3], "grid": [[0, 1], []], "s": "a\"b"})");
  ASSERT_TRUE(root.IsMap());
  EXPECT_EQ(Scalars(root.Value(0)), (std::vector<std::string>{"1", "-2", "3"}));
  EXPECT_EQ(root.Value(1)[0].size(), 2u);
  EXPECT_TRUE(root.Value(1)[1].IsSequence());
  EXPECT_EQ(root.Value(1)[1].size(), 0u);
  EXPECT_EQ(root.Value(2).Scalar(), "a\"b");
}

TEST(YamlTreeTest, AnAliasIsItsAnchoredNodeShared) {
  const YamlNode root = ParseYaml("base: &row [1, 2, 3]\nrows: [*row, *row]\nname: &n x\nagain: *n\n");
  const YamlNode rows = root.Value(1);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(Scalars(rows[0]), (std::vector<std::string>{"1", "2", "3"}));
  EXPECT_EQ(Scalars(rows[1]), Scalars(rows[0]));
  EXPECT_EQ(rows[1].Mark().line, 0) << "the node itself, where its anchor is";
  EXPECT_EQ(root.Value(3).Scalar(), "x");
}

TEST(YamlTreeTest, AnAliasOfNoEarlierAnchorOrOfItsOwnCollectionIsAnError) {
  const auto unknown = ErrorOf("a: *nowhere\n");
  ASSERT_TRUE(unknown.has_value());
  EXPECT_EQ(unknown->mark().line, 0);
  EXPECT_NE(std::string(unknown->what()).find("'*nowhere'"), std::string::npos) << unknown->what();
  // A list that contains itself would be a cycle for every reader after the parser.
  EXPECT_TRUE(ErrorOf("a: &loop [1, *loop]\n").has_value());
}

TEST(YamlTreeTest, BrokenYamlIsAnErrorAtItsPlace) {
  const auto error = ErrorOf("tests:\n  - name: a\n   input: 1\n");
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->mark().line, 2);
  const auto unclosed = ErrorOf("a: [1, 2\nb: 3\n");
  ASSERT_TRUE(unclosed.has_value());
  EXPECT_GE(unclosed->mark().line, 1);
}

TEST(YamlTreeTest, AnErrorAtTheEndIsPlacedOnTheLastLineAndCarriageReturnsBreakLines) {
  const auto error = ErrorOf("id: x\ntitle: y\ndifficulty");
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->mark().line, 2);
  EXPECT_EQ(error->mark().column, 10);
  const auto unclosed = ErrorOf("id: x\ntests: [[[");
  ASSERT_TRUE(unclosed.has_value());
  EXPECT_EQ(unclosed->mark().line, 1);
  EXPECT_EQ(std::string(unclosed->what()).find("line 3"), std::string::npos) << unclosed->what();
  // YAML's line breaks are CR LF, CR and LF alike.
  const YamlNode root = ParseYaml("a: 1\rb: 2\r\nc: [3,\n 4]\n");
  EXPECT_EQ(root.Value(1).Mark().line, 1);
  EXPECT_EQ(root.Value(2)[1].Mark().line, 3);
  const auto at_cr = ErrorOf("a: 1\rb: 2\r\nc");
  ASSERT_TRUE(at_cr.has_value());
  EXPECT_EQ(at_cr->mark().line, 2);
}

TEST(YamlTreeTest, BytesThatAreNotUtf8AreAnErrorOnTheirLine) {
  const auto error = ErrorOf("a: 1\nb: \xff\xfe\n");
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->mark().line, 1);
  EXPECT_EQ(error->mark().column, 3);
}

TEST(YamlTreeTest, ASecondDocumentIsAnError) {
  EXPECT_NO_THROW(ParseYaml("---\na: 1\n...\n"));
  const auto error = ErrorOf("a: 1\n---\nb: 2\n");
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->mark().line, 1);
}

TEST(YamlTreeTest, AnEmptyTextIsNullWithNoPosition) {
  for (const char* text : {"", "\n\n", "# only a comment\n"}) {
    const YamlNode root = ParseYaml(text);
    EXPECT_TRUE(root.IsNull()) << text;
    EXPECT_EQ(root.Mark().line, -1) << text;
    EXPECT_EQ(root.size(), 0u);
    EXPECT_EQ(root.begin(), root.end());
  }
}

TEST(YamlTreeTest, ANodeKeepsItsDocumentAliveAndOnlySequencesIterate) {
  YamlNode item;
  {
    const YamlNode root = ParseYaml("list: [a, b]\nmap: {k: v}\n");
    item = root.Value(0)[1];
    EXPECT_EQ(root.Value(1).begin(), root.Value(1).end()) << "a map has no items to walk";
    EXPECT_EQ(root.Value(1).size(), 1u);
  }
  EXPECT_EQ(item.Scalar(), "b");
  EXPECT_TRUE(item[0].IsNull()) << "a scalar has no items";
  const YamlNode list = ParseYaml("[a]");
  EXPECT_TRUE(list[1].IsNull()) << "past the end";
  EXPECT_TRUE(list.Key(0).IsNull()) << "a list has no keys";
  // A loop over a member of a temporary outlives the temporary.
  std::vector<std::string> seen;
  for (const YamlNode& node : ParseYaml("[x, y, z]")) seen.push_back(node.Scalar());
  EXPECT_EQ(seen, (std::vector<std::string>{"x", "y", "z"}));
}

TEST(YamlTreeTest, NestingIsReadWithoutRecursionUpToALimit) {
  const auto nested = [](int depth) {
    return std::string(depth, '[') + "1" + std::string(depth, ']');
  };
  YamlNode node = ParseYaml(nested(64));
  int depth = 0;
  for (; node.IsSequence(); node = node[0]) ++depth;
  EXPECT_EQ(depth, 64);
  EXPECT_EQ(node.Scalar(), "1");
  // Deeper is refused at the level that passes the limit, before libyaml's scanner, which
  // pays for every open level on every token, would spend minutes on the rest.
  const auto error = ErrorOf(nested(1'000'000));
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->mark().column, 64);
  EXPECT_NE(std::string(error->what()).find("nested more than 64 deep"), std::string::npos);
  std::string block;
  for (int i = 0; i < 100; ++i) block += "- ";
  EXPECT_TRUE(ErrorOf(block + "x").has_value()) << "block lists too";
}

}  // namespace
}  // namespace judge

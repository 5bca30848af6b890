#include "judge/mock/RoundTopics.h"

#include <gtest/gtest.h>

namespace judge::mock {
namespace {

const std::set<std::string> kBankTags = {"graph", "bfs", "breadth-first-search", "dfs",
                                         "dynamic-programming", "union-find", "tree", "string"};

TEST(RoundTopicsTest, FriendlyNamesBecomeTheBanksTags) {
  EXPECT_EQ(*TagsOfTopics({"graphs"}, kBankTags), (std::set<std::string>{"graph", "union-find"}));
  EXPECT_EQ(*TagsOfTopics({"dp", "bfs"}, kBankTags),
            (std::set<std::string>{"dynamic-programming", "bfs", "breadth-first-search"}));
  EXPECT_EQ(*TagsOfTopics({"string"}, kBankTags), (std::set<std::string>{"string"}));
  EXPECT_EQ(*TagsOfTopics({}, kBankTags), (std::set<std::string>{}));
}

TEST(RoundTopicsTest, ATopicMatchingNothingIsNamed) {
  const auto tags = TagsOfTopics({"dp", "quantum"}, kBankTags);
  ASSERT_FALSE(tags);
  EXPECT_TRUE(tags.error().starts_with("unknown topic 'quantum': use one of graphs, ")) << tags.error();
  // An alias whose tags the bank does not use is no topic of this bank.
  EXPECT_FALSE(TagsOfTopics({"heaps"}, kBankTags));
}

}  // namespace
}  // namespace judge::mock

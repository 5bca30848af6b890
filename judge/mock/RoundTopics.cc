#include "judge/mock/RoundTopics.h"

#include <array>
#include <string_view>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace judge::mock {
namespace {

struct TopicAlias {
  std::string_view topic;
  std::vector<std::string_view> tags;
};

// The bank spells some ideas two ways (bfs, breadth-first-search). "graphs" leaves out bfs
// and dfs on their own: most problems with only those tags are tree traversals, and a
// candidate asking for graphs means graphs (`--topics bfs` still reaches the trees).
const std::array<TopicAlias, 14>& Aliases() {
  static const std::array<TopicAlias, 14> aliases = {{
      {"graphs", {"graph", "topological-sort", "union-find", "dijkstra", "graph-colouring",
                  "multi-source-bfs"}},
      {"graph", {"graph", "topological-sort", "union-find", "dijkstra", "graph-colouring",
                 "multi-source-bfs"}},
      {"dp", {"dynamic-programming", "knapsack"}},
      {"trees", {"tree", "binary-tree", "binary-search-tree"}},
      {"bfs", {"bfs", "breadth-first-search", "multi-source-bfs"}},
      {"dfs", {"dfs", "depth-first-search"}},
      {"strings", {"string"}},
      {"arrays", {"array"}},
      {"hashing", {"hash-map", "hash-set"}},
      {"heaps", {"heap", "quickselect"}},
      {"stacks", {"stack", "monotonic-queue"}},
      {"lists", {"linked-list"}},
      {"greedy", {"greedy"}},
      {"math", {"math", "combinatorics", "geometry"}},
  }};
  return aliases;
}

}  // namespace

std::vector<std::string> FriendlyTopics() {
  std::vector<std::string> names;
  for (const TopicAlias& alias : Aliases()) names.emplace_back(alias.topic);
  return names;
}

std::expected<std::set<std::string>, std::string> TagsOfTopics(
    const std::vector<std::string>& topics, const std::set<std::string>& bank_tags) {
  std::set<std::string> tags;
  for (const std::string& topic : topics) {
    std::set<std::string> own;
    if (bank_tags.contains(topic)) own.insert(topic);
    for (const TopicAlias& alias : Aliases()) {
      if (alias.topic != topic) continue;
      for (std::string_view tag : alias.tags) {
        if (bank_tags.contains(std::string(tag))) own.insert(std::string(tag));
      }
    }
    if (own.empty()) {
      return std::unexpected(fmt::format(
          "unknown topic '{}': use one of {}, or a tag that 'judge list' shows", topic,
          fmt::join(FriendlyTopics(), ", ")));
    }
    tags.merge(own);
  }
  return tags;
}

}  // namespace judge::mock

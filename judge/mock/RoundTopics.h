// RoundTopics: what a `judge mock --topics` name stands for: the friendly names a candidate
// types (graphs, dp, trees) mapped to the tags the bank's problem.yaml files use.
#pragma once

#include <expected>
#include <set>
#include <string>
#include <vector>

namespace judge::mock {

/// The tags `topics` stand for: each topic's aliases, and the topic itself where a problem
/// of the bank carries it as a tag. An error names the first topic that matches nothing.
std::expected<std::set<std::string>, std::string> TagsOfTopics(
    const std::vector<std::string>& topics, const std::set<std::string>& bank_tags);

/// The friendly names TagsOfTopics knows besides the bank's tags, for help and completion.
std::vector<std::string> FriendlyTopics();

}  // namespace judge::mock

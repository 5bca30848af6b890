// RoundPick: which two problems a mock round poses: one medium and one medium-or-hard of
// the chosen topics, as big-tech rounds do, drawn deterministically from a seed.
#pragma once

#include <cstdint>
#include <expected>
#include <set>
#include <string>
#include <vector>

#include "judge/problem/Problem.h"

namespace judge::mock {

/// What picking needs to know of a problem of the bank.
struct RoundCandidate {
  std::string id;
  Difficulty difficulty = Difficulty::Medium;
  std::vector<std::string> tags;
  bool solved = false;  // accepted before, per the history
};

inline constexpr std::size_t kRoundProblems = 2;

/// Two ids, the medium first. Candidates with a tag of `topic_tags` (any, when empty),
/// never solved ones first; debug and ml problems only when a topic asks for them (they are
/// other kinds of round). The same candidates and seed give the same pick. An error says
/// how many problems matched.
std::expected<std::vector<std::string>, std::string> PickRoundProblems(
    std::vector<RoundCandidate> candidates, const std::set<std::string>& topic_tags,
    std::uint64_t seed);

}  // namespace judge::mock

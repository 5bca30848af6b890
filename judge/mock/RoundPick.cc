#include "judge/mock/RoundPick.h"

#include <algorithm>
#include <random>

#include <fmt/format.h>

namespace judge::mock {
namespace {

bool HasAny(const std::vector<std::string>& tags, const std::set<std::string>& wanted) {
  return std::ranges::any_of(tags, [&](const std::string& tag) { return wanted.contains(tag); });
}

bool Matches(const RoundCandidate& candidate, const std::set<std::string>& topic_tags) {
  for (const std::string kind : {"debug", "ml"}) {
    const bool is_kind = std::ranges::find(candidate.tags, kind) != candidate.tags.end();
    if (is_kind && !topic_tags.contains(kind)) return false;
  }
  return topic_tags.empty() || HasAny(candidate.tags, topic_tags);
}

// The unsolved of `pool` where there are any: practice goes to what is not yet done.
std::vector<const RoundCandidate*> PreferUnsolved(const std::vector<const RoundCandidate*>& pool) {
  std::vector<const RoundCandidate*> unsolved;
  for (const RoundCandidate* candidate : pool) {
    if (!candidate->solved) unsolved.push_back(candidate);
  }
  return unsolved.empty() ? pool : unsolved;
}

// The engine's raw output, reduced by modulo: std::uniform_int_distribution differs between
// standard libraries, and a seed must pick the same round everywhere.
const RoundCandidate* Draw(const std::vector<const RoundCandidate*>& pool, std::mt19937_64& rng) {
  return pool[rng() % pool.size()];
}

}  // namespace

std::expected<std::vector<std::string>, std::string> PickRoundProblems(
    std::vector<RoundCandidate> candidates, const std::set<std::string>& topic_tags,
    std::uint64_t seed) {
  std::ranges::sort(candidates, {}, &RoundCandidate::id);
  std::vector<const RoundCandidate*> medium, medium_or_hard;
  for (const RoundCandidate& candidate : candidates) {
    if (candidate.difficulty == Difficulty::Easy || !Matches(candidate, topic_tags)) continue;
    medium_or_hard.push_back(&candidate);
    if (candidate.difficulty == Difficulty::Medium) medium.push_back(&candidate);
  }
  if (medium.empty() || medium_or_hard.size() < kRoundProblems) {
    return std::unexpected(fmt::format(
        "{} medium and {} hard problems match the topics; a round needs a medium and "
        "another medium or hard", medium.size(), medium_or_hard.size() - medium.size()));
  }
  std::mt19937_64 rng(seed);
  const RoundCandidate* first = Draw(PreferUnsolved(medium), rng);
  std::erase(medium_or_hard, first);
  const RoundCandidate* second = Draw(PreferUnsolved(medium_or_hard), rng);
  return std::vector<std::string>{first->id, second->id};
}

}  // namespace judge::mock

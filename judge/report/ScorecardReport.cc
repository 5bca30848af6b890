#include "judge/report/ScorecardReport.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "judge/mock/RoundClock.h"
#include "judge/report/JsonReport.h"

namespace judge {
namespace {

std::string ComplexityWords(const std::string& outcome) {
  if (outcome == "within") return "met (within the budget)";
  if (outcome == "over") return "not met (over the budget)";
  if (outcome == "inconclusive") return "inconclusive (the measurement was too weak to tell)";
  if (outcome == "not_measured") return "not measured (the series could not run)";
  if (outcome == "no_budget") return "no budget for this problem";
  return "not reached (no attempt passed every case)";
}

}  // namespace

std::string RenderScorecard(const mock::Scorecard& card) {
  std::string out = fmt::format("\nScorecard{}\n",
                                card.ended_by_deadline ? " (time is up)" : "");
  for (std::size_t i = 0; i < card.problems.size(); ++i) {
    const mock::ProblemScore& score = card.problems[i];
    out += fmt::format("\n  {}. {} ({}, {})\n", i + 1, score.problem.title, score.problem.id,
                       DifficultyName(score.problem.difficulty));
    std::string state = score.solved ? "solved" : "not solved";
    if (!score.solved && score.last_verdict) {
      state += fmt::format(" (last verdict {})", ShortName(*score.last_verdict));
    }
    out += fmt::format("     {}\n", state);
    out += fmt::format("     attempts: {}\n", score.attempts);
    out += fmt::format("     time to first AC: {}\n",
                       score.first_accepted_at ? mock::FormatClock(*score.first_accepted_at) : "-");
    out += fmt::format("     complexity: {}\n", ComplexityWords(score.complexity));
    out += fmt::format("     edge cases missed: {}\n",
                       score.edges_missed.empty() ? std::string("none")
                                                  : fmt::format("{}", fmt::join(score.edges_missed, ", ")));
  }
  out += fmt::format("\nTotal: solved {} of {} · {} attempt{} · {} used of {}\n", card.solved,
                     card.problems.size(), card.attempts, card.attempts == 1 ? "" : "s",
                     mock::FormatClock(card.used), mock::FormatClock(card.length));
  return out;
}

nlohmann::json ScorecardJson(const mock::Scorecard& card) {
  nlohmann::json problems = nlohmann::json::array();
  for (const mock::ProblemScore& score : card.problems) {
    problems.push_back({
        {"id", score.problem.id},
        {"title", score.problem.title},
        {"difficulty", DifficultyName(score.problem.difficulty)},
        {"solved", score.solved},
        {"attempts", score.attempts},
        {"first_accepted_seconds",
         score.first_accepted_at ? nlohmann::json(score.first_accepted_at->count() / 1000.0)
                                 : nlohmann::json(nullptr)},
        {"last_verdict", score.last_verdict ? nlohmann::json(YamlName(*score.last_verdict))
                                            : nlohmann::json(nullptr)},
        {"last_code", score.last_verdict ? nlohmann::json(ShortName(*score.last_verdict))
                                         : nlohmann::json(nullptr)},
        {"complexity", score.complexity},
        {"edges_missed", score.edges_missed},
    });
  }
  return {
      {"schema", kJsonSchemaVersion},
      {"problems", problems},
      {"solved", card.solved},
      {"attempts", card.attempts},
      {"length_seconds", card.length.count() / 1000.0},
      {"used_seconds", card.used.count() / 1000.0},
      {"ended_by_deadline", card.ended_by_deadline},
  };
}

}  // namespace judge

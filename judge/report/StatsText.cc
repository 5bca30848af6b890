#include "judge/report/StatsText.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace judge {
namespace {

using history::HistoryStats;
using history::SubmissionRecord;

// Beyond these, a section says how many more there are: the JSON form has them all.
constexpr std::size_t kShownEdges = 10;
constexpr std::size_t kShownUnsolved = 10;
constexpr std::size_t kNeverAttemptedChars = 50;  // of names, to keep the line on one row

std::string Plural(int count, std::string_view noun) {
  return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

// "2025-01-31T09:15:02Z" → "2025-01-31 09:15"
std::string Minutes(const std::string& timestamp) {
  if (timestamp.size() < 16) return timestamp;
  return timestamp.substr(0, 10) + " " + timestamp.substr(11, 5);
}

std::string More(std::size_t total, std::size_t shown) {
  return total > shown ? fmt::format("  ... and {} more\n", total - shown) : "";
}

std::string Budget(const history::BudgetRecord& budget) {
  if (budget.outcome == "none") return "";
  if (budget.outcome == "not_measured") return "  budget not measured";
  std::string out = "  budget " + budget.outcome;
  if (budget.time_measured && budget.time_budget) {
    out += fmt::format(": time {} vs {}", *budget.time_measured, *budget.time_budget);
  }
  return out;
}

std::string RecentLine(const SubmissionRecord& record, std::size_t problem_width) {
  std::string out = fmt::format("  {}  {:<{}}  {:<3}  {:<5}", Minutes(record.submitted_at),
                                record.problem_id, problem_width, LanguageName(record.language),
                                ShortName(record.verdict));
  if (record.verdict != Verdict::CompileError) {
    out += fmt::format("  {}/{}", record.cases_passed, record.cases_total);
  }
  out += Budget(record.budget);
  if (record.first_failed_case) {
    out += fmt::format("  first failed: {}", *record.first_failed_case);
    if (!record.first_failed_tags.empty()) {
      out += fmt::format(" ({})", fmt::join(record.first_failed_tags, ", "));
    }
  }
  // Trailing spaces of a line without the optional parts are noise in a terminal copy.
  out.erase(out.find_last_not_of(' ') + 1);
  return out + "\n";
}

}  // namespace

std::string RenderStats(const HistoryStats& stats, const std::filesystem::path& file) {
  if (stats.submissions == 0) {
    return fmt::format("No submissions in the history yet ({}); judge one with "
                       "'judge submit PROBLEM FILE' and they will show here.\n", file.string());
  }
  std::string out = fmt::format("History: {}\n{} · {} attempted · {} solved\n", file.string(),
                                Plural(stats.submissions, "submission"),
                                Plural(stats.problems_attempted, "problem"),
                                stats.problems_solved);

  if (!stats.topics.empty()) {
    std::size_t width = 5;
    for (const auto& topic : stats.topics) width = std::max(width, topic.topic.size());
    out += fmt::format("\n  {:<{}}  {:>9}  {:>6}  {:>5}\n", "topic", width, "attempted", "solved",
                       "rate");
    for (const auto& topic : stats.topics) {
      out += fmt::format("  {:<{}}  {:>9}  {:>6}  {:>4.0f}%\n", topic.topic, width, topic.attempted,
                         topic.solved, 100.0 * topic.solved / std::max(topic.attempted, 1));
    }
  }

  if (!stats.weak_edges.empty()) {
    const std::size_t shown = std::min(stats.weak_edges.size(), kShownEdges);
    std::size_t width = 4;
    for (std::size_t i = 0; i < shown; ++i) width = std::max(width, stats.weak_edges[i].tag.size());
    out += "\nWeak edge cases: the tags of the cases failed, by failed submissions\n";
    for (std::size_t i = 0; i < shown; ++i) {
      const auto& edge = stats.weak_edges[i];
      out += fmt::format("  {:<{}}  {:>3}  {}\n", edge.tag, width, edge.failed_submissions,
                         fmt::join(edge.problems, ", "));
    }
    out += More(stats.weak_edges.size(), shown);
  }

  if (!stats.unsolved.empty() || !stats.never_attempted.empty()) {
    out += "\nNot solved yet\n";
    const std::size_t shown = std::min(stats.unsolved.size(), kShownUnsolved);
    std::size_t width = 4;
    for (std::size_t i = 0; i < shown; ++i) {
      width = std::max(width, stats.unsolved[i].problem_id.size());
    }
    for (std::size_t i = 0; i < shown; ++i) {
      const auto& problem = stats.unsolved[i];
      out += fmt::format("  {:<{}}  {}, last {} on {}\n", problem.problem_id, width,
                         Plural(problem.submissions, "submission"), ShortName(problem.last_verdict),
                         Minutes(problem.last_at));
    }
    out += More(stats.unsolved.size(), shown);
    if (stats.bank_size && !stats.never_attempted.empty()) {
      std::string names;
      for (const std::string& id : stats.never_attempted) {
        if (!names.empty() && names.size() + id.size() > kNeverAttemptedChars) {
          names += ", ...";
          break;
        }
        names += (names.empty() ? "" : ", ") + id;
      }
      out += fmt::format("  {} of the bank's {} never attempted: {}\n",
                         stats.never_attempted.size(), *stats.bank_size, names);
    }
  }

  std::size_t width = 4;
  for (const auto& record : stats.recent) width = std::max(width, record.problem_id.size());
  out += fmt::format("\nLast {} (UTC)\n", Plural(static_cast<int>(stats.recent.size()), "submission"));
  for (const auto& record : stats.recent) out += RecentLine(record, width);
  return out;
}

}  // namespace judge

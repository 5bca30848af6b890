#include "judge/history/HistoryStats.h"

#include <algorithm>
#include <map>

namespace judge::history {
namespace {

struct ProblemSummary {
  std::vector<std::string> tags;  // the latest submission's: the problem may have been retagged
  int submissions = 0;
  bool solved = false;
  Verdict last_verdict = Verdict::WrongAnswer;
  std::string last_at;
};

// Descending by `count`, ties by name, so the output is the same from run to run.
template <typename T, typename Count, typename Name>
void SortByCount(std::vector<T>& items, Count count, Name name) {
  std::ranges::sort(items, [&](const T& a, const T& b) {
    if (count(a) != count(b)) return count(a) > count(b);
    return name(a) < name(b);
  });
}

}  // namespace

HistoryStats ComputeStats(const std::vector<SubmissionRecord>& records,
                          const std::optional<std::vector<std::string>>& bank) {
  HistoryStats stats;
  stats.submissions = static_cast<int>(records.size());
  std::map<std::string, ProblemSummary> problems;
  std::map<std::string, std::map<std::string, int>> edge_failures;  // tag → problem → count
  for (const SubmissionRecord& record : records) {
    ProblemSummary& problem = problems[record.problem_id];
    problem.tags = record.problem_tags;
    ++problem.submissions;
    problem.solved = problem.solved || record.verdict == Verdict::Accepted;
    problem.last_verdict = record.verdict;
    problem.last_at = record.submitted_at;
    for (const std::string& tag : record.failed_tags) ++edge_failures[tag][record.problem_id];
  }

  std::map<std::string, TopicProgress> topics;
  for (const auto& [id, problem] : problems) {
    ++stats.problems_attempted;
    stats.problems_solved += problem.solved ? 1 : 0;
    for (const std::string& tag : problem.tags) {
      TopicProgress& topic = topics[tag];
      topic.topic = tag;
      ++topic.attempted;
      topic.solved += problem.solved ? 1 : 0;
    }
    if (!problem.solved) {
      stats.unsolved.push_back({id, problem.submissions, problem.last_verdict, problem.last_at});
    }
  }
  for (auto& [name, topic] : topics) stats.topics.push_back(std::move(topic));
  SortByCount(stats.topics, [](const TopicProgress& t) { return t.attempted; },
              [](const TopicProgress& t) { return t.topic; });
  SortByCount(stats.unsolved, [](const UnsolvedProblem& p) { return p.submissions; },
              [](const UnsolvedProblem& p) { return p.problem_id; });

  for (const auto& [tag, per_problem] : edge_failures) {
    WeakEdge edge{tag, 0, {}};
    std::vector<std::pair<std::string, int>> where(per_problem.begin(), per_problem.end());
    SortByCount(where, [](const auto& p) { return p.second; }, [](const auto& p) { return p.first; });
    for (const auto& [problem, count] : where) {
      edge.failed_submissions += count;
      edge.problems.push_back(problem);
    }
    stats.weak_edges.push_back(std::move(edge));
  }
  SortByCount(stats.weak_edges, [](const WeakEdge& e) { return e.failed_submissions; },
              [](const WeakEdge& e) { return e.tag; });

  if (bank) {
    stats.bank_size = static_cast<int>(bank->size());
    for (const std::string& id : *bank) {
      if (!problems.contains(id)) stats.never_attempted.push_back(id);
    }
  }
  const std::size_t recent = std::min(records.size(), kRecentSubmissions);
  stats.recent.assign(records.rbegin(), records.rbegin() + static_cast<std::ptrdiff_t>(recent));
  return stats;
}

}  // namespace judge::history

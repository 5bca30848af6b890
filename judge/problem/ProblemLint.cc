#include "judge/problem/ProblemLint.h"

#include <algorithm>
#include <iterator>
#include <set>
#include <utility>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "judge/problem/ProblemFiles.h"

namespace judge {
namespace {

// Statements hold ≤, − and 10⁴: bytes would overstate their length.
std::size_t CodePoints(std::string_view text) {
  return static_cast<std::size_t>(std::ranges::count_if(
      text, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool PythonOnly(const Problem& problem) {
  return std::ranges::find(problem.tags, kPythonOnlyTag) != problem.tags.end();
}

std::string LanguageTitle(Language language) {
  return language == Language::Cpp ? "C++" : "Python";
}

// The rules follow; each adds what it finds to `findings` for `problem`.
class Linter {
 public:
  explicit Linter(const Problem& problem) : problem_(problem) {}

  void Statement(std::string_view statement) {
    const std::size_t chars = CodePoints(statement);
    if (chars <= kShortStatementChars) {
      Add(LintRule::StatementLength,
          fmt::format("the statement is too short: {} characters, more than {} needed", chars,
                      kShortStatementChars));
    }
  }

  void Tests() {
    const auto samples = std::ranges::count_if(problem_.tests, &TestCase::sample);
    const auto hidden = std::ssize(problem_.tests) - samples;
    if (hidden < kFewestHiddenTests) {
      Add(LintRule::HiddenTests, fmt::format("too few hidden tests: {}, at least {} needed",
                                             hidden, kFewestHiddenTests));
    }
    if (samples < kFewestSampleTests) {
      Add(LintRule::SampleTest, "no sample test (mark one 'sample: true')");
    }
  }

  void EdgeTags() {
    std::set<std::string> edges;
    for (const TestCase& test : problem_.tests) {
      for (const std::string& tag : test.tags) {
        if (tag.starts_with("edge:")) edges.insert(tag);
      }
    }
    if (edges.size() < kFewestEdgeKinds) {
      Add(LintRule::EdgeKinds,
          fmt::format("too few kinds of edge case tagged: {}{}, at least {} needed",
                      edges.size(),
                      edges.empty() ? "" : fmt::format(" ({})", fmt::join(edges, ", ")),
                      kFewestEdgeKinds));
    }
    if (!edges.contains(std::string(kMaxSizeEdge))) {
      Add(LintRule::MaxSizeEdge, fmt::format("no max-size test (tag one '{}')", kMaxSizeEdge));
    }
  }

  void Solutions() {
    std::set<Language> accepted, wrong;
    for (const ReferenceSolution& solution : problem_.solutions) {
      if (solution.expected == Verdict::Accepted) accepted.insert(solution.language);
      if (solution.expected == Verdict::WrongAnswer ||
          solution.expected == Verdict::RuntimeError) {
        wrong.insert(solution.language);
      }
    }
    std::vector<Language> languages = {Language::Python};
    if (!PythonOnly(problem_)) languages.push_back(Language::Cpp);
    for (Language language : languages) {
      if (!accepted.contains(language)) {
        Add(LintRule::AcceptedSolution,
            fmt::format("no accepted {} solution", LanguageTitle(language)));
      }
      if (!wrong.contains(language)) {
        Add(LintRule::WrongSolution,
            fmt::format("no wrong {} solution (expect: wrong_answer or runtime_error)",
                        LanguageTitle(language)));
      }
    }
  }

  // Budgets are measured on calls (a design's on sequences of them): a stdio problem
  // cannot carry one.
  void Budget() {
    if (problem_.mode != ProblemMode::Stdio && !problem_.budget) {
      Add(LintRule::Budget, "no complexity budget ('budget' and 'scale')",
          LintSeverity::Warning);
    }
  }

  void LeetCode() {
    // LeetCode's problems are methods: a stdio problem cannot be one of them.
    if (!problem_.leetcode && !PythonOnly(problem_) && problem_.mode != ProblemMode::Stdio) {
      Add(LintRule::LeetCodeNumber, "no LeetCode number ('leetcode: N')");
    }
  }

  std::vector<LintFinding> Findings() && { return std::move(findings_); }

 private:
  void Add(LintRule rule, std::string message, LintSeverity severity = LintSeverity::Error) {
    findings_.push_back(LintFinding{problem_.id, rule, severity, std::move(message)});
  }

  const Problem& problem_;
  std::vector<LintFinding> findings_;
};

}  // namespace

std::string_view LintRuleName(LintRule rule) {
  switch (rule) {
    case LintRule::StatementLength: return "statement-length";
    case LintRule::HiddenTests: return "hidden-tests";
    case LintRule::SampleTest: return "sample-test";
    case LintRule::EdgeKinds: return "edge-kinds";
    case LintRule::MaxSizeEdge: return "max-size-edge";
    case LintRule::AcceptedSolution: return "accepted-solution";
    case LintRule::WrongSolution: return "wrong-solution";
    case LintRule::Budget: return "budget";
    case LintRule::LeetCodeNumber: return "leetcode-number";
  }
  std::unreachable();
}

std::string_view LintSeverityName(LintSeverity severity) {
  return severity == LintSeverity::Error ? "error" : "warning";
}

std::vector<LintFinding> LintProblem(const Problem& problem, std::string_view statement) {
  Linter linter(problem);
  linter.Statement(statement);
  linter.Tests();
  linter.EdgeTags();
  linter.Solutions();
  linter.Budget();
  linter.LeetCode();
  return std::move(linter).Findings();
}

std::expected<std::vector<LintFinding>, LoadError> LintProblemDir(
    const std::filesystem::path& dir) {
  auto problem = LoadProblemSummary(dir);
  if (!problem) return std::unexpected(std::move(problem.error()));
  auto statement = ReadWholeFile(problem->statement);
  if (!statement) {
    return std::unexpected(
        LoadError{problem->statement, 0, 0, "cannot read: " + statement.error()});
  }
  return LintProblem(*problem, *statement);
}

std::size_t LintResults::Count(LintSeverity severity) const {
  return static_cast<std::size_t>(std::ranges::count(findings, severity, &LintFinding::severity));
}

LintResults LintProblemDirs(const std::vector<std::filesystem::path>& dirs) {
  LintResults results;
  for (const auto& dir : dirs) {
    auto findings = LintProblemDir(dir);
    if (!findings) {
      results.load_errors.push_back(std::move(findings.error()));
      continue;
    }
    ++results.problems_linted;
    std::ranges::move(*findings, std::back_inserter(results.findings));
  }
  return results;
}

}  // namespace judge

// ProblemLint: the bank's authoring rules (a real statement, enough hidden tests with edge
// tags, accepted and wrong reference solutions, a budget, a LeetCode number) as findings.
#pragma once

#include <cstddef>
#include <expected>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "judge/problem/Problem.h"
#include "judge/problem/ProblemLoader.h"

namespace judge {

/// A statement must be longer than this, in characters (UTF-8 code points).
inline constexpr std::size_t kShortStatementChars = 200;
inline constexpr std::ptrdiff_t kFewestHiddenTests = 15;
inline constexpr std::ptrdiff_t kFewestSampleTests = 1;
inline constexpr std::size_t kFewestEdgeKinds = 3;
inline constexpr std::string_view kMaxSizeEdge = "edge:max-size";
/// Problems with this tag are Python-only (numpy): no C++ solutions, no LeetCode number.
inline constexpr std::string_view kPythonOnlyTag = "ml";

enum class LintRule {
  StatementLength,
  HiddenTests,
  SampleTest,
  EdgeKinds,
  MaxSizeEdge,
  AcceptedSolution,  // one finding per language that lacks it
  WrongSolution,     // wrong_answer or runtime_error, per language
  Budget,
  LeetCodeNumber,
};

// A missing budget is a warning: budgets need scale generators that some input types
// (graphs of Node, doubles, operation sequences) do not have yet, so an author may be unable
// to write one. Every other rule is within the author's reach, so it is an error.
enum class LintSeverity { Error, Warning };

struct LintFinding {
  std::string problem;  // the problem's id
  LintRule rule;
  LintSeverity severity = LintSeverity::Error;
  std::string message;  // one line, saying what is missing and how much is needed
};

/// The rule's stable name, as `--json` prints it: "hidden-tests", "max-size-edge", ...
std::string_view LintRuleName(LintRule rule);
/// "error" or "warning".
std::string_view LintSeverityName(LintSeverity severity);

/// Every rule `problem` breaks, in rule order; `statement` is its statement's text.
std::vector<LintFinding> LintProblem(const Problem& problem, std::string_view statement);

/// Loads `dir`'s problem.yaml (as `judge list` does: test data files stay unread), reads
/// its statement and lints it; the loader's error (file:line:column) when it cannot.
std::expected<std::vector<LintFinding>, LoadError> LintProblemDir(
    const std::filesystem::path& dir);

/// The lint of several problem folders. A folder that cannot be loaded does not hide the
/// others: its error is kept and the rest are linted.
struct LintResults {
  std::size_t problems_linted = 0;  // loaded and linted; not counting `load_errors`
  std::vector<LintFinding> findings;
  std::vector<LoadError> load_errors;

  std::size_t Count(LintSeverity severity) const;
};

LintResults LintProblemDirs(const std::vector<std::filesystem::path>& dirs);

}  // namespace judge

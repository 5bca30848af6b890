// Problem: the validated, plain-data model of one problem folder (problem.yaml, statement,
// test data, reference solutions). Built by LoadProblem; runners may read it, it runs nothing.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judge/Verdict.h"
#include "judge/problem/Language.h"
#include "judge/problem/Quantity.h"
#include "judge/problem/Scale.h"
#include "judge/problem/Signature.h"
#include "judge/problem/Value.h"

namespace judge {

enum class Difficulty { Easy, Medium, Hard };
enum class ProblemMode { Stdio, Function, Design };
// Exact, Tokens and Float compare stdio text; Exact and Float also compare values, and
// AnyOrder (the outer list's order is free) and AnyOrderNested (the groups' order and the
// order inside each group are free) compare values only. Custom runs the problem author's
// C++ `class Checker` (function and design modes), for problems with many right answers.
enum class CheckerKind { Exact, Tokens, Float, AnyOrder, AnyOrderNested, Custom };

std::string_view DifficultyName(Difficulty difficulty);
std::string_view ModeName(ProblemMode mode);
std::string_view CheckerName(CheckerKind kind);

/// How an output is compared with the expected one. Tolerances apply to `Float` only:
/// a number passes when it is within abs_tolerance OR within rel_tolerance × |expected|.
struct CheckerSpec {
  CheckerKind kind = CheckerKind::Tokens;
  double abs_tolerance = 1e-6;
  double rel_tolerance = 1e-6;
  std::filesystem::path file;  // Custom: the checker's source, absolute
};

/// A design problem's custom checker mirrors the design class and has this method called
/// last (judge/check/DesignCheckerCalls.h): no method of such a design may take the name.
inline constexpr std::string_view kDesignCheckerFinalMethod = "check";

// The CPU time a reference solution is measured under for a relative limit.
inline constexpr std::int64_t kRelativeCeilingMs = 10'000;

struct ProblemLimits {
  // With `relative_time`, the judge replaces this with the limit measured for each run
  // (RelativeTimeLimit.h); until then it is the ceiling the reference is measured under.
  std::int64_t time_ms = 1000;
  std::optional<RelativeTime> relative_time;
  std::int64_t memory_bytes = 256LL << 20;
  std::int64_t output_bytes = 16LL << 20;
};

/// Where a thing was written, for error messages: "problems/x/problem.yaml:12".
struct SourceLocation {
  std::filesystem::path file;
  int line = 0;  // 1-based; 0 when unknown
};

struct TestCase {
  std::string name;
  std::vector<std::string> tags;  // e.g. "edge:empty"
  bool sample = false;            // shown to the user, and reported in full when failed
  // Stdio mode: the program's stdin and the output it must print.
  std::string input;
  std::string expected_output;
  // Function mode: one value per parameter, in signature order. Design mode: the
  // operations (the first constructs the class) and each one's arguments.
  std::vector<Value> args;
  std::vector<std::string> operations;
  std::vector<std::vector<Value>> operation_args;
  Value expected;  // function and design modes
  SourceLocation location;
};

struct ReferenceSolution {
  std::filesystem::path file;  // absolute
  Language language = Language::Cpp;
  Verdict expected = Verdict::Accepted;
  SourceLocation location;
};

struct Problem {
  std::filesystem::path dir;  // absolute
  std::string id;             // the slug, equal to the folder's name
  std::string title;
  Difficulty difficulty = Difficulty::Easy;
  std::vector<std::string> tags;
  std::optional<int> leetcode;  // LeetCode's problem number, where it is one
  ProblemMode mode = ProblemMode::Stdio;
  std::optional<FunctionSignature> signature;  // function mode
  std::optional<DesignSpec> design;            // design mode
  std::vector<std::string> python_preload;     // `python: {preload: [numpy]}`
  ProblemLimits limits;
  CheckerSpec checker;
  std::filesystem::path statement;  // absolute
  std::vector<TestCase> tests;      // samples first, in file order otherwise
  std::vector<ReferenceSolution> solutions;
  std::optional<BudgetSpec> budget;  // function mode: the complexity the solution must meet
  std::optional<ScaleSpec> scale;    // how to build inputs of growing size (with a budget)
  // Review-and-debug problems: the plausible but wrong solution `judge start` hands out,
  // per language (absolute paths).
  std::map<Language, std::filesystem::path> starters;
};

/// A function-mode test's input as the user reads it ("nums = [2,7]\ntarget = 9\n"), a
/// design test's operations and arguments, or a stdio test's stdin; values cut at `max_chars`.
std::string InputText(const Problem& problem, const TestCase& test, std::size_t max_chars);

/// A test's expected result as the user reads it: the value, or the expected stdout.
std::string ExpectedText(const Problem& problem, const TestCase& test, std::size_t max_chars);

}  // namespace judge

// TextReport: what a person reads in the terminal: the per-case table, the summary
// verdict, and the first failing sample case in full; colour only when asked for.
#pragma once

#include <string>
#include <vector>

#include "judge/Submission.h"
#include "judge/Verification.h"
#include "judge/problem/Problem.h"
#include "judge/problem/ProblemLint.h"

namespace judge {

struct TextStyle {
  bool color = false;
};

std::string RenderSubmission(const SubmissionResult& result, const TextStyle& style);
/// One line per problem, and a line per solution that did not earn its verdict.
std::string RenderVerification(const ProblemVerification& verification, const TextStyle& style);
std::string RenderProblemList(const std::vector<Problem>& problems);
std::string RenderProblem(const Problem& problem, const std::string& statement);
/// `judge lint`: a line per finding ("two-sum: no max-size test ..."; warnings say so after
/// the problem), then "N problems linted: E errors, W warnings". Load errors are not here:
/// the command prints them on stderr, as every command prints a broken problem.yaml.
std::string RenderLint(const LintResults& results);

/// "1.25 ms", "3.4 MiB": the units used in every table.
std::string FormatMicros(std::int64_t us);
std::string FormatBytes(std::int64_t bytes, MemoryMeasure measure);

}  // namespace judge

// Verdict: what a test case or a whole submission earned, and the fixed priority that
// decides which case verdict becomes the submission's summary.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace judge {

enum class Verdict {
  Accepted,
  WrongAnswer,
  TimeLimit,
  MemoryLimit,
  OutputLimit,
  RuntimeError,
  CompileError,
  // The judge itself failed; never counted against the user.
  InternalError,
  // Correct on every case, but the cost grows faster than the problem's complexity budget
  // (time or space), measured on the scale series: "TLE (complexity)", distinct from TLE.
  TimeOverBudget,
  SpaceOverBudget,
};

/// The code shown in tables: AC, WA, TLE, MLE, OLE, RE, CE, IE, TLE-C, MLE-C.
std::string_view ShortName(Verdict verdict);
/// The spelling used in problem.yaml and JSON: accepted, wrong_answer, time_limit, ...
std::string_view YamlName(Verdict verdict);
std::optional<Verdict> VerdictFromYamlName(std::string_view name);

/// Higher wins the summary. A judge failure outranks everything (the result is void),
/// then a submission that never ran, then resource failures, which often cause the
/// wrong answers and crashes seen beside them.
int Priority(Verdict verdict);

/// The summary of a submission's case verdicts; Accepted for an empty list.
Verdict Summarize(std::span<const Verdict> verdicts);

}  // namespace judge

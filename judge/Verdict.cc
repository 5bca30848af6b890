#include "judge/Verdict.h"

#include <array>
#include <utility>

namespace judge {
namespace {

struct VerdictInfo {
  Verdict verdict;
  std::string_view short_name;
  std::string_view yaml_name;
  int priority;
};

// Over budget ranks just above accepted: any failed case says more about the submission.
constexpr std::array kVerdicts = {
    VerdictInfo{Verdict::Accepted, "AC", "accepted", 0},
    VerdictInfo{Verdict::SpaceOverBudget, "MLE-C", "space_budget", 1},
    VerdictInfo{Verdict::TimeOverBudget, "TLE-C", "time_budget", 2},
    VerdictInfo{Verdict::WrongAnswer, "WA", "wrong_answer", 3},
    VerdictInfo{Verdict::OutputLimit, "OLE", "output_limit", 4},
    VerdictInfo{Verdict::RuntimeError, "RE", "runtime_error", 5},
    VerdictInfo{Verdict::MemoryLimit, "MLE", "memory_limit", 6},
    VerdictInfo{Verdict::TimeLimit, "TLE", "time_limit", 7},
    VerdictInfo{Verdict::CompileError, "CE", "compile_error", 8},
    VerdictInfo{Verdict::InternalError, "IE", "internal_error", 9},
};

const VerdictInfo& Info(Verdict verdict) {
  for (const auto& info : kVerdicts) {
    if (info.verdict == verdict) return info;
  }
  std::unreachable();
}

}  // namespace

std::string_view ShortName(Verdict verdict) { return Info(verdict).short_name; }
std::string_view YamlName(Verdict verdict) { return Info(verdict).yaml_name; }
int Priority(Verdict verdict) { return Info(verdict).priority; }

std::optional<Verdict> VerdictFromYamlName(std::string_view name) {
  for (const auto& info : kVerdicts) {
    if (info.yaml_name == name) return info.verdict;
  }
  return std::nullopt;
}

Verdict Summarize(std::span<const Verdict> verdicts) {
  Verdict summary = Verdict::Accepted;
  for (Verdict v : verdicts) {
    if (Priority(v) > Priority(summary)) summary = v;
  }
  return summary;
}

}  // namespace judge

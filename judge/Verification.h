// Verification: a problem's self-test: every reference solution listed in problem.yaml is
// judged for real and must earn exactly the verdict the problem expects of it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "judge/Verdict.h"

namespace judge {

struct SolutionVerification {
  std::filesystem::path file;
  Verdict expected = Verdict::Accepted;
  Verdict got = Verdict::InternalError;
  std::string detail;  // what went wrong, when got != expected
  bool passed() const { return got == expected; }
};

struct ProblemVerification {
  std::filesystem::path dir;
  std::string problem_id;
  std::string error;  // the problem could not be loaded or has nothing to verify
  std::vector<SolutionVerification> solutions;
  bool passed() const;
};

ProblemVerification VerifyProblem(const std::filesystem::path& dir);

}  // namespace judge

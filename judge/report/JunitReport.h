// JunitReport: submissions and verifications as JUnit XML, the format CI systems (GitLab,
// Jenkins, GitHub's test reporters) show as test results: one test case per case or solution.
#pragma once

#include <string>
#include <vector>

#include "judge/Submission.h"
#include "judge/Verification.h"

namespace judge {

/// One suite for the submission: a test case per case (failed unless accepted, with the
/// verdict and its detail), plus "complexity budget" when the series ran, and one
/// "compile" case for a compile error.
std::string SubmissionJunit(const SubmissionResult& result);

/// A suite per problem: a test case per reference solution, failed when it did not earn
/// the verdict the problem expects of it; a problem that cannot be verified is an error.
std::string VerificationJunit(const std::vector<ProblemVerification>& verifications);

}  // namespace judge

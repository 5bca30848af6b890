// JsonReport: the stable machine-readable form of submissions, verifications, problem lists
// and lint findings that CI and editors consume. docs/json.md documents it; change both together.
#pragma once

#include <expected>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "judge/Submission.h"
#include "judge/Verification.h"
#include "judge/history/HistoryStats.h"
#include "judge/problem/Problem.h"
#include "judge/problem/ProblemLint.h"

namespace judge {

inline constexpr int kJsonSchemaVersion = 1;

nlohmann::json SubmissionJson(const SubmissionResult& result);
nlohmann::json VerificationJson(const std::vector<ProblemVerification>& verifications);
/// The inverse of VerificationJson, for `verify -j`, which runs a judge process per problem:
/// the problems of one document, or an error naming what the document lacks.
std::expected<std::vector<ProblemVerification>, std::string> VerificationsFromJson(
    const nlohmann::json& document);
nlohmann::json ProblemListJson(const std::vector<Problem>& problems);
nlohmann::json LintJson(const LintResults& results);
/// `judge stats`: what the history at `file` says (the whole lists, not cut as in text).
nlohmann::json StatsJson(const history::HistoryStats& stats, const std::filesystem::path& file);
/// {"schema": 1, "error": {"kind": "usage"|"problem"|"internal", "message": ...}}
nlohmann::json ErrorJson(std::string_view kind, const std::string& message);

}  // namespace judge

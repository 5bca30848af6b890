#include "judge/report/JsonReport.h"

#include <algorithm>

namespace judge {
namespace {

using nlohmann::json;

json FitJson(const std::optional<GrowthFit>& fit) {
  if (!fit) return nullptr;
  json out = {{"class", ToString(fit->best)},
              {"exponent", fit->exponent},
              {"exponent_error", fit->exponent_error},
              {"confidence", fit->confidence},
              {"inconclusive", fit->inconclusive},
              {"reason", fit->reason},
              {"noise", fit->noise}};
  out["tied_with"] = fit->tied_with ? json(ToString(*fit->tied_with)) : json(nullptr);
  return out;
}

json CheckJson(const std::optional<BudgetCheck>& check) {
  if (!check) return nullptr;
  return {{"outcome", ToString(check->outcome)}, {"summary", check->summary}};
}

json BudgetJson(const BudgetReport& report) {
  json out = {{"time_budget", report.budget.time},
              {"space_budget", report.budget.space},
              {"interpreted_budget", report.budget.interpreted},
              {"n", report.budget.n}};
  if (!report.not_measured.empty()) {
    out["not_measured"] = report.not_measured;
    return out;
  }
  json points = json::array();
  const auto number = [](double value) { return value < 0 ? json(nullptr) : json(value); };
  const auto point_json = [&](const SeriesPoint& point) {
    return json{{"n", point.n},
                {"candidate_us", number(point.candidate_us)},
                {"reference_us", number(point.reference_us)},
                {"candidate_operations", number(static_cast<double>(point.candidate_operations))},
                {"reference_operations", number(static_cast<double>(point.reference_operations))},
                {"candidate_heap_bytes", number(static_cast<double>(point.candidate_heap_bytes))},
                {"reference_heap_bytes", number(static_cast<double>(point.reference_heap_bytes))}};
  };
  for (const SeriesPoint& point : report.points) points.push_back(point_json(point));
  out["metric"] = report.metric;
  out["series"] = std::move(points);
  out["baseline"] = report.baseline ? point_json(*report.baseline) : json(nullptr);
  out["stopped_at_cap"] = report.stopped_at_cap;
  out["time"] = {{"candidate", FitJson(report.time_fit)},
                 {"reference", FitJson(report.reference_time_fit)},
                 {"cpu_candidate", FitJson(report.cpu_fit)},
                 {"cpu_reference", FitJson(report.reference_cpu_fit)},
                 {"check", CheckJson(report.time)}};
  out["space"] = {{"candidate", FitJson(report.space_fit)},
                  {"reference", FitJson(report.reference_space_fit)},
                  {"check", CheckJson(report.space)}};
  out["interpreted"] = {{"candidate", FitJson(report.interpreted_fit)},
                        {"reference", FitJson(report.reference_interpreted_fit)},
                        {"check", CheckJson(report.interpreted)}};
  out["elapsed_ms"] = report.elapsed_ms;
  return out;
}

}  // namespace

json SubmissionJson(const SubmissionResult& result) {
  json cases = json::array();
  for (const auto& judged : result.cases) {
    json item = {{"name", judged.name},
                 {"sample", judged.sample},
                 {"tags", judged.tags},
                 {"verdict", YamlName(judged.verdict)},
                 {"code", ShortName(judged.verdict)},
                 {"detail", judged.detail},
                 {"cpu_time_us", judged.cpu_time_us},
                 {"wall_time_us", judged.wall_time_us},
                 {"memory_bytes", judged.peak_memory_bytes},
                 {"memory_source", MemoryMeasureName(judged.memory_measure)}};
    if (judged.input_parse_us >= 0) item["input_parse_us"] = judged.input_parse_us;
    if (judged.sample && judged.verdict != Verdict::Accepted) {
      item["input"] = judged.input_excerpt;
      item["expected"] = judged.expected_excerpt;
      item["actual"] = judged.actual_excerpt;
      item["stderr"] = judged.stderr_excerpt;
    }
    cases.push_back(std::move(item));
  }
  const auto passed = std::ranges::count_if(
      result.cases, [](const CaseResult& judged) { return judged.verdict == Verdict::Accepted; });
  json out = {{"schema", kJsonSchemaVersion},
              {"problem", result.problem_id},
              {"language", LanguageName(result.language)},
              {"source", result.source.string()},
              {"verdict", YamlName(result.verdict)},
              {"code", ShortName(result.verdict)},
              {"accepted", result.verdict == Verdict::Accepted},
              {"passed", passed},
              {"total", result.cases.size()},
              {"compile_time_ms", result.compile_time_ms},
              {"build_cached", result.build_cached},
              {"time_limit_ms", result.time_limit_ms},
              {"runtime", result.runtime},
              {"cases", std::move(cases)}};
  if (result.verdict == Verdict::CompileError) out["compile_output"] = result.compile_output;
  if (!result.internal_error.empty()) out["internal_error"] = result.internal_error;
  if (!result.time_limit_basis.empty()) out["time_limit_basis"] = result.time_limit_basis;
  out["budget"] = result.budget ? BudgetJson(*result.budget) : json(nullptr);
  return out;
}

json VerificationJson(const std::vector<ProblemVerification>& verifications) {
  json problems = json::array();
  int passed = 0;
  for (const auto& verification : verifications) {
    json solutions = json::array();
    for (const auto& solution : verification.solutions) {
      solutions.push_back({{"file", solution.file.string()},
                           {"expected", YamlName(solution.expected)},
                           {"got", YamlName(solution.got)},
                           {"passed", solution.passed()},
                           {"detail", solution.detail}});
    }
    json item = {{"problem", verification.problem_id},
                 {"dir", verification.dir.string()},
                 {"passed", verification.passed()},
                 {"solutions", std::move(solutions)}};
    if (!verification.error.empty()) item["error"] = verification.error;
    passed += verification.passed() ? 1 : 0;
    problems.push_back(std::move(item));
  }
  return {{"schema", kJsonSchemaVersion},
          {"passed", passed},
          {"failed", static_cast<int>(verifications.size()) - passed},
          {"problems", std::move(problems)}};
}

std::expected<std::vector<ProblemVerification>, std::string> VerificationsFromJson(
    const json& document) {
  try {
    std::vector<ProblemVerification> verifications;
    for (const json& item : document.at("problems")) {
      ProblemVerification verification;
      verification.problem_id = item.at("problem").get<std::string>();
      verification.dir = item.at("dir").get<std::string>();
      verification.error = item.value("error", "");
      for (const json& solution : item.at("solutions")) {
        SolutionVerification checked;
        checked.file = solution.at("file").get<std::string>();
        const auto expected = VerdictFromYamlName(solution.at("expected").get<std::string>());
        const auto got = VerdictFromYamlName(solution.at("got").get<std::string>());
        if (!expected || !got) return std::unexpected("an unknown verdict in " + solution.dump());
        checked.expected = *expected;
        checked.got = *got;
        checked.detail = solution.at("detail").get<std::string>();
        verification.solutions.push_back(std::move(checked));
      }
      verifications.push_back(std::move(verification));
    }
    return verifications;
  } catch (const json::exception& error) {
    return std::unexpected(std::string("not a verify report: ") + error.what());
  }
}

json ProblemListJson(const std::vector<Problem>& problems) {
  json list = json::array();
  for (const auto& problem : problems) {
    json item = {{"id", problem.id},
                 {"title", problem.title},
                 {"difficulty", DifficultyName(problem.difficulty)},
                 {"tags", problem.tags},
                 {"mode", ModeName(problem.mode)},
                 {"dir", problem.dir.string()}};
    if (problem.leetcode) item["leetcode"] = *problem.leetcode;
    list.push_back(std::move(item));
  }
  return {{"schema", kJsonSchemaVersion}, {"problems", std::move(list)}};
}

json LintJson(const LintResults& results) {
  json findings = json::array();
  for (const LintFinding& finding : results.findings) {
    findings.push_back({{"problem", finding.problem},
                        {"rule", LintRuleName(finding.rule)},
                        {"severity", LintSeverityName(finding.severity)},
                        {"message", finding.message}});
  }
  json load_errors = json::array();
  for (const LoadError& error : results.load_errors) {
    load_errors.push_back({{"file", error.file.string()}, {"message", error.ToString()}});
  }
  return {{"schema", kJsonSchemaVersion},
          {"problems_linted", results.problems_linted},
          {"errors", results.Count(LintSeverity::Error)},
          {"warnings", results.Count(LintSeverity::Warning)},
          {"findings", std::move(findings)},
          {"load_errors", std::move(load_errors)}};
}

json StatsJson(const history::HistoryStats& stats, const std::filesystem::path& file) {
  const auto optional = [](const std::optional<std::string>& text) {
    return text ? json(*text) : json(nullptr);
  };
  json topics = json::array();
  for (const auto& topic : stats.topics) {
    topics.push_back({{"topic", topic.topic},
                      {"attempted", topic.attempted},
                      {"solved", topic.solved},
                      {"solve_rate", static_cast<double>(topic.solved) / std::max(topic.attempted, 1)}});
  }
  json edges = json::array();
  for (const auto& edge : stats.weak_edges) {
    edges.push_back({{"tag", edge.tag},
                     {"failed_submissions", edge.failed_submissions},
                     {"problems", edge.problems}});
  }
  json unsolved = json::array();
  for (const auto& problem : stats.unsolved) {
    unsolved.push_back({{"problem", problem.problem_id},
                        {"submissions", problem.submissions},
                        {"last_verdict", YamlName(problem.last_verdict)},
                        {"last_code", ShortName(problem.last_verdict)},
                        {"last_at", problem.last_at}});
  }
  json recent = json::array();
  for (const auto& record : stats.recent) {
    recent.push_back({{"id", record.id},
                      {"at", record.submitted_at},
                      {"problem", record.problem_id},
                      {"problem_tags", record.problem_tags},
                      {"language", LanguageName(record.language)},
                      {"verdict", YamlName(record.verdict)},
                      {"code", ShortName(record.verdict)},
                      {"passed", record.cases_passed},
                      {"total", record.cases_total},
                      {"first_failed_case", optional(record.first_failed_case)},
                      {"first_failed_tags", record.first_failed_tags},
                      {"failed_tags", record.failed_tags},
                      {"max_cpu_time_us", record.max_cpu_time_us},
                      {"peak_memory_bytes", record.peak_memory_bytes},
                      {"budget", {{"outcome", record.budget.outcome},
                                  {"time_budget", optional(record.budget.time_budget)},
                                  {"time_measured", optional(record.budget.time_measured)},
                                  {"space_budget", optional(record.budget.space_budget)},
                                  {"space_measured", optional(record.budget.space_measured)}}},
                      {"source", record.source_path},
                      {"source_sha256", record.source_sha256},
                      {"fail_fast", record.fail_fast},
                      {"budget_skipped", record.budget_skipped}});
  }
  json bank = nullptr;
  if (stats.bank_size) {
    bank = {{"problems", *stats.bank_size}, {"never_attempted", stats.never_attempted}};
  }
  return {{"schema", kJsonSchemaVersion},
          {"history", file.string()},
          {"submissions", stats.submissions},
          {"problems_attempted", stats.problems_attempted},
          {"problems_solved", stats.problems_solved},
          {"topics", std::move(topics)},
          {"weak_edges", std::move(edges)},
          {"unsolved", std::move(unsolved)},
          {"bank", std::move(bank)},
          {"recent", std::move(recent)}};
}

json ErrorJson(std::string_view kind, const std::string& message) {
  return {{"schema", kJsonSchemaVersion}, {"error", {{"kind", kind}, {"message", message}}}};
}

}  // namespace judge

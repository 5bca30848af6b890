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
              {"n", report.budget.n}};
  if (!report.not_measured.empty()) {
    out["not_measured"] = report.not_measured;
    return out;
  }
  json points = json::array();
  const auto number = [](double value) { return value < 0 ? json(nullptr) : json(value); };
  for (const SeriesPoint& point : report.points) {
    points.push_back({{"n", point.n},
                      {"candidate_us", number(point.candidate_us)},
                      {"reference_us", number(point.reference_us)},
                      {"candidate_operations", number(static_cast<double>(point.candidate_operations))},
                      {"reference_operations", number(static_cast<double>(point.reference_operations))},
                      {"candidate_heap_bytes", number(static_cast<double>(point.candidate_heap_bytes))},
                      {"reference_heap_bytes", number(static_cast<double>(point.reference_heap_bytes))}});
  }
  out["metric"] = report.metric;
  out["series"] = std::move(points);
  out["stopped_at_cap"] = report.stopped_at_cap;
  out["time"] = {{"candidate", FitJson(report.time_fit)},
                 {"reference", FitJson(report.reference_time_fit)},
                 {"cpu_candidate", FitJson(report.cpu_fit)},
                 {"cpu_reference", FitJson(report.reference_cpu_fit)},
                 {"check", CheckJson(report.time)}};
  out["space"] = {{"candidate", FitJson(report.space_fit)},
                  {"reference", FitJson(report.reference_space_fit)},
                  {"check", CheckJson(report.space)}};
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
              {"runtime", result.runtime},
              {"cases", std::move(cases)}};
  if (result.verdict == Verdict::CompileError) out["compile_output"] = result.compile_output;
  if (!result.internal_error.empty()) out["internal_error"] = result.internal_error;
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

json ErrorJson(std::string_view kind, const std::string& message) {
  return {{"schema", kJsonSchemaVersion}, {"error", {{"kind", kind}, {"message", message}}}};
}

}  // namespace judge

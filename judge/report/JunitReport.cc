#include "judge/report/JunitReport.h"

#include <fmt/format.h>

namespace judge {
namespace {

// Text in an XML attribute or element, with what would end or break it replaced.
std::string Escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // Control characters other than tab and newlines are not allowed in XML 1.0.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          out += '?';
        } else {
          out += c;
        }
    }
  }
  return out;
}

struct JunitCase {
  std::string name;
  std::string class_name;
  double seconds = 0;
  std::string failure_type;  // empty: passed
  std::string failure_message;
  std::string failure_text;
  bool error = false;  // an error (the judge or the problem broke), not a failure
};

std::string Suite(const std::string& name, const std::vector<JunitCase>& cases) {
  int failures = 0, errors = 0;
  double seconds = 0;
  for (const auto& test : cases) {
    if (!test.failure_type.empty()) ++(test.error ? errors : failures);
    seconds += test.seconds;
  }
  std::string out = fmt::format(
      "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" time=\"{:.6f}\">\n",
      Escaped(name), cases.size(), failures, errors, seconds);
  for (const auto& test : cases) {
    out += fmt::format("    <testcase name=\"{}\" classname=\"{}\" time=\"{:.6f}\"",
                       Escaped(test.name), Escaped(test.class_name), test.seconds);
    if (test.failure_type.empty()) {
      out += "/>\n";
      continue;
    }
    out += fmt::format(">\n      <{} type=\"{}\" message=\"{}\">{}</{}>\n    </testcase>\n",
                       test.error ? "error" : "failure", Escaped(test.failure_type),
                       Escaped(test.failure_message), Escaped(test.failure_text),
                       test.error ? "error" : "failure");
  }
  return out + "  </testsuite>\n";
}

std::string Document(const std::string& suites) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n" + suites + "</testsuites>\n";
}

}  // namespace

std::string SubmissionJunit(const SubmissionResult& result) {
  const std::string class_name =
      fmt::format("{}.{}", result.problem_id, LanguageName(result.language));
  std::vector<JunitCase> cases;
  if (result.verdict == Verdict::CompileError) {
    cases.push_back({"compile", class_name, result.compile_time_ms / 1000.0, "CE",
                     "compile error", result.compile_output});
  } else if (result.verdict == Verdict::InternalError && result.cases.empty()) {
    cases.push_back({"judge", class_name, 0, "IE", "internal error", result.internal_error, true});
  }
  for (const CaseResult& judged : result.cases) {
    JunitCase test{judged.name, class_name, judged.cpu_time_us / 1e6};
    if (judged.verdict != Verdict::Accepted) {
      test.failure_type = std::string(ShortName(judged.verdict));
      test.failure_message = fmt::format("{}{}", ShortName(judged.verdict),
                                         judged.detail.empty() ? "" : ": " + judged.detail);
      test.failure_text = judged.detail;
      test.error = judged.verdict == Verdict::InternalError;
    }
    cases.push_back(std::move(test));
  }
  if (result.budget && result.budget->not_measured.empty()) {
    JunitCase budget{"complexity budget", class_name, result.budget->elapsed_ms / 1000.0};
    if (const Verdict verdict = result.budget->verdict(); verdict != Verdict::Accepted) {
      budget.failure_type = std::string(ShortName(verdict));
      budget.failure_message = std::string(YamlName(verdict));
    }
    cases.push_back(std::move(budget));
  }
  return Document(Suite(result.problem_id, cases));
}

std::string VerificationJunit(const std::vector<ProblemVerification>& verifications) {
  std::string suites;
  for (const ProblemVerification& problem : verifications) {
    const std::string name = problem.problem_id.empty() ? problem.dir.filename().string()
                                                        : problem.problem_id;
    std::vector<JunitCase> cases;
    if (!problem.error.empty()) {
      cases.push_back({"problem", name, 0, "error", "cannot be verified", problem.error, true});
    }
    for (const SolutionVerification& solution : problem.solutions) {
      JunitCase test{solution.file.filename().string(), name, 0};
      if (!solution.passed()) {
        test.failure_type = std::string(ShortName(solution.got));
        test.failure_message = fmt::format("expected {}, got {}", YamlName(solution.expected),
                                           YamlName(solution.got));
        test.failure_text = solution.detail;
      }
      cases.push_back(std::move(test));
    }
    suites += Suite(name, cases);
  }
  return Document(suites);
}

}  // namespace judge

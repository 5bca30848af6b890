// The JUnit XML of submissions and verifications: counts, failures with their verdicts, and
// text that would break the XML (a checker's message quoting the candidate's output).
#include "judge/report/JunitReport.h"

#include <gtest/gtest.h>

namespace judge {
namespace {

std::size_t Count(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

TEST(JunitReportTest, ASubmissionIsASuiteWithACaseForEachCaseAndItsFailures) {
  SubmissionResult result;
  result.problem_id = "two-sum";
  result.language = Language::Python;
  result.verdict = Verdict::WrongAnswer;
  CaseResult passed;
  passed.name = "sample-1";
  passed.verdict = Verdict::Accepted;
  passed.cpu_time_us = 1500;
  CaseResult failed;
  failed.name = "negatives";
  failed.verdict = Verdict::WrongAnswer;
  failed.detail = "expected [0, 1], got <\"a\" & 'b'>\x01";
  result.cases = {passed, failed};
  const std::string xml = SubmissionJunit(result);
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n", 0), 0u) << xml;
  EXPECT_NE(xml.find("<testsuite name=\"two-sum\" tests=\"2\" failures=\"1\" errors=\"0\""),
            std::string::npos) << xml;
  EXPECT_NE(xml.find("<testcase name=\"sample-1\" classname=\"two-sum.py\" time=\"0.001500\"/>"),
            std::string::npos) << xml;
  EXPECT_NE(xml.find("<failure type=\"WA\" message=\"WA: expected [0, 1], got &lt;&quot;a&quot; "
                     "&amp; &apos;b&apos;&gt;?\">"),
            std::string::npos) << xml;
  EXPECT_EQ(xml.find('\x01'), std::string::npos);
  EXPECT_EQ(Count(xml, "<testcase "), 2u);
}

TEST(JunitReportTest, ACompileErrorIsOneFailedCase) {
  SubmissionResult result;
  result.problem_id = "a-plus-b";
  result.verdict = Verdict::CompileError;
  result.compile_output = "solution.cpp:1:1: error: 'x' was not declared";
  const std::string xml = SubmissionJunit(result);
  EXPECT_NE(xml.find("tests=\"1\" failures=\"1\""), std::string::npos) << xml;
  EXPECT_NE(xml.find("<testcase name=\"compile\""), std::string::npos) << xml;
  EXPECT_NE(xml.find("&apos;x&apos; was not declared</failure>"), std::string::npos) << xml;
}

TEST(JunitReportTest, AVerificationIsASuitePerProblemWithACasePerSolution) {
  ProblemVerification good;
  good.problem_id = "a-plus-b";
  good.solutions = {{"solutions/accepted.cpp", Verdict::Accepted, Verdict::Accepted, ""},
                    {"solutions/wrong.py", Verdict::WrongAnswer, Verdict::Accepted, "all passed"}};
  ProblemVerification broken;
  broken.dir = "problems/broken";
  broken.error = "problem.yaml:3:1: unknown key 'x'";
  const std::string xml = VerificationJunit({good, broken});
  EXPECT_NE(xml.find("<testsuite name=\"a-plus-b\" tests=\"2\" failures=\"1\" errors=\"0\""),
            std::string::npos) << xml;
  EXPECT_NE(xml.find("<failure type=\"AC\" message=\"expected wrong_answer, got accepted\">"
                     "all passed</failure>"),
            std::string::npos) << xml;
  EXPECT_NE(xml.find("<testsuite name=\"broken\" tests=\"1\" failures=\"0\" errors=\"1\""),
            std::string::npos) << xml;
  EXPECT_NE(xml.find("<error type=\"error\""), std::string::npos) << xml;
}

}  // namespace
}  // namespace judge

// The complexity budget end to end: the real judge on two-sum, whose budget is O(n), with
// its reference solution and a correct but quadratic one; also with the other core busy.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include "tests/JudgeProcess.h"

namespace judge::testing {
namespace {

std::string TwoSum(const std::string& file) {
  return (ProblemsDir() / "two-sum" / "solutions" / file).string();
}

nlohmann::json SubmitJson(const std::string& file, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"submit", "two-sum", TwoSum(file), "--json"};
  args.insert(args.end(), extra.begin(), extra.end());
  const Outcome outcome = RunJudge(args);
  EXPECT_TRUE(outcome.exit_code == 0 || outcome.exit_code == 1) << outcome.err;
  return nlohmann::json::parse(outcome.out);
}

// A thread that keeps a core busy while it lives, as another program on a shared machine.
class CpuBurner {
 public:
  CpuBurner()
      : thread_([this] {
          volatile unsigned long long sink = 0;
          while (!stop_.load(std::memory_order_relaxed)) sink = sink * 6364136223846793005ULL + 1;
        }) {}
  ~CpuBurner() {
    stop_ = true;
    thread_.join();
  }

 private:
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

void ExpectWithinBudget(const nlohmann::json& json) {
  EXPECT_EQ(json["verdict"], "accepted") << json["budget"].dump(1);
  const auto& budget = json["budget"];
  ASSERT_TRUE(budget.is_object()) << json.dump(1);
  EXPECT_EQ(budget["time_budget"], "O(n)");
  EXPECT_EQ(budget["time"]["check"]["outcome"], "within") << budget.dump(1);
  EXPECT_EQ(budget["time"]["candidate"]["class"], "O(n)") << budget.dump(1);
  EXPECT_EQ(budget["space"]["check"]["outcome"], "within") << budget.dump(1);
  ASSERT_GE(budget["series"].size(), 6u);
  // Operation counts repeat exactly: the candidate is the reference here.
  for (const auto& point : budget["series"]) {
    EXPECT_GT(point["candidate_operations"].get<double>(), 0) << point.dump();
    EXPECT_EQ(point["candidate_operations"], point["reference_operations"]) << point.dump();
  }
}

void ExpectOverBudget(const nlohmann::json& json) {
  EXPECT_EQ(json["verdict"], "time_budget") << json["budget"].dump(1);
  EXPECT_EQ(json["code"], "TLE-C");
  const auto& budget = json["budget"];
  ASSERT_TRUE(budget.is_object()) << json.dump(1);
  EXPECT_EQ(budget["time"]["check"]["outcome"], "over") << budget.dump(1);
  EXPECT_EQ(budget["time"]["candidate"]["class"], "O(n²)") << budget.dump(1);
  EXPECT_EQ(budget["time"]["reference"]["class"], "O(n)") << budget.dump(1);
  EXPECT_NE(budget["time"]["check"]["summary"].get<std::string>().find("budget O(n)"),
            std::string::npos);
  // The quadratic solution keeps O(1) extra memory: within the space budget.
  EXPECT_EQ(budget["space"]["check"]["outcome"], "within") << budget.dump(1);
  for (const auto& judged : json["cases"]) EXPECT_EQ(judged["verdict"], "accepted");
}

TEST(BudgetTest, TheReferenceIsWithinItsBudgetAndAQuadraticSolutionIsNot) {
  ExpectWithinBudget(SubmitJson("accepted.cpp"));
  ExpectOverBudget(SubmitJson("too-slow-brute-force.cpp"));
}

TEST(BudgetTest, TheClassesHoldWhileTheOtherCoreIsBusy) {
  CpuBurner burner;
  ExpectWithinBudget(SubmitJson("accepted.cpp"));
  ExpectOverBudget(SubmitJson("too-slow-brute-force.cpp"));
}

// The proof set under load: problems whose too-slow C++ and Python solutions (O(n²) against
// O(n), O(n³) against O(n²)) must still be classified as over their budget, and their
// references as within, by `judge verify` while another program keeps a core busy.
TEST(BudgetTest, TheProofSetIsClassifiedWhileTheOtherCoreIsBusy) {
  CpuBurner burner;
  const Outcome outcome =
      RunJudge({"verify", "three-sum", "diameter-of-binary-tree", "house-robber"});
  EXPECT_EQ(outcome.exit_code, 0) << outcome.out << outcome.err;
  EXPECT_NE(outcome.out.find("3 passed, 0 failed"), std::string::npos) << outcome.out;
}

TEST(BudgetTest, TheTextReportShowsTheSeriesAndTheVerdict) {
  const Outcome outcome = RunJudge({"submit", "two-sum", TwoSum("too-slow-brute-force.cpp")});
  EXPECT_EQ(outcome.exit_code, 1) << outcome.err;
  EXPECT_NE(outcome.out.find("Time Limit Exceeded (complexity)"), std::string::npos) << outcome.out;
  EXPECT_NE(outcome.out.find("Complexity: budget time O(n)"), std::string::npos) << outcome.out;
  EXPECT_NE(outcome.out.find("OVER BUDGET: measured O(n²)"), std::string::npos) << outcome.out;
  EXPECT_NE(outcome.out.find("your ops"), std::string::npos) << outcome.out;
}

TEST(BudgetTest, NoBudgetSkipsTheSeries) {
  const auto json = SubmitJson("too-slow-brute-force.cpp", {"--no-budget"});
  EXPECT_EQ(json["verdict"], "accepted");
  EXPECT_TRUE(json["budget"].is_null()) << json["budget"].dump();
}

// Python counts the lines it executes: 4 per element in the reference's loop, exactly.
TEST(BudgetTest, APythonSolutionIsMeasuredInLinesExecuted) {
  const auto json = SubmitJson("accepted.py");
  ExpectWithinBudget(json);
  const auto& series = json["budget"]["series"];
  ASSERT_FALSE(series.empty());
  const auto n = series.back()["n"].get<double>();
  EXPECT_NEAR(series.back()["candidate_operations"].get<double>() / n, 4.0, 0.01)
      << series.back().dump();
}

// A solution that removes the tracer has no count to trust: its series is measured by CPU
// time alone, and it is not mistaken for O(1).
TEST(BudgetTest, ASolutionThatRemovesTheCounterIsMeasuredByItsTime) {
  const Outcome outcome = RunJudge({"submit", "two-sum",
                                    (TestDataDir() / "budget" / "two-sum-removes-tracer.py").string(),
                                    "--json"});
  const auto json = nlohmann::json::parse(outcome.out);
  EXPECT_EQ(json["verdict"], "accepted") << json["budget"].dump(1);
  const auto& budget = json["budget"];
  ASSERT_TRUE(budget.is_object()) << json.dump(1);
  for (const auto& point : budget["series"]) {
    EXPECT_TRUE(point["candidate_operations"].is_null()) << point.dump();
  }
  EXPECT_NE(budget["metric"].get<std::string>().find("CPU time per call"), std::string::npos)
      << budget["metric"];
  EXPECT_NE(budget["time"]["candidate"]["class"], "O(1)") << budget.dump(1);
}

// An ML problem's budget asks for vectorised code: the Python lines a call runs may not grow
// with n (numpy's work in C is not counted), while the time is fitted on CPU time.
TEST(BudgetTest, ASolutionThatCrashesInTheSeriesIsARuntimeErrorOnThatInput) {
  const Outcome outcome = RunJudge(
      {"submit", "two-sum",
       (TestDataDir() / "budget" / "two-sum-crashes-past-the-tests.py").string(), "--json"});
  EXPECT_EQ(outcome.exit_code, 1) << outcome.err;
  const auto json = nlohmann::json::parse(outcome.out);
  EXPECT_EQ(json["verdict"], "runtime_error") << json.dump(2);
  const std::string failure = json.dump();
  EXPECT_NE(failure.find("on a generated input of size 16384"), std::string::npos) << failure;
  EXPECT_NE(failure.find("IndexError: sized for the constraint"), std::string::npos) << failure;
}

TEST(BudgetTest, ADesignSolutionIsMeasuredOverTheWholeSequenceOfCalls) {
  const auto lru = [](const std::string& file) {
    return (ProblemsDir() / "lru-cache" / "solutions" / file).string();
  };
  const Outcome within = RunJudge({"submit", "lru-cache", lru("accepted.cpp"), "--json"});
  const auto accepted = nlohmann::json::parse(within.out);
  EXPECT_EQ(accepted["verdict"], "accepted") << within.out;
  const Outcome over = RunJudge({"submit", "lru-cache", lru("too-slow-list-remove.cpp")});
  EXPECT_EQ(over.exit_code, 1) << over.err;
  EXPECT_NE(over.out.find("basic blocks executed per sequence of calls"), std::string::npos)
      << over.out;
  EXPECT_NE(over.out.find("OVER BUDGET"), std::string::npos) << over.out;
}

TEST(BudgetTest, APythonLoopWhereNumpyIsAskedForIsOverTheInterpretedBudget) {
  const auto softmax = [](const std::string& file) {
    return (ProblemsDir() / "softmax-stable" / "solutions" / file).string();
  };
  const Outcome vectorised = RunJudge({"submit", "softmax-stable", softmax("accepted-numpy.py"), "--json"});
  const auto within = nlohmann::json::parse(vectorised.out);
  EXPECT_EQ(within["verdict"], "accepted") << within["budget"].dump(1);
  EXPECT_EQ(within["budget"]["interpreted_budget"], "O(1)");
  EXPECT_EQ(within["budget"]["interpreted"]["check"]["outcome"], "within") << within["budget"].dump(1);
  EXPECT_EQ(within["budget"]["interpreted"]["candidate"]["class"], "O(1)") << within["budget"].dump(1);
  EXPECT_NE(within["budget"]["metric"].get<std::string>().find("CPU time per call"),
            std::string::npos);

  const Outcome loop = RunJudge({"submit", "softmax-stable", softmax("over-budget-python-loop.py")});
  EXPECT_EQ(loop.exit_code, 1) << loop.out << loop.err;
  EXPECT_NE(loop.out.find("Time Limit Exceeded (complexity)"), std::string::npos) << loop.out;
  EXPECT_NE(loop.out.find("Complexity: budget time O(n), space O(n), Python lines O(1)"), std::string::npos)
      << loop.out;
  EXPECT_NE(loop.out.find("lines: yours O(n)"), std::string::npos) << loop.out;
  EXPECT_NE(loop.out.find("OVER BUDGET: measured O(n)"), std::string::npos) << loop.out;
}

// A problem author whose too-slow solution turns out accepted learns from verify why: the
// budget's own words, not just the two verdicts.
TEST(BudgetTest, VerifySaysWhyASolutionMeantToBeOverItsBudgetWasAccepted) {
  namespace fs = std::filesystem;
  const fs::path root = fs::temp_directory_path() / ("judge-budget-verify-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root);
  const fs::path dir = root / "two-sum";
  fs::copy(ProblemsDir() / "two-sum", dir, fs::copy_options::recursive);
  fs::copy_file(dir / "solutions" / "accepted.py", dir / "solutions" / "meant-to-be-slow.py");
  std::string yaml = Slurp(dir / "problem.yaml");
  yaml.erase(yaml.find("\nsolutions:"));
  yaml += "\nsolutions:\n  - {file: solutions/accepted.py, expect: accepted}\n"
          "  - {file: solutions/meant-to-be-slow.py, expect: time_budget}\n";
  std::ofstream(dir / "problem.yaml") << yaml;

  const Outcome outcome = RunJudgeIn(root, {"verify", "two-sum"});
  fs::remove_all(root);
  EXPECT_EQ(outcome.exit_code, 1) << outcome.out << outcome.err;
  EXPECT_NE(outcome.out.find("meant-to-be-slow.py: expected TLE-C, got AC\n"
                             "       time: within: measured O(n)"),
            std::string::npos)
      << outcome.out;
  EXPECT_NE(outcome.out.find("       space: within: measured"), std::string::npos) << outcome.out;
}

}  // namespace
}  // namespace judge::testing

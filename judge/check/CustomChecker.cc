#include "judge/check/CustomChecker.h"

#include <map>
#include <memory>
#include <mutex>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "judge/RunFailure.h"
#include "judge/RunnerFor.h"
#include "judge/check/DesignCheckerCalls.h"
#include "runners/call/CallInput.h"
#include "runners/call/ValueWire.h"

namespace judge {
namespace {

// Verifying a problem judges several solutions with one checker: compile it once per run.
struct CompiledChecker {
  std::unique_ptr<runners::Runner> runner;
  runners::Prepared program;
};

std::expected<std::shared_ptr<CompiledChecker>, std::string> Compile(const Problem& problem) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<CompiledChecker>> compiled;
  std::error_code error;
  const auto written = std::filesystem::last_write_time(problem.checker.file, error);
  const std::string key = fmt::format("{}@{}", problem.checker.file.string(),
                                      error ? 0 : written.time_since_epoch().count());
  std::lock_guard lock(mutex);
  if (auto found = compiled.find(key); found != compiled.end()) return found->second;

  auto runner = RunnerFor(Language::Cpp);
  if (!runner) return std::unexpected(runner.error());
  runners::Task task;
  task.mode = problem.mode;
  if (problem.mode == ProblemMode::Design) {
    task.design = CheckerDesign(*problem.design);
  } else {
    task.signature = CheckerSignature(*problem.signature);
  }
  auto prepared = (*runner)->Prepare(problem.checker.file, task);
  if (!prepared) return std::unexpected("the checker: " + prepared.error().message);
  if (auto* failure = std::get_if<runners::CompileFailure>(&*prepared)) {
    return std::unexpected(fmt::format("the problem's checker {} does not compile:\n{}",
                                       problem.checker.file.string(), failure->diagnostics));
  }
  auto checker = std::make_shared<CompiledChecker>(
      CompiledChecker{*std::move(runner), std::get<runners::Prepared>(*std::move(prepared))});
  compiled.emplace(key, checker);
  return checker;
}

// The checker's input for one case: function mode, the parameters, expected and actual as one
// call; design mode, the case replayed as operations on the checker.
std::string CheckerInput(const Problem& problem, const CheckedCase& checked) {
  if (problem.mode == ProblemMode::Design) {
    return runners::EncodeDesignCase(
        CheckerDesign(*problem.design),
        CheckerOperations(*problem.design, *checked.test, *checked.actual));
  }
  std::string input = runners::EncodeFunctionCase(*checked.test);
  input += ' ';
  runners::AppendWire(checked.test->expected, input);
  input += ' ';
  runners::AppendWire(*checked.actual, input);
  return input;
}

std::expected<CheckOutcome, std::string> ReadVerdict(const Problem& problem, const TestCase& test,
                                                     const Value& result) {
  if (problem.mode == ProblemMode::Design) return ReadCheckerVerdicts(test, result);
  if (!result.is_string()) return std::unexpected("check returned something other than a string");
  return CheckOutcome{result.as_string().empty(), result.as_string()};
}

}  // namespace

FunctionSignature CheckerSignature(const FunctionSignature& problem) {
  FunctionSignature checker;
  checker.class_name = "Checker";
  checker.method = "check";
  for (const Param& param : problem.params) {
    // The checker sees the test's data as written: a node_of parameter is the node's val.
    checker.params.push_back(Param{param.name, param.TestType(), "", ""});
  }
  checker.params.push_back(Param{"expected", problem.ResultType(), "", ""});
  checker.params.push_back(Param{"actual", problem.ResultType(), "", ""});
  checker.returns = TypeSpec::Of(TypeKind::String);
  return checker;
}

std::expected<std::vector<CheckOutcome>, std::string> RunCustomChecker(
    const Problem& problem, const std::vector<CheckedCase>& cases) {
  if (cases.empty()) return std::vector<CheckOutcome>{};
  auto checker = Compile(problem);
  if (!checker) return std::unexpected(checker.error());

  std::vector<std::string> inputs;
  for (const CheckedCase& checked : cases) inputs.push_back(CheckerInput(problem, checked));
  runners::CallLimits limits;
  limits.call_cpu_ms = 10'000;
  limits.memory_bytes = 1LL << 30;
  limits.output_bytes = 1 << 20;
  auto batch = (*checker)->runner->RunCalls((*checker)->program, inputs, limits);
  if (!batch) return std::unexpected("the checker: " + batch.error().message);

  std::vector<CheckOutcome> outcomes;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const runners::CallOutcome& call = batch->calls[i];
    std::string why = call.message;
    if (call.end == runners::CallEnd::Returned) {
      auto outcome = ReadVerdict(problem, *cases[i].test, call.result);
      if (outcome) {
        outcomes.push_back(*std::move(outcome));
        continue;
      }
      why = outcome.error();
    }
    if (call.end == runners::CallEnd::ProcessEnded) {
      why = RunFailure(*call.process).value_or(std::pair{Verdict::RuntimeError, "exited"}).second;
    }
    return std::unexpected(fmt::format("the problem's checker failed on case '{}': {}",
                                       cases[i].test->name, why));
  }
  return outcomes;
}

}  // namespace judge

#include "judge/check/DesignCheckerCalls.h"

#include <fmt/format.h>

namespace judge {
namespace {

constexpr std::size_t kShownChars = 200;

// The design's parameters as the checker declares them: plain values, as the test wrote them.
std::vector<Param> AsWritten(const std::vector<Param>& params) {
  std::vector<Param> plain;
  for (const Param& param : params) plain.push_back(Param{param.name, param.type, "", ""});
  return plain;
}

}  // namespace

DesignSpec CheckerDesign(const DesignSpec& problem) {
  const TypeSpec verdict = TypeSpec::Of(TypeKind::String);
  DesignSpec checker;
  checker.class_name = "Checker";
  checker.constructor = AsWritten(problem.constructor);
  for (const MethodSpec& method : problem.methods) {
    MethodSpec replay{method.name, AsWritten(method.params), verdict};
    if (method.returns.kind != TypeKind::Void) {
      replay.params.push_back(Param{"expected", method.returns, "", ""});
      replay.params.push_back(Param{"actual", method.returns, "", ""});
    }
    checker.methods.push_back(std::move(replay));
  }
  checker.methods.push_back(MethodSpec{std::string(kDesignCheckerFinalMethod), {}, verdict});
  return checker;
}

TestCase CheckerOperations(const DesignSpec& problem, const TestCase& test, const Value& actual) {
  TestCase replay;
  replay.name = test.name;
  replay.operations.push_back("Checker");
  replay.operation_args.push_back(test.operation_args.at(0));
  const auto& expected = test.expected.as_list();
  const auto& results = actual.as_list();
  for (std::size_t i = 1; i < test.operations.size(); ++i) {
    replay.operations.push_back(test.operations[i]);
    std::vector<Value> args = test.operation_args[i];
    const MethodSpec* method = problem.FindMethod(test.operations[i]);
    if (method != nullptr && method->returns.kind != TypeKind::Void) {
      args.push_back(expected.at(i));
      args.push_back(results.at(i));
    }
    replay.operation_args.push_back(std::move(args));
  }
  replay.operations.emplace_back(kDesignCheckerFinalMethod);
  replay.operation_args.emplace_back();
  return replay;
}

std::expected<CheckOutcome, std::string> ReadCheckerVerdicts(const TestCase& test,
                                                             const Value& results) {
  // The checker's own construction, each of the test's operations after the candidate's
  // construction, then check().
  const std::size_t count = test.operations.size() + 1;
  if (!results.is_list() || results.as_list().size() != count) {
    return std::unexpected(fmt::format("the checker gave {} instead of {} results",
                                       results.ToDisplay(kShownChars), count));
  }
  const auto& verdicts = results.as_list();
  for (std::size_t i = 1; i < count; ++i) {
    const bool last = i + 1 == count;
    const std::string_view name =
        last ? kDesignCheckerFinalMethod : std::string_view(test.operations[i]);
    if (!verdicts[i].is_string()) {
      return std::unexpected(fmt::format("the checker's {} returned {}, not a string", name,
                                         verdicts[i].ToDisplay(kShownChars)));
    }
    const std::string& reason = verdicts[i].as_string();
    if (reason.empty()) continue;
    if (last) return CheckOutcome{false, reason};
    return CheckOutcome{false, fmt::format("operation {} ({}): {}", i, name, reason)};
  }
  return CheckOutcome{true, ""};
}

}  // namespace judge

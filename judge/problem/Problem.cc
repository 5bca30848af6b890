#include "judge/problem/Problem.h"

#include <utility>

namespace judge {

std::string_view DifficultyName(Difficulty difficulty) {
  switch (difficulty) {
    case Difficulty::Easy: return "easy";
    case Difficulty::Medium: return "medium";
    case Difficulty::Hard: return "hard";
  }
  std::unreachable();
}

std::string_view ModeName(ProblemMode mode) {
  switch (mode) {
    case ProblemMode::Stdio: return "stdio";
    case ProblemMode::Function: return "function";
    case ProblemMode::Design: return "design";
  }
  std::unreachable();
}

std::string_view CheckerName(CheckerKind kind) {
  switch (kind) {
    case CheckerKind::Exact: return "exact";
    case CheckerKind::Tokens: return "tokens";
    case CheckerKind::Float: return "float";
    case CheckerKind::AnyOrder: return "any_order";
    case CheckerKind::AnyOrderNested: return "any_order_nested";
    case CheckerKind::Custom: return "custom";
  }
  std::unreachable();
}

std::string InputText(const Problem& problem, const TestCase& test, std::size_t max_chars) {
  if (problem.mode == ProblemMode::Stdio) return test.input;
  if (problem.mode == ProblemMode::Design) {
    Value::List operations;
    for (const auto& name : test.operations) operations.push_back(Value::String(name));
    Value::List arguments;
    for (const auto& args : test.operation_args) arguments.push_back(Value::OfList(args));
    return Value::OfList(std::move(operations)).ToDisplay(max_chars) + "\n" +
           Value::OfList(std::move(arguments)).ToDisplay(max_chars) + "\n";
  }
  std::string text;
  for (std::size_t i = 0; i < test.args.size(); ++i) {
    text += problem.signature->params[i].name + " = " + test.args[i].ToDisplay(max_chars) + "\n";
  }
  return text;
}

std::string ExpectedText(const Problem& problem, const TestCase& test, std::size_t max_chars) {
  if (problem.mode == ProblemMode::Stdio) return test.expected_output;
  return test.expected.ToDisplay(max_chars) + "\n";
}

}  // namespace judge

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

}  // namespace judge

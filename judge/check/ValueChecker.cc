#include "judge/check/ValueChecker.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace judge {
namespace {

constexpr std::size_t kShownChars = 200;

std::string Show(const Value& value) { return value.ToDisplay(kShownChars); }

std::string KindOf(const Value& value) {
  if (value.is_null()) return "null";
  if (value.is_bool()) return "a bool";
  if (value.is_int()) return "an integer";
  if (value.is_double()) return "a double";
  if (value.is_string()) return "a string";
  return "a list";
}

std::string Mismatch(const Value& value, const TypeSpec& type, const std::string& where) {
  const auto wrong = [&] {
    return fmt::format("{} is {}, not {}", where.empty() ? "the result" : where, KindOf(value),
                       type.ToString());
  };
  switch (type.kind) {
    case TypeKind::Int:
      if (!value.is_int()) return wrong();
      if (value.as_int() < INT32_MIN || value.as_int() > INT32_MAX) {
        return fmt::format("{} is {}, out of int's range", where.empty() ? "the result" : where,
                           value.as_int());
      }
      return "";
    case TypeKind::Long: return value.is_int() ? "" : wrong();
    case TypeKind::Double: return value.is_double() || value.is_int() ? "" : wrong();
    case TypeKind::Bool: return value.is_bool() ? "" : wrong();
    case TypeKind::Char:
      return value.is_string() && value.as_string().size() == 1 ? "" : wrong();
    case TypeKind::String: return value.is_string() ? "" : wrong();
    case TypeKind::Void: return value.is_null() ? "" : wrong();
    case TypeKind::List:
    case TypeKind::ListNode:
    case TypeKind::TreeNode:
    case TypeKind::GraphNode: break;
  }
  if (!value.is_list()) return wrong();
  const auto& items = value.as_list();
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string at = fmt::format("{}[{}]", where.empty() ? "the result" : where, i);
    std::string problem;
    switch (type.kind) {
      case TypeKind::List: problem = Mismatch(items[i], *type.element, at); break;
      case TypeKind::ListNode: problem = Mismatch(items[i], TypeSpec::Of(TypeKind::Int), at); break;
      case TypeKind::TreeNode:
        if (!items[i].is_null()) problem = Mismatch(items[i], TypeSpec::Of(TypeKind::Int), at);
        break;
      case TypeKind::GraphNode:
        problem = Mismatch(items[i], TypeSpec::ListOf(TypeSpec::Of(TypeKind::Int)), at);
        break;
      default: break;
    }
    if (!problem.empty()) return problem;
  }
  return "";
}

bool NumbersClose(double expected, double actual, const CheckerSpec& checker) {
  if (std::isnan(expected) || std::isnan(actual)) return std::isnan(expected) && std::isnan(actual);
  if (expected == actual) return true;
  const double diff = std::fabs(expected - actual);
  return diff <= checker.abs_tolerance || diff <= checker.rel_tolerance * std::fabs(expected);
}

double AsNumber(const Value& value) {
  return value.is_int() ? static_cast<double>(value.as_int()) : value.as_double();
}

// The first place where `actual` differs from `expected` ("" if nowhere), numbers within
// the float checker's tolerance counting as equal when `tolerant`.
std::string FirstDifference(const Value& expected, const Value& actual, const CheckerSpec& checker,
                            bool tolerant, const std::string& where) {
  const bool numbers = (expected.is_double() || expected.is_int()) &&
                       (actual.is_double() || actual.is_int());
  if (tolerant && numbers && (expected.is_double() || actual.is_double())) {
    if (NumbersClose(AsNumber(expected), AsNumber(actual), checker)) return "";
  } else if (expected.is_list() && actual.is_list()) {
    const auto& want = expected.as_list();
    const auto& got = actual.as_list();
    for (std::size_t i = 0; i < std::min(want.size(), got.size()); ++i) {
      std::string diff = FirstDifference(want[i], got[i], checker, tolerant,
                                         fmt::format("{}[{}]", where, i));
      if (!diff.empty()) return diff;
    }
    if (want.size() == got.size()) return "";
    return fmt::format("{}: expected {} items, got {}", where.empty() ? "the list" : where,
                       want.size(), got.size());
  } else if (expected == actual) {
    return "";
  }
  if (where.empty()) return "";  // the caller shows the whole values
  return fmt::format("at {}: expected {}, got {}", where, Show(expected), Show(actual));
}

Value Sorted(Value value, bool nested) {
  if (!value.is_list()) return value;
  auto& items = value.as_list();
  if (nested) {
    for (Value& item : items) item = Sorted(std::move(item), false);
  }
  std::sort(items.begin(), items.end());
  return value;
}

CheckOutcome Compare(const CheckerSpec& checker, const Value& expected, const Value& actual) {
  Value want = expected, got = actual;
  if (checker.kind == CheckerKind::AnyOrder || checker.kind == CheckerKind::AnyOrderNested) {
    const bool nested = checker.kind == CheckerKind::AnyOrderNested;
    want = Sorted(std::move(want), nested);
    got = Sorted(std::move(got), nested);
  }
  const bool tolerant = checker.kind == CheckerKind::Float;
  const bool equal = tolerant ? FirstDifference(want, got, checker, true, "?").empty() : want == got;
  if (equal) return {true, ""};
  std::string message = fmt::format("expected {}, got {}", Show(expected), Show(actual));
  // Where order is free, positions mean nothing; elsewhere, point at the first difference.
  if (checker.kind == CheckerKind::Exact || checker.kind == CheckerKind::Float) {
    if (want.is_list() && got.is_list()) {
      const std::string inner = FirstDifference(want, got, checker, tolerant, "result");
      if (!inner.empty()) message += " (" + inner + ")";
    }
  } else {
    message += checker.kind == CheckerKind::AnyOrder ? " (in any order)"
                                                     : " (groups and their items in any order)";
  }
  return {false, message};
}

}  // namespace

std::string TypeMismatch(const Value& value, const TypeSpec& type) {
  return Mismatch(value, type, "");
}

CheckOutcome CheckValue(const CheckerSpec& checker, const TypeSpec& type, const Value& expected,
                        const Value& actual) {
  if (std::string mismatch = TypeMismatch(actual, type); !mismatch.empty()) {
    return {false, fmt::format("wrong type: {} ({})", mismatch, Show(actual))};
  }
  return Compare(checker, expected, actual);
}

std::string OperationsMismatch(const DesignSpec& design, const TestCase& test,
                               const Value& actual) {
  if (!actual.is_list() || actual.as_list().size() != test.operations.size()) {
    return fmt::format("expected {} results, one per operation, got {}", test.operations.size(),
                       Show(actual));
  }
  const auto& got = actual.as_list();
  for (std::size_t i = 0; i < got.size(); ++i) {
    const MethodSpec* method = i == 0 ? nullptr : design.FindMethod(test.operations[i]);
    const TypeSpec type = method != nullptr ? method->returns : TypeSpec::Of(TypeKind::Void);
    if (std::string mismatch = Mismatch(got[i], type, ""); !mismatch.empty()) {
      return fmt::format("operation {} ({}): wrong type: {}", i, test.operations[i], mismatch);
    }
  }
  return "";
}

CheckOutcome CheckOperations(const CheckerSpec& checker, const DesignSpec& design,
                             const TestCase& test, const Value& actual) {
  if (std::string mismatch = OperationsMismatch(design, test, actual); !mismatch.empty()) {
    return {false, mismatch};
  }
  const auto& want = test.expected.as_list();
  const auto& got = actual.as_list();
  for (std::size_t i = 0; i < got.size(); ++i) {
    const CheckOutcome one = Compare(checker, want[i], got[i]);
    if (!one.accepted) {
      return {false, fmt::format("operation {} ({}): {}", i, test.operations[i], one.message)};
    }
  }
  return {true, ""};
}

}  // namespace judge

#include "judge/check/Checker.h"

#include <cmath>
#include <cstdlib>
#include <optional>
#include <vector>

#include <fmt/format.h>

namespace judge {
namespace {

constexpr std::size_t kShownChars = 40;

std::string Shown(std::string_view text) {
  std::string shown(text.substr(0, kShownChars));
  if (text.size() > kShownChars) shown += "...";
  return fmt::format("'{}'", shown);
}

std::vector<std::string_view> Tokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    const std::size_t start = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (i > start) tokens.push_back(text.substr(start, i - start));
  }
  return tokens;
}

std::optional<double> AsNumber(std::string_view token) {
  const std::string text(token);
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || text.empty()) return std::nullopt;
  return value;
}

bool NumbersClose(const CheckerSpec& checker, double expected, double actual) {
  if (std::isnan(expected) || std::isnan(actual)) return std::isnan(expected) && std::isnan(actual);
  const double diff = std::fabs(expected - actual);
  return diff <= checker.abs_tolerance || diff <= checker.rel_tolerance * std::fabs(expected);
}

CheckOutcome CheckExact(std::string_view expected, std::string_view actual) {
  if (expected == actual) return {true, ""};
  std::size_t line = 1, i = 0;
  while (i < expected.size() && i < actual.size() && expected[i] == actual[i]) {
    if (expected[i] == '\n') ++line;
    ++i;
  }
  const auto line_at = [](std::string_view text, std::size_t pos) {
    const std::size_t begin = text.rfind('\n', pos == 0 ? 0 : pos - 1);
    const std::size_t from = begin == std::string_view::npos || pos == 0 ? 0 : begin + 1;
    return text.substr(from, text.find('\n', from) - from);
  };
  if (i == actual.size()) return {false, fmt::format("output ends early at line {}", line)};
  if (i == expected.size()) return {false, fmt::format("extra output from line {}", line)};
  return {false, fmt::format("line {} differs: expected {}, got {}", line,
                             Shown(line_at(expected, i)), Shown(line_at(actual, i)))};
}

CheckOutcome CheckTokens(const CheckerSpec& checker, std::string_view expected,
                         std::string_view actual) {
  const auto want = Tokens(expected);
  const auto got = Tokens(actual);
  for (std::size_t i = 0; i < want.size() && i < got.size(); ++i) {
    bool same = want[i] == got[i];
    if (!same && checker.kind == CheckerKind::Float) {
      const auto a = AsNumber(want[i]);
      const auto b = AsNumber(got[i]);
      same = a && b && NumbersClose(checker, *a, *b);
    }
    if (!same) {
      return {false, fmt::format("token {} differs: expected {}, got {}", i + 1, Shown(want[i]),
                                 Shown(got[i]))};
    }
  }
  if (got.size() < want.size()) {
    return {false, fmt::format("expected {} tokens, got {}", want.size(), got.size())};
  }
  if (got.size() > want.size()) {
    return {false, fmt::format("expected {} tokens, got {} (extra {})", want.size(), got.size(),
                               Shown(got[want.size()]))};
  }
  return {true, ""};
}

}  // namespace

CheckOutcome CheckOutput(const CheckerSpec& checker, std::string_view expected,
                         std::string_view actual) {
  switch (checker.kind) {
    case CheckerKind::Exact: return CheckExact(expected, actual);
    case CheckerKind::Tokens:
    case CheckerKind::Float: return CheckTokens(checker, expected, actual);
  }
  return {false, "unknown checker"};
}

}  // namespace judge

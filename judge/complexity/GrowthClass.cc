#include "judge/complexity/GrowthClass.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numbers>

namespace judge {
namespace {

constexpr std::string_view kAcceptedForms =
    "O(1), O(log n), O(n), O(n log n), O(n²), O(n² log n), O(n³) or O(2ⁿ) "
    "(ASCII spellings such as O(nlogn), O(n*log(n)), O(n^2), O(n^3) and O(2^n) work too)";

bool StartsWith(std::string_view text, std::size_t at, std::string_view prefix) {
  return text.substr(at, prefix.size()) == prefix;
}

// Reduces an author's spelling to one canonical token string ("n^2logn"), so the table
// below stays one line per class however the author spaced or decorated it.
std::string Canonical(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (StartsWith(text, i, "\xC2\xB2")) {  // ²
      out += "^2";
      i += 2;
    } else if (StartsWith(text, i, "\xC2\xB3")) {  // ³
      out += "^3";
      i += 2;
    } else if (StartsWith(text, i, "\xE2\x81\xBF")) {  // ⁿ
      out += "^n";
      i += 3;
    } else if (StartsWith(text, i, "\xC2\xB7") || StartsWith(text, i, "\xC3\x97")) {  // · ×
      i += 2;
    } else if (StartsWith(text, i, "\xE2\x8B\x85")) {  // ⋅
      i += 3;
    } else {
      if (!std::isspace(c) && c != '*' && c != '{' && c != '}') {
        out += static_cast<char>(std::tolower(c));
      }
      ++i;
    }
  }
  if (out.size() >= 3 && out.starts_with("o(") && out.ends_with(")")) {
    out = out.substr(2, out.size() - 3);
  }
  // What is left of parentheses only groups a log's argument: "nlog(n)", "n(logn)".
  std::erase_if(out, [](char c) { return c == '(' || c == ')'; });
  for (std::string_view synonym : {"ln", "lg"}) {
    for (auto at = out.find(synonym); at != std::string::npos; at = out.find(synonym, at)) {
      out.replace(at, synonym.size(), "log");
    }
  }
  return out;
}

}  // namespace

std::expected<GrowthClass, std::string> ParseGrowthClass(std::string_view text) {
  static constexpr std::pair<std::string_view, GrowthClass> kSpellings[] = {
      {"1", GrowthClass::Constant},    {"logn", GrowthClass::Log},
      {"n", GrowthClass::Linear},      {"nlogn", GrowthClass::Linearithmic},
      {"n^2", GrowthClass::Quadratic}, {"n^2logn", GrowthClass::QuadraticLog},
      {"n^3", GrowthClass::Cubic},     {"2^n", GrowthClass::Exponential},
  };
  const std::string canonical = Canonical(text);
  for (const auto& [spelling, growth] : kSpellings) {
    if (canonical == spelling) return growth;
  }
  if (canonical.empty()) {
    return std::unexpected(fmt::format("empty complexity; expected {}", kAcceptedForms));
  }
  return std::unexpected(
      fmt::format("complexity \"{}\" not understood; expected {}", text, kAcceptedForms));
}

std::string_view ToString(GrowthClass growth) {
  switch (growth) {
    case GrowthClass::Constant: return "O(1)";
    case GrowthClass::Log: return "O(log n)";
    case GrowthClass::Linear: return "O(n)";
    case GrowthClass::Linearithmic: return "O(n log n)";
    case GrowthClass::Quadratic: return "O(n²)";
    case GrowthClass::QuadraticLog: return "O(n² log n)";
    case GrowthClass::Cubic: return "O(n³)";
    case GrowthClass::Exponential: return "O(2ⁿ)";
  }
  return "O(?)";
}

double LogEvaluate(GrowthClass growth, double n) {
  const double ln_n = std::log(n);
  const double ln_log = std::log(std::max(1.0, std::log2(n)));
  switch (growth) {
    case GrowthClass::Constant: return 0.0;
    case GrowthClass::Log: return ln_log;
    case GrowthClass::Linear: return ln_n;
    case GrowthClass::Linearithmic: return ln_n + ln_log;
    case GrowthClass::Quadratic: return 2 * ln_n;
    case GrowthClass::QuadraticLog: return 2 * ln_n + ln_log;
    case GrowthClass::Cubic: return 3 * ln_n;
    case GrowthClass::Exponential: return n * std::numbers::ln2;
  }
  return 0.0;
}

double Evaluate(GrowthClass growth, double n) {
  const double log_n = std::max(1.0, std::log2(n));
  switch (growth) {
    case GrowthClass::Constant: return 1.0;
    case GrowthClass::Log: return log_n;
    case GrowthClass::Linear: return n;
    case GrowthClass::Linearithmic: return n * log_n;
    case GrowthClass::Quadratic: return n * n;
    case GrowthClass::QuadraticLog: return n * n * log_n;
    case GrowthClass::Cubic: return n * n * n;
    case GrowthClass::Exponential: return std::exp2(n);
  }
  return 1.0;
}

double ExpectedExponent(GrowthClass growth, double n_low, double n_high) {
  return (LogEvaluate(growth, n_high) - LogEvaluate(growth, n_low)) /
         (std::log(n_high) - std::log(n_low));
}

std::optional<GrowthClass> LogPartner(GrowthClass growth) {
  switch (growth) {
    case GrowthClass::Constant: return GrowthClass::Log;
    case GrowthClass::Log: return GrowthClass::Constant;
    case GrowthClass::Linear: return GrowthClass::Linearithmic;
    case GrowthClass::Linearithmic: return GrowthClass::Linear;
    case GrowthClass::Quadratic: return GrowthClass::QuadraticLog;
    case GrowthClass::QuadraticLog: return GrowthClass::Quadratic;
    case GrowthClass::Cubic:
    case GrowthClass::Exponential: return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace judge

// GrowthClass: the complexity classes a budget can name (O(1) ... O(2ⁿ)), how problem authors
// spell them, and the cost function c·f(n) of each, which the growth fit compares against.
#pragma once

#include <array>
#include <expected>
#include <optional>
#include <string>
#include <string_view>

namespace judge {

/// Ordered by growth, so `a < b` means "a grows slower than b".
enum class GrowthClass {
  Constant,
  Log,
  Linear,
  Linearithmic,
  Quadratic,
  QuadraticLog,
  Cubic,
  Exponential,
};

inline constexpr std::array<GrowthClass, 8> kAllGrowthClasses = {
    GrowthClass::Constant,     GrowthClass::Log,        GrowthClass::Linear,
    GrowthClass::Linearithmic, GrowthClass::Quadratic,  GrowthClass::QuadraticLog,
    GrowthClass::Cubic,        GrowthClass::Exponential};

/// Accepts what authors write: "O(n log n)", "O(nlogn)", "O(n*log(n))", "O(n^2)", "O(n²)",
/// "O(2^n)", ..., case and whitespace free, with or without the "O(...)".
std::expected<GrowthClass, std::string> ParseGrowthClass(std::string_view text);

/// "O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n²)", "O(n² log n)", "O(n³)", "O(2ⁿ)".
std::string_view ToString(GrowthClass growth);

/// f(n), with log n = max(1, log2 n): a plain log would make f(1) = 0 (a model that costs
/// nothing) and f(2) = 1, so below n = 2 each log class behaves as its polynomial part.
/// O(2ⁿ) overflows to infinity beyond n ≈ 1023; fitting uses LogEvaluate instead.
double Evaluate(GrowthClass growth, double n);
/// ln f(n), finite wherever n > 0, including O(2ⁿ) at sizes where 2ⁿ itself overflows.
double LogEvaluate(GrowthClass growth, double n);

/// The log-log slope f would show between two sizes (n_low < n_high): 1 for O(n), about
/// 1.1 for O(n log n) at n = 2^11..2^16, n·ln 2 for O(2ⁿ). What "grows like n^k" means.
double ExpectedExponent(GrowthClass growth, double n_low, double n_high);

/// The class that differs from `growth` by one log factor only (O(n) <-> O(n log n),
/// O(1) <-> O(log n), O(n²) <-> O(n² log n)): the pairs a short series barely separates.
std::optional<GrowthClass> LogPartner(GrowthClass growth);

}  // namespace judge

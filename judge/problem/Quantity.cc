#include "judge/problem/Quantity.h"

#include <array>
#include <charconv>
#include <limits>
#include <optional>
#include <tuple>
#include <utility>

namespace judge {
namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

struct Unit {
  std::string_view suffix;
  std::int64_t scale;
  // Fraction digits the unit holds exactly: "1.5s" is a whole number of ms, "1.5ms" is not.
  std::size_t decimals;
};

constexpr std::array kTimeUnits = {Unit{"ms", 1, 0}, Unit{"s", 1000, 3}};
constexpr std::array kSizeUnits = {Unit{"B", 1, 0}, Unit{"KiB", 1LL << 10, 0},
                                   Unit{"MiB", 1LL << 20, 0}, Unit{"GiB", 1LL << 30, 0}};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The leading run of digits (possibly empty) and the rest of `text`.
std::pair<std::string_view, std::string_view> SplitDigits(std::string_view text) {
  std::size_t n = 0;
  while (n < text.size() && IsDigit(text[n])) ++n;
  return {text.substr(0, n), text.substr(n)};
}

// The count written in a quantity. Its fraction is kept as digits so that decimal
// seconds convert to milliseconds exactly, without a detour through floating point.
struct Number {
  std::string_view whole;
  std::string_view fraction;
  std::string_view unit;
};

std::optional<Number> SplitNumber(std::string_view text, bool allow_fraction) {
  Number number;
  std::string_view rest;
  std::tie(number.whole, rest) = SplitDigits(text);
  if (number.whole.empty()) return std::nullopt;
  if (allow_fraction && rest.starts_with('.')) {
    std::tie(number.fraction, rest) = SplitDigits(rest.substr(1));
    if (number.fraction.empty()) return std::nullopt;
  }
  number.unit = rest;
  return number;
}

template <std::size_t N>
const Unit* FindUnit(const std::array<Unit, N>& units, std::string_view suffix) {
  for (const Unit& unit : units) {
    if (unit.suffix == suffix) return &unit;
  }
  return nullptr;
}

std::expected<std::int64_t, std::string> Scale(const Number& number, const Unit& unit,
                                               std::string_view text) {
  std::int64_t whole = 0;
  const auto [end, ec] =
      std::from_chars(number.whole.data(), number.whole.data() + number.whole.size(), whole);
  if (ec != std::errc{} || whole > (kMax - unit.scale) / unit.scale) {
    return std::unexpected("'" + std::string(text) + "' is too large");
  }
  // The digits the unit holds exactly, padded with zeros ("1.5s" → 500 ms); any digit
  // beyond them must be zero.
  std::int64_t part = 0;
  for (std::size_t i = 0; i < unit.decimals; ++i) {
    part = part * 10 + (i < number.fraction.size() ? number.fraction[i] - '0' : 0);
  }
  if (number.fraction.size() > unit.decimals &&
      number.fraction.substr(unit.decimals).find_first_not_of('0') != std::string_view::npos) {
    return std::unexpected("'" + std::string(text) +
                           "' is finer than a millisecond, the unit of time limits");
  }
  return whole * unit.scale + part;
}

}  // namespace

std::expected<std::int64_t, std::string> ParseDurationMs(std::string_view text) {
  const auto number = SplitNumber(text, /*allow_fraction=*/true);
  const Unit* unit = number ? FindUnit(kTimeUnits, number->unit) : nullptr;
  if (unit == nullptr) {
    return std::unexpected("'" + std::string(text) +
                           "' is not a duration; write a number followed by ms or s, "
                           "like 500ms or 1.5s");
  }
  return Scale(*number, *unit, text);
}

std::expected<std::int64_t, std::string> ParseSizeBytes(std::string_view text) {
  const auto number = SplitNumber(text, /*allow_fraction=*/false);
  const Unit* unit = number ? FindUnit(kSizeUnits, number->unit) : nullptr;
  if (unit == nullptr) {
    return std::unexpected("'" + std::string(text) +
                           "' is not a size; write an integer followed by B, KiB, MiB or GiB, "
                           "like 256MiB");
  }
  return Scale(*number, *unit, text);
}

namespace {

std::string_view Trim(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

}  // namespace

std::string RelativeTimeText(const RelativeTime& relative) {
  std::string text = std::to_string(relative.factor_tenths / 10);
  if (relative.factor_tenths % 10 != 0) text += "." + std::to_string(relative.factor_tenths % 10);
  text += "x reference";
  if (relative.plus_ms > 0) text += " + " + std::to_string(relative.plus_ms) + "ms";
  return text;
}

bool LooksRelative(std::string_view text) { return text.find("reference") != std::string_view::npos; }

std::expected<RelativeTime, std::string> ParseRelativeTime(std::string_view text) {
  const auto refuse = [&] {
    return std::unexpected("'" + std::string(text) +
                           "' is not a relative time limit; write a factor and 'x reference', "
                           "optionally '+' a duration, like 3x reference + 50ms");
  };
  std::string_view rest = Trim(text);
  const std::size_t x = rest.find('x');
  if (x == std::string_view::npos) return refuse();
  const auto number = SplitNumber(Trim(rest.substr(0, x)), /*allow_fraction=*/true);
  if (!number || !number->unit.empty() || number->fraction.size() > 1) return refuse();
  RelativeTime relative;
  const auto factor = Scale(*number, Unit{"x", 10, 1}, text);
  if (!factor) return std::unexpected(factor.error());
  relative.factor_tenths = *factor;
  rest = Trim(rest.substr(x + 1));
  if (!rest.starts_with("reference")) return refuse();
  rest = Trim(rest.substr(std::string_view("reference").size()));
  if (!rest.empty()) {
    if (!rest.starts_with('+')) return refuse();
    const auto plus = ParseDurationMs(Trim(rest.substr(1)));
    if (!plus) return std::unexpected(plus.error());
    relative.plus_ms = *plus;
  }
  if (relative.factor_tenths < 10 || relative.factor_tenths > 1000) {
    return std::unexpected("'" + std::string(text) + "': the factor must be between 1x and 100x");
  }
  if (relative.plus_ms > 60'000) {
    return std::unexpected("'" + std::string(text) + "': the margin must be at most 60s");
  }
  return relative;
}

}  // namespace judge

// Quantity: parses the durations ("500ms", "1.5s") and sizes ("64KiB", "256MiB") written in
// problem.yaml into exact integers; the caller decides which range a limit may take.
#pragma once

#include <cstdint>
#include <expected>
#include <string>
#include <string_view>

namespace judge {

/// An integer or decimal number followed by `ms` or `s`, in whole milliseconds.
/// A bare number is refused: "1" could mean seconds or milliseconds.
std::expected<std::int64_t, std::string> ParseDurationMs(std::string_view text);

/// An integer followed by `B`, `KiB`, `MiB` or `GiB`, in bytes. Binary units only, so that
/// "MB" (which people read as either) is an error rather than a guess.
std::expected<std::int64_t, std::string> ParseSizeBytes(std::string_view text);

/// A time limit relative to the problem's reference solution, measured on the same machine
/// in the same run: `3x reference + 50ms` is three times the reference's slowest case plus
/// 50 ms, so a verdict does not depend on how fast the machine is.
struct RelativeTime {
  std::int64_t factor_tenths = 0;  // 3x is 30, 2.5x is 25
  std::int64_t plus_ms = 0;
};

/// `<factor>x reference`, optionally `+ <duration>`; the factor has at most one decimal
/// (`2.5x`) and lies in [1, 100].
std::expected<RelativeTime, std::string> ParseRelativeTime(std::string_view text);

/// As written in problem.yaml: "3x reference + 50ms", "2.5x reference".
std::string RelativeTimeText(const RelativeTime& relative);

/// True when `text` is meant as a relative limit (it mentions `reference`).
bool LooksRelative(std::string_view text);

}  // namespace judge

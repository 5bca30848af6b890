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

}  // namespace judge

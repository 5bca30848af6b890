// ValueWire: the compact text form in which values cross the sandbox's boundary between the
// judge and a harness: n, t, f, i<int>, d<double>, s<len>:<bytes>, l<count> <items...>.
#pragma once

#include <cstddef>
#include <expected>
#include <string>
#include <string_view>

#include "judge/problem/Value.h"

namespace runners {

/// Appends the wire form of `value` (items separated by one space) to `out`.
void AppendWire(const judge::Value& value, std::string& out);
/// The wire form of `value` alone.
std::string ToWire(const judge::Value& value);

/// Reads wire values one after another. Everything read comes from a sandboxed program, so
/// every count, length and depth is checked before it is trusted.
class WireReader {
 public:
  explicit WireReader(std::string_view text) : text_(text) {}

  std::expected<judge::Value, std::string> Next();
  std::expected<std::int64_t, std::string> NextInt();
  bool AtEnd();
  std::size_t position() const { return pos_; }

 private:
  static constexpr int kMaxDepth = 64;
  std::expected<judge::Value, std::string> Parse(int depth);
  std::expected<std::string, std::string> StringBody();  // `<len>:<bytes>`, after the tag
  void SkipSpaces();
  std::string Error(std::string_view what) const;

  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace runners

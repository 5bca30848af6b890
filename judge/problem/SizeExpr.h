// SizeExpr: a size written in terms of n in problem.yaml ("n", "2*n", "n/2", "sqrt(n)"),
// parsed once when the problem loads and evaluated for each size of a budget series.
#pragma once

#include <cstdint>
#include <expected>
#include <string>
#include <string_view>
#include <vector>

namespace judge {

class SizeExpr {
 public:
  SizeExpr() = default;  // the constant 0

  /// Integers, n, + - * /, parentheses, sqrt(x) and log2(x); the error says what is wrong.
  static std::expected<SizeExpr, std::string> Parse(std::string_view text);
  static SizeExpr Constant(std::int64_t value);

  /// The value at `n`, rounded down, and never below 0.
  std::int64_t At(std::int64_t n) const;
  const std::string& text() const { return text_; }

 private:
  // Reverse Polish: a number, 'n', or an operator; evaluated on a small stack.
  struct Token {
    char kind;  // '#': number, 'n', '+', '-', '*', '/', 's' (sqrt), 'l' (log2)
    double number = 0;
  };
  std::vector<Token> program_;
  std::string text_ = "0";
};

}  // namespace judge

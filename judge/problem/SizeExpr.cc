#include "judge/problem/SizeExpr.h"

#include <cctype>
#include <cmath>

namespace judge {
namespace {

// Recursive descent over `text`, emitting reverse Polish into `out`.
class SizeParser {
 public:
  SizeParser(std::string_view text, std::vector<char>& kinds, std::vector<double>& numbers)
      : text_(text), kinds_(kinds), numbers_(numbers) {}

  std::string Run() {
    if (std::string error = Sum(); !error.empty()) return error;
    Skip();
    if (pos_ != text_.size()) return "unexpected '" + std::string(text_.substr(pos_)) + "'";
    return "";
  }

 private:
  void Skip() {
    while (pos_ < text_.size() && text_[pos_] == ' ') ++pos_;
  }
  bool Take(char c) {
    Skip();
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  std::string Sum() {
    if (std::string error = Product(); !error.empty()) return error;
    while (true) {
      const char op = Take('+') ? '+' : Take('-') ? '-' : 0;
      if (op == 0) return "";
      if (std::string error = Product(); !error.empty()) return error;
      Emit(op);
    }
  }
  std::string Product() {
    if (std::string error = Factor(); !error.empty()) return error;
    while (true) {
      const char op = Take('*') ? '*' : Take('/') ? '/' : 0;
      if (op == 0) return "";
      if (std::string error = Factor(); !error.empty()) return error;
      Emit(op);
    }
  }
  std::string Factor() {
    if (++depth_ > 32) return "nested too deep";
    Skip();
    if (Take('(')) {
      if (std::string error = Sum(); !error.empty()) return error;
      return Take(')') ? "" : "a '(' without its ')'";
    }
    for (const auto& [name, op] : {std::pair{"sqrt", 's'}, std::pair{"log2", 'l'}}) {
      if (text_.substr(pos_).starts_with(name)) {
        pos_ += std::string_view(name).size();
        if (!Take('(')) return std::string(name) + " needs parentheses: " + name + "(n)";
        if (std::string error = Sum(); !error.empty()) return error;
        if (!Take(')')) return "a '(' without its ')'";
        Emit(op);
        return "";
      }
    }
    if (pos_ < text_.size() && text_[pos_] == 'n') {
      ++pos_;
      Emit('n');
      return "";
    }
    if (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) {
      double value = 0;
      int digits = 0;
      while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) {
        if (++digits > 15) return "a number too large";
        value = value * 10 + (text_[pos_++] - '0');
      }
      kinds_.push_back('#');
      numbers_.push_back(value);
      return "";
    }
    return pos_ < text_.size() ? "unexpected '" + std::string(text_.substr(pos_)) + "'"
                               : "an expression ends too soon";
  }
  void Emit(char op) {
    kinds_.push_back(op);
    numbers_.push_back(0);
  }

  std::string_view text_;
  std::vector<char>& kinds_;
  std::vector<double>& numbers_;
  std::size_t pos_ = 0;
  int depth_ = 0;
};

}  // namespace

std::expected<SizeExpr, std::string> SizeExpr::Parse(std::string_view text) {
  std::vector<char> kinds;
  std::vector<double> numbers;
  if (std::string error = SizeParser(text, kinds, numbers).Run(); !error.empty()) {
    return std::unexpected("size '" + std::string(text) + "': " + error +
                           " (write it with n, integers, + - * /, sqrt() and log2())");
  }
  SizeExpr expr;
  expr.text_ = std::string(text);
  for (std::size_t i = 0; i < kinds.size(); ++i) expr.program_.push_back({kinds[i], numbers[i]});
  return expr;
}

SizeExpr SizeExpr::Constant(std::int64_t value) {
  SizeExpr expr;
  expr.program_.push_back({'#', static_cast<double>(value)});
  expr.text_ = std::to_string(value);
  return expr;
}

std::int64_t SizeExpr::At(std::int64_t n) const {
  std::vector<double> stack;
  for (const Token& token : program_) {
    if (token.kind == '#') {
      stack.push_back(token.number);
    } else if (token.kind == 'n') {
      stack.push_back(static_cast<double>(n));
    } else if (token.kind == 's' || token.kind == 'l') {
      const double x = std::max(stack.back(), 0.0);
      stack.back() = token.kind == 's' ? std::sqrt(x) : (x < 1 ? 0 : std::log2(x));
    } else {
      const double b = stack.back();
      stack.pop_back();
      double& a = stack.back();
      switch (token.kind) {
        case '+': a += b; break;
        case '-': a -= b; break;
        case '*': a *= b; break;
        default: a = b == 0 ? 0 : a / b; break;
      }
    }
  }
  const double value = stack.empty() ? 0 : std::floor(stack.back() + 1e-9);
  return value < 0 ? 0 : value > 1e15 ? static_cast<std::int64_t>(1e15)
                                      : static_cast<std::int64_t>(value);
}

}  // namespace judge

// Value: one LeetCode value as plain data (null, bool, integer, double, string, list), the
// common currency of test data, harness results and checkers. Trees, linked lists and
// graphs are held in LeetCode's list forms ([3,9,null,...], [1,2,3], [[2,4],[1,3]]).
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace judge {

class Value {
 public:
  using List = std::vector<Value>;

  Value() = default;  // null
  static Value Null() { return Value(); }
  static Value Bool(bool b) { return Value(Data(b)); }
  static Value Int(std::int64_t i) { return Value(Data(i)); }
  static Value Double(double d) { return Value(Data(d)); }
  static Value String(std::string s) { return Value(Data(std::move(s))); }
  static Value OfList(List items) { return Value(Data(std::move(items))); }

  bool is_null() const { return std::holds_alternative<std::monostate>(data_); }
  bool is_bool() const { return std::holds_alternative<bool>(data_); }
  bool is_int() const { return std::holds_alternative<std::int64_t>(data_); }
  bool is_double() const { return std::holds_alternative<double>(data_); }
  bool is_string() const { return std::holds_alternative<std::string>(data_); }
  bool is_list() const { return std::holds_alternative<List>(data_); }

  bool as_bool() const { return std::get<bool>(data_); }
  std::int64_t as_int() const { return std::get<std::int64_t>(data_); }
  double as_double() const { return std::get<double>(data_); }
  const std::string& as_string() const { return std::get<std::string>(data_); }
  const List& as_list() const { return std::get<List>(data_); }
  List& as_list() { return std::get<List>(data_); }

  /// LeetCode's display form: [1,2,null], "abc", true, 2.50000. Long lists are cut when
  /// `max_chars` is reached (0: never), ending in "...".
  std::string ToDisplay(std::size_t max_chars = 0) const;

  /// Structural equality (doubles compare exactly; checkers apply tolerances).
  friend bool operator==(const Value& a, const Value& b);
  /// A total order (by kind, then value) so that checkers can sort lists whose order is free.
  friend bool operator<(const Value& a, const Value& b);

 private:
  using Data = std::variant<std::monostate, bool, std::int64_t, double, std::string, List>;
  explicit Value(Data data) : data_(std::move(data)) {}
  Data data_;
};

}  // namespace judge

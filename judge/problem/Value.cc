#include "judge/problem/Value.h"

#include <algorithm>

#include <fmt/format.h>

namespace judge {
namespace {

void AppendDisplay(const Value& value, std::string& out, std::size_t max_chars) {
  if (max_chars != 0 && out.size() > max_chars) return;
  if (value.is_null()) {
    out += "null";
  } else if (value.is_bool()) {
    out += value.as_bool() ? "true" : "false";
  } else if (value.is_int()) {
    out += std::to_string(value.as_int());
  } else if (value.is_double()) {
    out += fmt::format("{:.5f}", value.as_double());
  } else if (value.is_string()) {
    out += '"';
    for (char c : value.as_string()) {
      if (c == '"' || c == '\\') out += '\\';
      if (c == '\n') {
        out += "\\n";
        continue;
      }
      out += c;
    }
    out += '"';
  } else {
    out += '[';
    bool first = true;
    for (const Value& item : value.as_list()) {
      if (!first) out += ',';
      first = false;
      AppendDisplay(item, out, max_chars);
      if (max_chars != 0 && out.size() > max_chars) return;
    }
    out += ']';
  }
}

}  // namespace

bool operator==(const Value& a, const Value& b) {
  if (a.data_.index() != b.data_.index()) return false;
  if (a.is_list()) {
    return std::equal(a.as_list().begin(), a.as_list().end(), b.as_list().begin(),
                      b.as_list().end());
  }
  return std::visit(
      [&](const auto& left) {
        using T = std::decay_t<decltype(left)>;
        if constexpr (std::is_same_v<T, Value::List>) {
          return false;  // handled above
        } else {
          return left == std::get<T>(b.data_);
        }
      },
      a.data_);
}

bool operator<(const Value& a, const Value& b) {
  if (a.data_.index() != b.data_.index()) return a.data_.index() < b.data_.index();
  if (a.is_list()) {
    return std::lexicographical_compare(a.as_list().begin(), a.as_list().end(),
                                        b.as_list().begin(), b.as_list().end());
  }
  return std::visit(
      [&](const auto& left) {
        using T = std::decay_t<decltype(left)>;
        if constexpr (std::is_same_v<T, Value::List> || std::is_same_v<T, std::monostate>) {
          return false;
        } else {
          return left < std::get<T>(b.data_);
        }
      },
      a.data_);
}

std::string Value::ToDisplay(std::size_t max_chars) const {
  std::string out;
  AppendDisplay(*this, out, max_chars);
  if (max_chars != 0 && out.size() > max_chars) {
    out.resize(max_chars);
    out += "...";
  }
  return out;
}

}  // namespace judge

#include "runners/call/ValueWire.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace runners {

using judge::Value;

void AppendWire(const Value& value, std::string& out) {
  if (value.is_null()) {
    out += 'n';
  } else if (value.is_bool()) {
    out += value.as_bool() ? 't' : 'f';
  } else if (value.is_int()) {
    out += 'i';
    out += std::to_string(value.as_int());
  } else if (value.is_double()) {
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value.as_double());
    out += 'd';
    out.append(buffer, end);
  } else if (value.is_string()) {
    out += 's';
    out += std::to_string(value.as_string().size());
    out += ':';
    out += value.as_string();
  } else {
    const auto& items = value.as_list();
    out += 'l';
    out += std::to_string(items.size());
    for (const Value& item : items) {
      out += ' ';
      AppendWire(item, out);
    }
  }
}

std::string ToWire(const Value& value) {
  std::string out;
  AppendWire(value, out);
  return out;
}

void WireReader::SkipSpaces() {
  while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n')) ++pos_;
}

bool WireReader::AtEnd() {
  SkipSpaces();
  return pos_ >= text_.size();
}

std::string WireReader::Error(std::string_view what) const {
  return std::string(what) + " at byte " + std::to_string(pos_);
}

std::expected<std::int64_t, std::string> WireReader::NextInt() {
  SkipSpaces();
  std::int64_t value = 0;
  const char* begin = text_.data() + pos_;
  const auto [end, ec] = std::from_chars(begin, text_.data() + text_.size(), value);
  if (ec != std::errc{}) return std::unexpected(Error("expected an integer"));
  pos_ += static_cast<std::size_t>(end - begin);
  return value;
}

std::expected<std::string, std::string> WireReader::StringBody() {
  const auto length = NextInt();
  if (!length) return std::unexpected(length.error());
  if (*length < 0 || pos_ >= text_.size() || text_[pos_] != ':' ||
      static_cast<std::size_t>(*length) > text_.size() - pos_ - 1) {
    return std::unexpected(Error("bad string length"));
  }
  std::string value(text_.substr(pos_ + 1, static_cast<std::size_t>(*length)));
  pos_ += 1 + static_cast<std::size_t>(*length);
  return value;
}

std::expected<Value, std::string> WireReader::Next() { return Parse(0); }

std::expected<Value, std::string> WireReader::Parse(int depth) {
  if (depth > kMaxDepth) return std::unexpected(Error("values nested too deeply"));
  SkipSpaces();
  if (pos_ >= text_.size()) return std::unexpected(Error("expected a value"));
  const char tag = text_[pos_++];
  switch (tag) {
    case 'n': return Value::Null();
    case 't': return Value::Bool(true);
    case 'f': return Value::Bool(false);
    case 'i': {
      auto value = NextInt();
      if (!value) return std::unexpected(value.error());
      return Value::Int(*value);
    }
    case 'd': {
      // from_chars reads neither "inf" with a sign nor "nan" the way printf writes them on
      // every libc, so the few special forms are spelled out.
      const std::size_t start = pos_;
      while (pos_ < text_.size() && text_[pos_] != ' ' && text_[pos_] != '\n') ++pos_;
      const std::string word(text_.substr(start, pos_ - start));
      if (word == "inf" || word == "+inf") return Value::Double(INFINITY);
      if (word == "-inf") return Value::Double(-INFINITY);
      if (word == "nan" || word == "-nan") return Value::Double(NAN);
      double value = 0;
      const auto [end, ec] = std::from_chars(word.data(), word.data() + word.size(), value);
      if (ec != std::errc{} || end != word.data() + word.size()) {
        return std::unexpected(Error("bad number '" + word + "'"));
      }
      return Value::Double(value);
    }
    case 's': {
      auto text = StringBody();
      if (!text) return std::unexpected(text.error());
      return Value::String(*std::move(text));
    }
    case 'l': {
      const auto count = NextInt();
      if (!count) return std::unexpected(count.error());
      // Every item takes at least two bytes ("n "), which bounds an honest count.
      if (*count < 0 || static_cast<std::size_t>(*count) > (text_.size() - pos_ + 1) / 2) {
        return std::unexpected(Error("bad list length " + std::to_string(*count)));
      }
      // No reserve(count): each level of nesting would claim the same bytes left again,
      // 64 levels deep, some 1280 bytes of memory per byte of the harness's output.
      Value::List items;
      for (std::int64_t i = 0; i < *count; ++i) {
        auto item = Parse(depth + 1);
        if (!item) return item;
        items.push_back(*std::move(item));
      }
      return Value::OfList(std::move(items));
    }
    default:
      --pos_;
      return std::unexpected(Error(std::string("unknown value tag '") + tag + "'"));
  }
}

}  // namespace runners

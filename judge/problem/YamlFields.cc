#include "judge/problem/YamlFields.h"

#include <charconv>
#include <cmath>
#include <utility>

namespace judge {
namespace {

// The value as a message shows it: "not a list", "not 'maybe'".
std::string Describe(const YamlNode& node) {
  switch (node.kind()) {
    case YamlNode::Kind::Sequence: return "a list";
    case YamlNode::Kind::Map: return "a map";
    case YamlNode::Kind::Scalar: return "'" + node.Scalar() + "'";
    case YamlNode::Kind::Null: return "empty";
  }
  std::unreachable();
}

// The whole scalar as a number of type T, or nothing when any character is left over.
template <typename T>
std::optional<T> ParseNumber(const YamlNode& node) {
  const std::string& text = node.Scalar();
  T value{};
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

YamlMark MarkOf(const Field& field) {
  return field.value.IsNull() ? field.key.Mark() : field.value.Mark();
}

void Fail(const YamlMark& mark, const std::string& message) { throw FieldError(mark, message); }

void FailType(const Field& field, std::string_view expected) {
  Fail(MarkOf(field), field.what + " must be " + std::string(expected) + ", not " +
                          Describe(field.value));
}

Fields::Fields(const YamlNode& map, std::string subject)
    : map_(map), subject_(std::move(subject)) {
  if (!map.IsMap()) Fail(map.Mark(), subject_ + " must be a map of keys, not " + Describe(map));
  entries_.reserve(map.size());
  for (std::size_t i = 0; i < map.size(); ++i) {
    const YamlNode key = map.Key(i);
    if (!key.IsScalar()) Fail(key.Mark(), "a key in " + subject_ + " must be a plain name");
    for (const auto& [seen, value] : entries_) {
      if (seen.Scalar() == key.Scalar()) {
        Fail(key.Mark(), "key '" + key.Scalar() + "' appears twice in " + subject_ +
                             " (first on line " + std::to_string(seen.Mark().line + 1) + ")");
      }
    }
    entries_.emplace_back(key, map.Value(i));
  }
}

void Fields::RejectUnknownKeys(std::span<const std::string_view> allowed) const {
  for (const auto& [key, value] : entries_) {
    bool known = false;
    for (std::string_view name : allowed) known = known || key.Scalar() == name;
    if (known) continue;
    std::string list;
    for (std::string_view name : allowed) {
      if (!list.empty()) list += ", ";
      list += name;
    }
    Fail(key.Mark(), "unknown key '" + key.Scalar() + "' in " + subject_ +
                         "; expected one of: " + list);
  }
}

Field Fields::MakeField(const std::pair<YamlNode, YamlNode>& entry) const {
  return Field{entry.first, entry.second, "'" + entry.first.Scalar() + "' in " + subject_};
}

std::optional<Field> Fields::Find(std::string_view key) const {
  for (const auto& entry : entries_) {
    if (entry.first.Scalar() == key) return MakeField(entry);
  }
  return std::nullopt;
}

Field Fields::Require(std::string_view key) const {
  std::optional<Field> field = Find(key);
  if (!field) Fail(mark(), "missing required key '" + std::string(key) + "' in " + subject_);
  return *std::move(field);
}

std::string ReadString(const Field& field) {
  if (field.value.IsNull()) {
    Fail(MarkOf(field), field.what + " is empty; write \"\" for an empty string");
  }
  if (!field.value.IsScalar()) FailType(field, "a string");
  return field.value.Scalar();
}

std::string ReadNonEmptyString(const Field& field) {
  if (field.value.IsNull() || (field.value.IsScalar() && field.value.Scalar().empty())) {
    Fail(MarkOf(field), field.what + " must not be empty");
  }
  return ReadString(field);
}

bool ReadBool(const Field& field) {
  if (field.value.IsScalar() && field.value.Scalar() == "true") return true;
  if (field.value.IsScalar() && field.value.Scalar() == "false") return false;
  FailType(field, "true or false");
}

int ReadPositiveInt(const Field& field) {
  const auto value = field.value.IsScalar() ? ParseNumber<int>(field.value) : std::nullopt;
  if (!value || *value <= 0) FailType(field, "a positive integer");
  return *value;
}

double ReadNonNegativeDouble(const Field& field) {
  const auto value = field.value.IsScalar() ? ParseNumber<double>(field.value) : std::nullopt;
  if (!value || !std::isfinite(*value) || *value < 0) FailType(field, "a number >= 0");
  return *value;
}

double ReadFiniteDouble(const Field& field) {
  const auto value = field.value.IsScalar() ? ParseNumber<double>(field.value) : std::nullopt;
  if (!value || !std::isfinite(*value)) FailType(field, "a finite number");
  return *value;
}

std::vector<std::string> ReadStringList(const Field& field) {
  if (!field.value.IsSequence()) FailType(field, "a list of strings");
  std::vector<std::string> items;
  for (const YamlNode& item : field.value) {
    if (!item.IsScalar() || item.Scalar().empty()) {
      Fail(item.Mark(), "each item of " + field.what + " must be a non-empty string, not " +
                            Describe(item));
    }
    items.push_back(item.Scalar());
  }
  return items;
}

YamlNode ReadList(const Field& field) {
  if (!field.value.IsSequence()) FailType(field, "a list");
  return field.value;
}

}  // namespace judge

// YamlFields: strict readers for problem.yaml maps (every key known, every value of the
// expected type) that throw FieldError carrying the offending node's position.
#pragma once

#include <filesystem>
#include <initializer_list>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "judge/problem/YamlTree.h"

namespace judge {

/// A problem in one node of problem.yaml. Thrown by the readers below and turned into a
/// LoadError at the boundary of LoadProblem, so the readers can stay plain functions.
class FieldError : public std::runtime_error {
 public:
  FieldError(const YamlMark& mark, const std::string& message,
             std::filesystem::path file = {})
      : std::runtime_error(message), mark_(mark), file_(std::move(file)) {}

  /// 0-based; -1 when the node has no position.
  const YamlMark& mark() const { return mark_; }
  /// The file the mark is in, when it is not problem.yaml (a test's input_file).
  const std::filesystem::path& file() const { return file_; }

 private:
  YamlMark mark_;
  std::filesystem::path file_;
};

/// One key of a map with its value.
struct Field {
  YamlNode key;
  YamlNode value;
  std::string what;  // "'sample' in test 'small'", the subject of error messages
};

/// Where a node's problem is shown. An empty value (`title:`) has no text of its own, so it
/// is shown at its key.
YamlMark MarkOf(const Field& field);

[[noreturn]] void Fail(const YamlMark& mark, const std::string& message);
/// "<what> must be <expected>, not <the value>", at the field.
[[noreturn]] void FailType(const Field& field, std::string_view expected);

/// The keys of one YAML map. Rejects repeated keys at once (the parser keeps both); unknown
/// keys on request, once the caller can name the map well.
class Fields {
 public:
  /// `subject` names the map in messages: "problem.yaml", "test 3", "limits". Throws
  /// when `map` is not a map.
  Fields(const YamlNode& map, std::string subject);

  /// A better name once one is known: "test 'small'" rather than "test 3".
  void set_subject(std::string subject) { subject_ = std::move(subject); }
  const std::string& subject() const { return subject_; }
  YamlMark mark() const { return map_.Mark(); }

  /// Throws at the first key not in `allowed`, listing the allowed ones.
  void RejectUnknownKeys(std::initializer_list<std::string_view> allowed) const {
    RejectUnknownKeys(std::span<const std::string_view>(allowed.begin(), allowed.size()));
  }
  void RejectUnknownKeys(std::span<const std::string_view> allowed) const;

  std::optional<Field> Find(std::string_view key) const;
  /// Throws, at the map, when the key is absent.
  Field Require(std::string_view key) const;

 private:
  Field MakeField(const std::pair<YamlNode, YamlNode>& entry) const;

  YamlNode map_;
  std::string subject_;
  std::vector<std::pair<YamlNode, YamlNode>> entries_;  // key, value; in file order
};

/// Any scalar, taken as text: `title: 42` is the title "42".
std::string ReadString(const Field& field);
std::string ReadNonEmptyString(const Field& field);
/// Only `true` or `false`; YAML 1.1's yes/no/on/off are refused as too easy to misread.
bool ReadBool(const Field& field);
int ReadPositiveInt(const Field& field);
double ReadNonNegativeDouble(const Field& field);
double ReadFiniteDouble(const Field& field);
/// A sequence of non-empty scalars.
std::vector<std::string> ReadStringList(const Field& field);
/// A sequence node, returned for the caller to walk.
YamlNode ReadList(const Field& field);

}  // namespace judge

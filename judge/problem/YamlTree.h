// YamlTree: problem.yaml and its test data files parsed by libyaml into a compact, read-only
// tree of maps, lists and scalars, each node with the position error messages point at.
//
// libyaml, not yaml-cpp: the same YAML 1.1 parsed nine times as fast (a problem.yaml of
// 10,000 tests: 45 ms against 400 ms, which was half of function mode's cost per case), and
// read without recursion. Nodes carry no guessed types: the loader reads each scalar as its
// place requires, with the checks and messages of YamlFields.h.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace judge {

/// 0-based, as libyaml counts; -1 when there is no position.
struct YamlMark {
  int line = -1;
  int column = -1;
};

/// The text is not YAML (or holds more than one document). Thrown by ParseYaml.
class YamlSyntaxError : public std::runtime_error {
 public:
  YamlSyntaxError(YamlMark mark, const std::string& message)
      : std::runtime_error(message), mark_(mark) {}
  YamlMark mark() const { return mark_; }

 private:
  YamlMark mark_;
};

namespace yaml_detail {
struct Document;
}
class YamlItemIterator;

/// A handle to one node of a parsed document, which it keeps alive. Scalars are text as
/// written (no type is guessed: the loader reads each as the type its place needs); a plain
/// `~`, `null`, `Null`, `NULL` or nothing at all is null, a quoted one is text. Aliases are
/// the node their anchor names, shared, not copied.
class YamlNode {
 public:
  enum class Kind : std::uint8_t { Null, Scalar, Sequence, Map };

  /// Null, with no position: what an empty document parses to.
  YamlNode() = default;

  Kind kind() const;
  bool IsNull() const { return kind() == Kind::Null; }
  bool IsScalar() const { return kind() == Kind::Scalar; }
  bool IsSequence() const { return kind() == Kind::Sequence; }
  bool IsMap() const { return kind() == Kind::Map; }

  /// A scalar's text; empty for any other node.
  const std::string& Scalar() const;
  YamlMark Mark() const;

  /// A sequence's items or a map's entries; 0 for a scalar or null.
  std::size_t size() const;
  /// A sequence's item `i`; null past its end or on any other node.
  YamlNode operator[](std::size_t i) const;
  /// A map's entry `i`, in file order; null past its end or on any other node.
  YamlNode Key(std::size_t i) const;
  YamlNode Value(std::size_t i) const;

  /// The items of a sequence (nothing for any other node).
  YamlItemIterator begin() const;
  YamlItemIterator end() const;

 private:
  friend YamlNode ParseYaml(std::string_view text);
  YamlNode(std::shared_ptr<const yaml_detail::Document> document, std::uint32_t index)
      : document_(std::move(document)), index_(index) {}
  YamlNode Child(std::size_t position, std::size_t limit) const;

  std::shared_ptr<const yaml_detail::Document> document_;
  std::uint32_t index_ = 0;
};

class YamlItemIterator {
 public:
  using iterator_category = std::forward_iterator_tag;
  using value_type = YamlNode;
  using difference_type = std::ptrdiff_t;
  using pointer = void;
  using reference = YamlNode;

  YamlItemIterator() = default;
  YamlItemIterator(YamlNode sequence, std::size_t index)
      : sequence_(std::move(sequence)), index_(index) {}
  YamlNode operator*() const { return sequence_[index_]; }
  YamlItemIterator& operator++() {
    ++index_;
    return *this;
  }
  YamlItemIterator operator++(int) {
    YamlItemIterator before = *this;
    ++index_;
    return before;
  }
  bool operator==(const YamlItemIterator& other) const { return index_ == other.index_; }

 private:
  // A copy of the handle, not a pointer to it: a loop over a temporary's member
  // (`for (auto item : Find("x")->value)`) outlives the temporary.
  YamlNode sequence_;
  std::size_t index_ = 0;
};

inline YamlItemIterator YamlNode::begin() const { return {*this, 0}; }
inline YamlItemIterator YamlNode::end() const { return {YamlNode(), IsSequence() ? size() : 0}; }

/// The first and only document of `text` (YAML 1.1, of which JSON is a subset). Throws
/// YamlSyntaxError, at the place libyaml stopped, for text that is not YAML, an alias of an
/// unknown anchor, or a second document.
YamlNode ParseYaml(std::string_view text);

}  // namespace judge

#include "judge/problem/YamlTree.h"

#include <yaml.h>

#include <algorithm>
#include <new>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace judge {
namespace yaml_detail {

struct NodeData {
  YamlNode::Kind kind = YamlNode::Kind::Null;
  YamlMark mark;
  // A collection's children are children[first, first + count) of the document: a map's as
  // key, value, key, value...
  std::uint32_t first = 0;
  std::uint32_t count = 0;
  std::string scalar;
};

// All nodes of a document in two flat arrays: a tree of a million values is two
// allocations to free, with no recursion.
struct Document {
  std::vector<NodeData> nodes;
  std::vector<std::uint32_t> children;
};

}  // namespace yaml_detail

namespace {

using yaml_detail::Document;
using yaml_detail::NodeData;

const std::string kNoText;

// A problem nests about eight deep (tests, a test, its input, a grid's rows). libyaml's
// scanner pays for every open flow level on every token, so a pathological depth would make
// a small file take minutes; the events arrive as they are parsed, and the parse stops here.
constexpr std::size_t kDeepestNesting = 64;

YamlMark MarkAt(const yaml_mark_t& mark) {
  return YamlMark{static_cast<int>(std::min<std::size_t>(mark.line, INT32_MAX)),
                  static_cast<int>(std::min<std::size_t>(mark.column, INT32_MAX))};
}

// The line and column of byte `offset` as libyaml counts them: lines end at CR LF, CR, LF,
// NEL, LS or PS, and columns count characters, not bytes.
YamlMark MarkAtOffset(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  int line = 0, column = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    const std::string_view rest = text.substr(i);
    std::size_t extra = 0;  // the break's bytes after its first
    bool is_break = true;
    if (rest.starts_with("\r\n")) {
      extra = 1;
    } else if (rest.starts_with("\xC2\x85")) {
      extra = 1;
    } else if (rest.starts_with("\xE2\x80\xA8") || rest.starts_with("\xE2\x80\xA9")) {
      extra = 2;
    } else {
      is_break = rest[0] == '\r' || rest[0] == '\n';
    }
    if (is_break) {
      ++line;
      column = 0;
      i += extra;
    } else if ((static_cast<unsigned char>(rest[0]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return YamlMark{line, column};
}

// YAML's core schema reads these plain scalars as null; quoted, they are text.
bool IsNullScalar(const yaml_event_t& event) {
  const auto& scalar = event.data.scalar;
  const char* tag = reinterpret_cast<const char*>(scalar.tag);
  if (tag != nullptr) return std::string_view(tag) == YAML_NULL_TAG;
  if (scalar.style != YAML_PLAIN_SCALAR_STYLE) return false;
  const std::string_view text(reinterpret_cast<const char*>(scalar.value), scalar.length);
  return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {
    if (!yaml_parser_initialize(&parser_)) throw std::bad_alloc();
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()),
                                 text.size());
  }
  ~Parser() { yaml_parser_delete(&parser_); }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  // The next event, which the caller frees with yaml_event_delete.
  yaml_event_t Next() {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser_, &event)) Throw();
    return event;
  }

 private:
  [[noreturn]] void Throw() const {
    if (parser_.error == YAML_MEMORY_ERROR) throw std::bad_alloc();
    std::string message = parser_.problem != nullptr ? parser_.problem : "not valid YAML";
    // A reader error (bad UTF-8, a control character) has only a byte offset.
    if (parser_.error == YAML_READER_ERROR) {
      throw YamlSyntaxError(MarkAtOffset(text_, parser_.problem_offset), message);
    }
    if (parser_.context != nullptr) {
      message += " (" + std::string(parser_.context) + " on line " +
                 std::to_string(WithinText(MarkAt(parser_.context_mark)).line + 1) + ")";
    }
    throw YamlSyntaxError(WithinText(MarkAt(parser_.problem_mark)), message);
  }

  // libyaml places what it met at the end of the text on a line after the last, where no
  // editor can go: such a place is shown at the end of the text instead.
  YamlMark WithinText(YamlMark mark) const {
    const YamlMark end = MarkAtOffset(text_, text_.size());
    const bool past_end = mark.line > end.line || (mark.line == end.line && mark.column > end.column);
    return past_end ? end : mark;
  }

  std::string_view text_;
  yaml_parser_t parser_{};
};

// Frees an event however the loop that reads it ends.
struct EventGuard {
  yaml_event_t& event;
  ~EventGuard() { yaml_event_delete(&event); }
};

class TreeBuilder {
 public:
  explicit TreeBuilder(Document& document) : document_(document) {}

  std::uint32_t Add(YamlNode::Kind kind, const yaml_event_t& event) {
    NodeData node;
    node.kind = kind;
    node.mark = MarkAt(event.start_mark);
    if (kind == YamlNode::Kind::Scalar) {
      node.scalar.assign(reinterpret_cast<const char*>(event.data.scalar.value),
                         event.data.scalar.length);
    }
    document_.nodes.push_back(std::move(node));
    return static_cast<std::uint32_t>(document_.nodes.size() - 1);
  }

  void Open(std::uint32_t index, const yaml_char_t* anchor) {
    if (open_.size() >= kDeepestNesting) {
      throw YamlSyntaxError(document_.nodes[index].mark,
                            "lists and maps nested more than " + std::to_string(kDeepestNesting) +
                                " deep");
    }
    open_.push_back(OpenCollection{index, pending_.size(), AnchorName(anchor)});
  }

  // Closes the innermost collection, whose children are the pending ones since it opened.
  void Close() {
    OpenCollection open = std::move(open_.back());
    open_.pop_back();
    NodeData& node = document_.nodes[open.index];
    node.first = static_cast<std::uint32_t>(document_.children.size());
    const std::size_t children = pending_.size() - open.pending_from;
    node.count = static_cast<std::uint32_t>(node.kind == YamlNode::Kind::Map ? children / 2
                                                                              : children);
    document_.children.insert(document_.children.end(),
                              pending_.begin() + static_cast<std::ptrdiff_t>(open.pending_from),
                              pending_.end());
    pending_.resize(open.pending_from);
    // Only now: an alias within the collection to the collection itself would be a cycle.
    Remember(open.anchor, open.index);
    Attach(open.index);
  }

  void Remember(const std::string& anchor, std::uint32_t index) {
    if (!anchor.empty()) anchors_[anchor] = index;
  }

  std::uint32_t Alias(const yaml_event_t& event) const {
    const std::string anchor = AnchorName(event.data.alias.anchor);
    const auto found = anchors_.find(anchor);
    if (found == anchors_.end()) {
      throw YamlSyntaxError(MarkAt(event.start_mark),
                            "alias '*" + anchor +
                                "' names no anchor defined before it (and outside its own value)");
    }
    return found->second;
  }

  void Attach(std::uint32_t index) {
    if (open_.empty()) {
      root_ = index;
    } else {
      pending_.push_back(index);
    }
  }

  std::optional<std::uint32_t> root() const { return root_; }

  static std::string AnchorName(const yaml_char_t* anchor) {
    return anchor == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(anchor));
  }

 private:
  struct OpenCollection {
    std::uint32_t index;
    std::size_t pending_from;
    std::string anchor;
  };

  Document& document_;
  std::vector<OpenCollection> open_;
  std::vector<std::uint32_t> pending_;
  std::unordered_map<std::string, std::uint32_t> anchors_;
  std::optional<std::uint32_t> root_;
};

}  // namespace

YamlNode ParseYaml(std::string_view text) {
  auto document = std::make_shared<Document>();
  TreeBuilder tree(*document);
  Parser parser(text);
  int documents = 0;
  for (bool done = false; !done;) {
    yaml_event_t event = parser.Next();
    const EventGuard guard{event};
    switch (event.type) {
      case YAML_STREAM_END_EVENT: done = true; break;
      case YAML_DOCUMENT_START_EVENT:
        if (++documents > 1) {
          throw YamlSyntaxError(MarkAt(event.start_mark),
                                "a second YAML document ('---'); the file holds one");
        }
        break;
      case YAML_SCALAR_EVENT: {
        const auto index =
            tree.Add(IsNullScalar(event) ? YamlNode::Kind::Null : YamlNode::Kind::Scalar, event);
        tree.Remember(TreeBuilder::AnchorName(event.data.scalar.anchor), index);
        tree.Attach(index);
        break;
      }
      case YAML_ALIAS_EVENT: tree.Attach(tree.Alias(event)); break;
      case YAML_SEQUENCE_START_EVENT:
        tree.Open(tree.Add(YamlNode::Kind::Sequence, event), event.data.sequence_start.anchor);
        break;
      case YAML_MAPPING_START_EVENT:
        tree.Open(tree.Add(YamlNode::Kind::Map, event), event.data.mapping_start.anchor);
        break;
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT: tree.Close(); break;
      default: break;  // stream start, document end, no event
    }
  }
  if (!tree.root()) return YamlNode();
  return YamlNode(std::move(document), *tree.root());
}

YamlNode::Kind YamlNode::kind() const {
  return document_ ? document_->nodes[index_].kind : Kind::Null;
}

const std::string& YamlNode::Scalar() const {
  return document_ ? document_->nodes[index_].scalar : kNoText;
}

YamlMark YamlNode::Mark() const { return document_ ? document_->nodes[index_].mark : YamlMark{}; }

std::size_t YamlNode::size() const { return document_ ? document_->nodes[index_].count : 0; }

// Out of range, or on a scalar or null, the answer is null: a reader's mistake shows up as
// a wrong-type message, never as a read past the arrays.
YamlNode YamlNode::Child(std::size_t position, std::size_t limit) const {
  if (!document_ || position >= limit) return YamlNode();
  const NodeData& node = document_->nodes[index_];
  return YamlNode(document_, document_->children[node.first + position]);
}

YamlNode YamlNode::operator[](std::size_t i) const {
  return IsSequence() ? Child(i, size()) : YamlNode();
}

YamlNode YamlNode::Key(std::size_t i) const {
  return IsMap() && i < size() ? Child(2 * i, 2 * size()) : YamlNode();
}

YamlNode YamlNode::Value(std::size_t i) const {
  return IsMap() && i < size() ? Child(2 * i + 1, 2 * size()) : YamlNode();
}

}  // namespace judge

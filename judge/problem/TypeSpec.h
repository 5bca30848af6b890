// TypeSpec: the LeetCode types a function-mode signature may use (int, long, double, bool,
// char, string, list<T>, TreeNode, ListNode, Node, void), parsed from problem.yaml's text.
#pragma once

#include <expected>
#include <memory>
#include <string>
#include <string_view>

namespace judge {

enum class TypeKind { Int, Long, Double, Bool, Char, String, List, TreeNode, ListNode, GraphNode, Void };

struct TypeSpec {
  TypeKind kind = TypeKind::Void;
  std::shared_ptr<const TypeSpec> element;  // for List only

  /// "list<list<char>>", "TreeNode", "Node" (the graph node of Clone Graph), ...
  static std::expected<TypeSpec, std::string> Parse(std::string_view text);
  static TypeSpec Of(TypeKind kind) { return TypeSpec{kind, nullptr}; }
  static TypeSpec ListOf(TypeSpec element) {
    return TypeSpec{TypeKind::List, std::make_shared<const TypeSpec>(std::move(element))};
  }

  std::string ToString() const;
  /// Whether this type, or any element type inside it, is `kind`.
  bool Uses(TypeKind kind) const;
};

}  // namespace judge

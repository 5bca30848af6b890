#include "judge/problem/TypeSpec.h"

#include <array>
#include <utility>

namespace judge {
namespace {

constexpr std::array<std::pair<std::string_view, TypeKind>, 10> kNames = {{
    {"int", TypeKind::Int},
    {"long", TypeKind::Long},
    {"double", TypeKind::Double},
    {"bool", TypeKind::Bool},
    {"char", TypeKind::Char},
    {"string", TypeKind::String},
    {"TreeNode", TypeKind::TreeNode},
    {"ListNode", TypeKind::ListNode},
    {"Node", TypeKind::GraphNode},
    {"void", TypeKind::Void},
}};

// Far deeper than any LeetCode type (list<list<list<int>>>), and shallow enough that a
// hostile problem.yaml cannot overflow the stack here or in whatever walks the type.
constexpr int kMaxListDepth = 32;

std::string_view Trim(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

std::expected<TypeSpec, std::string> ParseAt(std::string_view text, int depth) {
  text = Trim(text);
  if (text.starts_with("list<") && text.ends_with(">")) {
    if (depth == kMaxListDepth) {
      return std::unexpected("lists nested more than " + std::to_string(kMaxListDepth) +
                             " deep");
    }
    auto element = ParseAt(text.substr(5, text.size() - 6), depth + 1);
    if (!element) return element;
    if (element->kind == TypeKind::Void) return std::unexpected("a list cannot hold void");
    return TypeSpec::ListOf(std::move(*element));
  }
  for (const auto& [name, kind] : kNames) {
    if (text == name) return TypeSpec::Of(kind);
  }
  return std::unexpected("unknown type '" + std::string(text) +
                         "'; expected int, long, double, bool, char, string, list<T>, "
                         "TreeNode, ListNode, Node or void");
}

}  // namespace

std::expected<TypeSpec, std::string> TypeSpec::Parse(std::string_view text) {
  return ParseAt(text, 0);
}

std::string TypeSpec::ToString() const {
  if (kind == TypeKind::List) return "list<" + element->ToString() + ">";
  for (const auto& [name, named] : kNames) {
    if (named == kind) return std::string(name);
  }
  return "?";
}

bool TypeSpec::Uses(TypeKind wanted) const {
  if (kind == wanted) return true;
  return kind == TypeKind::List && element->Uses(wanted);
}

}  // namespace judge

// Signature: what a function-mode or design-mode problem asks the candidate to write (class,
// method, typed parameters, return), as plain data the runners' harnesses are built from.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judge/problem/TypeSpec.h"

namespace judge {

struct Param {
  std::string name;
  TypeSpec type;
  // For p and q of Lowest Common Ancestor: the test gives a node's val, and the method
  // receives that very node of the tree held by the parameter named here.
  std::string node_of;
  // For pos of Linked List Cycle: not passed to the method; the tail of the ListNode
  // parameter named here links back to its node at this index (-1: no cycle).
  std::string cycle_of;

  /// What a test gives for it: a node's val for node_of, else the type itself.
  TypeSpec TestType() const;
  /// Whether the method receives it (cycle_of parameters only shape another one).
  bool passed() const { return cycle_of.empty(); }
};

/// Codec-style problems: `Class().decode(Class().encode(args...))`, two separate objects.
struct Roundtrip {
  std::string encode;
  std::string decode;
};

struct FunctionSignature {
  std::string class_name = "Solution";
  std::string method;  // empty for a roundtrip
  std::vector<Param> params;
  TypeSpec returns;
  bool returns_node_value = false;  // `as: value`: compare only the returned node's val
  std::string result_param;         // `result: matrix`: compare it after a void call
  std::optional<Roundtrip> roundtrip;

  /// The type of the value the checker compares.
  TypeSpec ResultType() const;
  /// The position of the parameter named `name` (the loader checked it exists).
  std::size_t IndexOf(std::string_view name) const;
  bool Uses(TypeKind kind) const;
};

struct MethodSpec {
  std::string name;
  std::vector<Param> params;
  TypeSpec returns;
};

/// LeetCode's operations form: ["LRUCache","put","get"], [[2],[1,1],[1]] → [null,null,1].
struct DesignSpec {
  std::string class_name;
  std::vector<Param> constructor;
  std::vector<MethodSpec> methods;

  const MethodSpec* FindMethod(const std::string& name) const;
  bool Uses(TypeKind kind) const;
};

}  // namespace judge

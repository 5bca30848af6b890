#include "judge/problem/SignatureYaml.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <set>

namespace judge {
namespace {

bool IsIdentifier(const std::string& text) {
  if (text.empty() || std::isdigit(static_cast<unsigned char>(text[0]))) return false;
  return std::ranges::all_of(text, [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  });
}

std::string ReadIdentifier(const Field& field) {
  std::string name = ReadNonEmptyString(field);
  if (!IsIdentifier(name)) FailType(field, "a C++ and Python identifier");
  return name;
}

TypeSpec ReadType(const Field& field) {
  auto type = TypeSpec::Parse(ReadNonEmptyString(field));
  if (!type) Fail(MarkOf(field), field.what + ": " + type.error());
  return *std::move(type);
}

Param ReadParam(const YamlNode& node, const std::string& where) {
  Fields fields(node, "a parameter of " + where);
  fields.RejectUnknownKeys({"name", "type", "node_of", "cycle_of"});
  Param param;
  param.name = ReadIdentifier(fields.Require("name"));
  param.type = ReadType(fields.Require("type"));
  if (const auto node_of = fields.Find("node_of")) {
    param.node_of = ReadIdentifier(*node_of);
    if (param.type.kind != TypeKind::TreeNode) {
      Fail(MarkOf(*node_of), "node_of applies to TreeNode parameters only");
    }
  }
  if (const auto cycle_of = fields.Find("cycle_of")) {
    param.cycle_of = ReadIdentifier(*cycle_of);
    if (param.type.kind != TypeKind::Int) Fail(MarkOf(*cycle_of), "cycle_of applies to int parameters only");
    if (!param.node_of.empty()) Fail(MarkOf(*cycle_of), "a parameter cannot have both node_of and cycle_of");
  }
  if (param.type.kind == TypeKind::Void) Fail(node.Mark(), "a parameter cannot be void");
  return param;
}

std::vector<Param> ReadParams(const Field& field, const std::string& where) {
  std::vector<Param> params;
  std::set<std::string> names;
  for (const YamlNode& node : ReadList(field)) {
    params.push_back(ReadParam(node, where));
    if (!names.insert(params.back().name).second) {
      Fail(node.Mark(), "parameter '" + params.back().name + "' appears twice in " + where);
    }
  }
  for (const Param& param : params) {
    if (!param.node_of.empty()) {
      const auto owner = std::ranges::find(params, param.node_of, &Param::name);
      if (owner == params.end() || owner->type.kind != TypeKind::TreeNode ||
          !owner->node_of.empty()) {
        Fail(field.value.Mark(), "'" + param.name + "' is a node of '" + param.node_of +
                                     "', which must be a TreeNode parameter of " + where);
      }
    }
    if (!param.cycle_of.empty()) {
      const auto owner = std::ranges::find(params, param.cycle_of, &Param::name);
      if (owner == params.end() || owner->type.kind != TypeKind::ListNode) {
        Fail(field.value.Mark(), "'" + param.name + "' is the cycle position of '" +
                                     param.cycle_of + "', which must be a ListNode parameter of " +
                                     where);
      }
    }
  }
  return params;
}

// `returns: int`, or `returns: {type: TreeNode, as: value}`.
void ReadReturns(const Field& field, FunctionSignature& signature) {
  if (!field.value.IsMap()) {
    signature.returns = ReadType(field);
    return;
  }
  const Fields fields(field.value, "returns");
  fields.RejectUnknownKeys({"type", "as"});
  signature.returns = ReadType(fields.Require("type"));
  if (const auto as = fields.Find("as")) {
    if (ReadString(*as) != "value") FailType(*as, "value");
    if (signature.returns.kind != TypeKind::TreeNode) {
      Fail(MarkOf(*as), "'as: value' applies to a returned TreeNode only");
    }
    signature.returns_node_value = true;
  }
}

void CheckNodeValues(const YamlNode& node, const std::string& what) {
  if (!node.IsSequence()) Fail(node.Mark(), what + " must be a list");
}

std::int64_t ReadInteger(const YamlNode& node, std::int64_t min, std::int64_t max,
                         const std::string& what) {
  if (!node.IsScalar()) Fail(node.Mark(), what + " must be an integer");
  const std::string& text = node.Scalar();
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size() || value < min || value > max) {
    Fail(node.Mark(), what + " must be an integer in [" + std::to_string(min) + ", " +
                          std::to_string(max) + "], not '" + text + "'");
  }
  return value;
}

constexpr std::int64_t kIntMin = std::numeric_limits<std::int32_t>::min();
constexpr std::int64_t kIntMax = std::numeric_limits<std::int32_t>::max();

}  // namespace

FunctionSignature ReadSignature(const Field& field) {
  const Fields fields(field.value, "signature");
  fields.RejectUnknownKeys({"class", "method", "params", "returns", "result", "roundtrip"});
  FunctionSignature signature;
  if (const auto name = fields.Find("class")) signature.class_name = ReadIdentifier(*name);
  const auto method = fields.Find("method");
  const auto roundtrip = fields.Find("roundtrip");
  if (method.has_value() == roundtrip.has_value()) {
    Fail(fields.mark(), "signature needs exactly one of 'method' and 'roundtrip'");
  }
  if (method) signature.method = ReadIdentifier(*method);
  if (roundtrip) {
    const Fields pair(roundtrip->value, "roundtrip");
    pair.RejectUnknownKeys({"encode", "decode"});
    signature.roundtrip = Roundtrip{ReadIdentifier(pair.Require("encode")),
                                    ReadIdentifier(pair.Require("decode"))};
  }
  signature.params = ReadParams(fields.Require("params"), "the signature");
  ReadReturns(fields.Require("returns"), signature);
  if (const auto result = fields.Find("result")) {
    signature.result_param = ReadIdentifier(*result);
    if (signature.returns.kind != TypeKind::Void) {
      Fail(MarkOf(*result), "'result' names the parameter to compare after a void method; "
                            "this one returns " + signature.returns.ToString());
    }
    if (std::ranges::find(signature.params, signature.result_param, &Param::name) ==
        signature.params.end()) {
      Fail(MarkOf(*result), "'result' must name a parameter, not '" + signature.result_param + "'");
    }
  } else if (signature.returns.kind == TypeKind::Void) {
    Fail(fields.mark(), "a void method needs 'result: <parameter>' to say what to compare");
  }
  if (signature.roundtrip && signature.params.size() != 1) {
    Fail(fields.mark(), "a roundtrip takes exactly one parameter");
  }
  return signature;
}

DesignSpec ReadDesign(const Field& field) {
  const Fields fields(field.value, "design");
  fields.RejectUnknownKeys({"class", "constructor", "methods"});
  DesignSpec design;
  design.class_name = ReadIdentifier(fields.Require("class"));
  if (const auto constructor = fields.Find("constructor")) {
    design.constructor = ReadParams(*constructor, "the constructor");
  }
  for (const YamlNode& node : ReadList(fields.Require("methods"))) {
    Fields method(node, "a method of " + design.class_name);
    method.RejectUnknownKeys({"name", "params", "returns"});
    MethodSpec spec;
    spec.name = ReadIdentifier(method.Require("name"));
    if (const auto params = method.Find("params")) spec.params = ReadParams(*params, spec.name);
    spec.returns = ReadType(method.Require("returns"));
    if (design.FindMethod(spec.name) != nullptr || spec.name == design.class_name) {
      Fail(node.Mark(), "method '" + spec.name + "' appears twice in " + design.class_name);
    }
    design.methods.push_back(std::move(spec));
  }
  return design;
}

namespace {

// Far more than any coding-round input (LeetCode's largest are about 10^5 values).
constexpr std::int64_t kMostValuesPerRead = 2'000'000;

Value ReadValueWithin(const YamlNode& node, const TypeSpec& type, const std::string& what,
                      std::int64_t& budget) {
  // Aliases let a few hundred bytes of YAML name millions of values; a budget stops that
  // before it exhausts the judge.
  if (--budget < 0) {
    Fail(node.Mark(), what + ": more than " + std::to_string(kMostValuesPerRead) +
                          " values in one input (YAML aliases can multiply a few lines into "
                          "millions)");
  }
  switch (type.kind) {
    case TypeKind::Int: return Value::Int(ReadInteger(node, kIntMin, kIntMax, what));
    case TypeKind::Long:
      return Value::Int(ReadInteger(node, std::numeric_limits<std::int64_t>::min(),
                                    std::numeric_limits<std::int64_t>::max(), what));
    case TypeKind::Double: {
      if (!node.IsScalar()) Fail(node.Mark(), what + " must be a number");
      double value = 0;
      const std::string& text = node.Scalar();
      const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
      if (ec != std::errc{} || end != text.data() + text.size()) {
        Fail(node.Mark(), what + " must be a number, not '" + text + "'");
      }
      return Value::Double(value);
    }
    case TypeKind::Bool:
      if (!node.IsScalar() || (node.Scalar() != "true" && node.Scalar() != "false")) {
        Fail(node.Mark(), what + " must be true or false");
      }
      return Value::Bool(node.Scalar() == "true");
    case TypeKind::Char:
      if (!node.IsScalar() || node.Scalar().size() != 1) {
        Fail(node.Mark(), what + " must be a single character, like \"1\"");
      }
      return Value::String(node.Scalar());
    case TypeKind::String:
      if (!node.IsScalar()) Fail(node.Mark(), what + " must be a string");
      return Value::String(node.Scalar());
    case TypeKind::List: {
      CheckNodeValues(node, what);
      Value::List items;
      for (std::size_t i = 0; i < node.size(); ++i) {
        items.push_back(
            ReadValueWithin(node[i], *type.element, what + "[" + std::to_string(i) + "]", budget));
      }
      return Value::OfList(std::move(items));
    }
    case TypeKind::TreeNode: {
      CheckNodeValues(node, what);
      Value::List items;
      for (std::size_t i = 0; i < node.size(); ++i) {
        if (node[i].IsNull()) {
          if (i == 0) Fail(node[i].Mark(), what + ": a tree's root cannot be null; write []");
          items.push_back(Value::Null());
        } else {
          items.push_back(Value::Int(ReadInteger(node[i], kIntMin, kIntMax, what)));
        }
      }
      return Value::OfList(std::move(items));
    }
    case TypeKind::ListNode:
      return ReadValueWithin(node, TypeSpec::ListOf(TypeSpec::Of(TypeKind::Int)), what, budget);
    case TypeKind::GraphNode: {
      const Value graph = ReadValueWithin(
          node, TypeSpec::ListOf(TypeSpec::ListOf(TypeSpec::Of(TypeKind::Int))), what, budget);
      const auto count = static_cast<std::int64_t>(graph.as_list().size());
      for (std::size_t i = 0; i < node.size(); ++i) {
        for (std::size_t j = 0; j < node[i].size(); ++j) {
          const std::int64_t neighbour = graph.as_list()[i].as_list()[j].as_int();
          if (neighbour < 1 || neighbour > count || neighbour == static_cast<std::int64_t>(i + 1)) {
            Fail(node[i][j].Mark(), what + ": node " + std::to_string(i + 1) +
                                        " lists neighbour " + std::to_string(neighbour) +
                                        ", not another node in 1.." + std::to_string(count));
          }
        }
      }
      return graph;
    }
    case TypeKind::Void: break;
  }
  Fail(node.Mark(), what + " has type void, which holds no value");
}

}  // namespace

Value ReadValue(const YamlNode& node, const TypeSpec& type, const std::string& what) {
  std::int64_t budget = kMostValuesPerRead;
  return ReadValueWithin(node, type, what, budget);
}

}  // namespace judge

#include "judge/problem/Signature.h"

#include <algorithm>

namespace judge {

TypeSpec Param::TestType() const {
  return node_of.empty() ? type : TypeSpec::Of(TypeKind::Int);
}

TypeSpec FunctionSignature::ResultType() const {
  if (returns_node_value) return TypeSpec::Of(TypeKind::Int);
  if (!result_param.empty()) return params[IndexOf(result_param)].type;
  return returns;
}

std::size_t FunctionSignature::IndexOf(std::string_view name) const {
  const auto found = std::ranges::find(params, name, &Param::name);
  return found == params.end() ? 0 : static_cast<std::size_t>(found - params.begin());
}

bool FunctionSignature::Uses(TypeKind kind) const {
  return returns.Uses(kind) ||
         std::ranges::any_of(params, [kind](const Param& param) { return param.type.Uses(kind); });
}

const MethodSpec* DesignSpec::FindMethod(const std::string& name) const {
  for (const MethodSpec& method : methods) {
    if (method.name == name) return &method;
  }
  return nullptr;
}

bool DesignSpec::Uses(TypeKind kind) const {
  const auto uses = [kind](const Param& param) { return param.type.Uses(kind); };
  return std::ranges::any_of(constructor, uses) ||
         std::ranges::any_of(methods, [&](const MethodSpec& method) {
           return method.returns.Uses(kind) || std::ranges::any_of(method.params, uses);
         });
}

}  // namespace judge

#include "judge/StarterTemplate.h"

#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "runners/cpp/HarnessSource.h"

namespace judge {
namespace {

// LeetCode's spelling, unqualified: containers by reference as parameters, by value as
// results.
std::string CppType(const TypeSpec& type) { return runners::cpp::CppType(type, false); }

std::string CppParams(const std::vector<Param>& params) {
  std::string text;
  for (const Param& param : params) {
    if (!param.passed()) continue;
    if (!text.empty()) text += ", ";
    const TypeSpec type = param.node_of.empty() ? param.type : TypeSpec::Of(TypeKind::TreeNode);
    text += CppType(type) + (type.kind == TypeKind::List ? "& " : " ") + param.name;
  }
  return text;
}

std::string PyType(const TypeSpec& type) {
  switch (type.kind) {
    case TypeKind::Int:
    case TypeKind::Long: return "int";
    case TypeKind::Double: return "float";
    case TypeKind::Bool: return "bool";
    case TypeKind::Char:
    case TypeKind::String: return "str";
    case TypeKind::List: return "List[" + PyType(*type.element) + "]";
    case TypeKind::TreeNode: return "Optional[TreeNode]";
    case TypeKind::ListNode: return "Optional[ListNode]";
    case TypeKind::GraphNode: return "Optional['Node']";
    case TypeKind::Void: return "None";
  }
  return "None";
}

std::string PyParams(const std::vector<Param>& params) {
  std::string text = "self";
  for (const Param& param : params) {
    if (!param.passed()) continue;
    text += ", " + param.name + ": " +
            (param.node_of.empty() ? PyType(param.type) : std::string("'TreeNode'"));
  }
  return text;
}

// A value-initialised result, so the empty template runs (and fails) instead of flowing off
// the end of a non-void function, which is undefined.
std::string CppMethod(const std::string& name, const std::vector<Param>& params,
                      const TypeSpec& returns) {
  return fmt::format("    {} {}({}) {{\n        {}\n    }}\n", CppType(returns), name,
                     CppParams(params), returns.kind == TypeKind::Void ? "" : "return {};");
}

std::string PyMethod(const std::string& name, const std::vector<Param>& params,
                     const TypeSpec& returns) {
  return fmt::format("    def {}({}) -> {}:\n        pass\n", name, PyParams(params),
                     PyType(returns));
}

std::string FunctionTemplate(const FunctionSignature& signature, Language language) {
  const bool cpp = language == Language::Cpp;
  std::string body;
  if (signature.roundtrip) {
    const TypeSpec text = TypeSpec::Of(TypeKind::String);
    const std::vector<Param> encoded = {Param{"data", text, "", ""}};
    body = cpp ? CppMethod(signature.roundtrip->encode, signature.params, text) + "\n" +
                     CppMethod(signature.roundtrip->decode, encoded, signature.params[0].type)
               : PyMethod(signature.roundtrip->encode, signature.params, text) + "\n" +
                     PyMethod(signature.roundtrip->decode, encoded, signature.params[0].type);
  } else {
    const TypeSpec returns = signature.returns_node_value ? TypeSpec::Of(TypeKind::TreeNode)
                                                          : signature.returns;
    body = cpp ? CppMethod(signature.method, signature.params, returns)
               : PyMethod(signature.method, signature.params, returns);
  }
  return cpp ? fmt::format("class {} {{\npublic:\n{}}};\n", signature.class_name, body)
             : fmt::format("class {}:\n{}", signature.class_name, body);
}

std::string DesignTemplate(const DesignSpec& design, Language language) {
  const bool cpp = language == Language::Cpp;
  std::string body;
  if (cpp) {
    body = fmt::format("    {}({}) {{\n        \n    }}\n", design.class_name,
                       CppParams(design.constructor));
    for (const MethodSpec& method : design.methods) {
      body += "\n" + CppMethod(method.name, method.params, method.returns);
    }
    return fmt::format("class {} {{\npublic:\n{}}};\n", design.class_name, body);
  }
  body = fmt::format("    def __init__({}):\n        pass\n", PyParams(design.constructor));
  for (const MethodSpec& method : design.methods) {
    body += "\n" + PyMethod(method.name, method.params, method.returns);
  }
  return fmt::format("class {}:\n{}", design.class_name, body);
}

}  // namespace

std::string ExtensionOf(Language language) { return language == Language::Cpp ? ".cpp" : ".py"; }

std::string SolutionTemplate(const Problem& problem, Language language) {
  switch (problem.mode) {
    case ProblemMode::Function: return FunctionTemplate(*problem.signature, language);
    case ProblemMode::Design: return DesignTemplate(*problem.design, language);
    case ProblemMode::Stdio: break;
  }
  return language == Language::Cpp
             ? "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    // Read "
               "stdin, write stdout.\n}\n"
             : "import sys\n\n# Read sys.stdin, print the answer.\n";
}

std::expected<std::string, std::string> StarterText(const Problem& problem, Language language) {
  const auto starter = problem.starters.find(language);
  if (starter == problem.starters.end()) return SolutionTemplate(problem, language);
  std::ifstream in(starter->second, std::ios::binary);
  if (!in) return std::unexpected("cannot read " + starter->second.string());
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace judge

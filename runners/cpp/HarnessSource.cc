#include "runners/cpp/HarnessSource.h"

#include <fmt/format.h>

namespace runners::cpp {
namespace {

using judge::TypeKind;
using judge::TypeSpec;

// Only the node types the signature uses are defined, as LeetCode does: a solution may
// declare its own `Node` (LRU Cache) wherever the graph Node is not in play.
template <class Spec>
std::string Prelude(const Spec& spec) {
  std::string text = "#include <bits/stdc++.h>\nusing namespace std;\n";
  if (spec.Uses(TypeKind::TreeNode)) text += HarnessText("LeetCodeTreeNode.inc");
  if (spec.Uses(TypeKind::ListNode)) text += HarnessText("LeetCodeListNode.inc");
  if (spec.Uses(TypeKind::GraphNode)) text += HarnessText("LeetCodeNode.inc");
  return text;
}

template <class Spec>
std::string Support(const Spec& spec) {
  std::string text(HarnessText("HarnessCore.inc"));
  if (spec.Uses(TypeKind::TreeNode)) text += HarnessText("HarnessTreeNode.inc");
  if (spec.Uses(TypeKind::ListNode)) text += HarnessText("HarnessListNode.inc");
  if (spec.Uses(TypeKind::GraphNode)) text += HarnessText("HarnessNode.inc");
  text += HarnessText("HarnessContainers.inc");
  return text;
}

std::string Assemble(std::string prelude, std::string_view candidate, std::string_view source_name,
                     std::string support, std::string_view main) {
  // #line keeps the candidate's diagnostics on the candidate's own line numbers.
  return fmt::format("{}#line 1 \"{}\"\n{}\n#line 1 \"judge-harness.cpp\"\n{}\n{}", prelude,
                     source_name, candidate, support, main);
}

// The catch clauses every case shares; `skip` runs first (a design case's unread input).
std::string CatchClauses(std::string_view skip) {
  return fmt::format(R"(    }} catch (const Rejection& rejection) {{
      {0}meter.Refused(rejection);
    }} catch (const std::exception& e) {{
      {0}meter.Threw(where + Describe(e));
    }} catch (...) {{
      {0}meter.Threw(where + "an exception that is not a std::exception");
    }}
)",
                     skip);
}

}  // namespace

std::string CppType(const TypeSpec& type, bool qualify) {
  const std::string std_ = qualify ? "std::" : "";
  switch (type.kind) {
    case TypeKind::Int: return "int";
    case TypeKind::Long: return "long long";
    case TypeKind::Double: return "double";
    case TypeKind::Bool: return "bool";
    case TypeKind::Char: return "char";
    case TypeKind::String: return std_ + "string";
    case TypeKind::List: return std_ + "vector<" + CppType(*type.element, qualify) + ">";
    case TypeKind::TreeNode: return "TreeNode*";
    case TypeKind::ListNode: return "ListNode*";
    case TypeKind::GraphNode: return "Node*";
    case TypeKind::Void: return "void";
  }
  return "void";
}

std::string FunctionHarness(const judge::FunctionSignature& signature, std::string_view candidate,
                            std::string_view source_name) {
  std::string read, link, call_args;
  for (std::size_t i = 0; i < signature.params.size(); ++i) {
    const judge::Param& param = signature.params[i];
    if (!param.node_of.empty()) {
      read += fmt::format("    long long v{0} = 0;\n    Read(input, v{0});\n", i);
    } else {
      read += fmt::format("    {0} a{1}{{}};\n    Read(input, a{1});\n", CppType(param.type), i);
    }
  }
  const auto index_of = [&](const std::string& name) { return signature.IndexOf(name); };
  for (std::size_t i = 0; i < signature.params.size(); ++i) {
    const judge::Param& param = signature.params[i];
    if (!param.node_of.empty()) {
      link += fmt::format("    TreeNode* a{} = FindNode(a{}, v{});\n", i, index_of(param.node_of), i);
    }
    if (!param.cycle_of.empty()) {
      link += fmt::format("    LinkCycle(a{}, a{});\n", index_of(param.cycle_of), i);
    }
    if (param.passed()) call_args += fmt::format("{}a{}", call_args.empty() ? "" : ", ", i);
  }

  const std::string cls = signature.class_name;
  std::string call;
  if (signature.roundtrip) {
    call = fmt::format(
        "      {0}* encoder = new {0}();\n      {0}* decoder = new {0}();\n"
        "      meter.HeapFromHere();\n      meter.Begin();\n      auto encoded = encoder->{1}({3});\n"
        "      {2} result = decoder->{4}(encoded);\n      meter.End();\n",
        cls, signature.roundtrip->encode, CppType(signature.returns), call_args,
        signature.roundtrip->decode);
  } else if (signature.returns.kind == TypeKind::Void) {
    call = fmt::format("      {0}* solution = new {0}();\n      meter.HeapFromHere();\n"
                       "      meter.Begin();\n      solution->{1}({2});\n      meter.End();\n"
                       "      auto& result = a{3};\n",
                       cls, signature.method, call_args, index_of(signature.result_param));
  } else {
    call = fmt::format("      {0}* solution = new {0}();\n      meter.HeapFromHere();\n"
                       "      meter.Begin();\n      {1} result = solution->{2}({3});\n"
                       "      meter.End();\n",
                       cls, CppType(signature.returns), signature.method, call_args);
  }
  const std::string write = signature.returns_node_value
                                ? "      if (result != nullptr) out.Int(result->val);\n"
                                  "      else out.Null();\n"
                                : "      Write(out, result);\n";
  // A copy (Clone Graph) or a decoded tree (Codec) must not hand back the input's nodes.
  const bool fresh = signature.roundtrip.has_value() || signature.returns.kind == TypeKind::GraphNode;

  const std::string main = fmt::format(R"(int main() {{
  using namespace judge_harness;
  fresh_result = {0};
  const long long first = input.Number();
  const long long count = input.Number();
  for (long long k = first; k < first + count; ++k) {{
    const long long parse_started = ThreadCpuNs();
    input_nodes.clear();
{1}{2}    CaseMeter meter(k, parse_started);
    const std::string where;
    try {{
{3}      Output out;
{4}      meter.Returned(out);
{5}  }}
  Finish();
}}
)",
                                       fresh ? "true" : "false", read, link, call, write,
                                       CatchClauses(""));
  return Assemble(Prelude(signature), candidate, source_name, Support(signature), main);
}

std::string DesignHarness(const judge::DesignSpec& design, std::string_view candidate,
                          std::string_view source_name) {
  const auto read_args = [](const std::vector<judge::Param>& params, std::string_view indent) {
    std::string read, args;
    for (std::size_t i = 0; i < params.size(); ++i) {
      read += fmt::format("{0}{1} a{2}{{}};\n{0}Read(input, a{2});\n", indent,
                          CppType(params[i].type), i);
      args += fmt::format("{}a{}", i == 0 ? "" : ", ", i);
    }
    return std::pair{read, args};
  };

  std::string names = "\"" + design.class_name + "\"";
  std::string cases;
  for (std::size_t m = 0; m < design.methods.size(); ++m) {
    const judge::MethodSpec& method = design.methods[m];
    names += ", \"" + method.name + "\"";
    const auto [read, args] = read_args(method.params, "          ");
    std::string call;
    if (method.returns.kind == TypeKind::Void) {
      call = fmt::format("          meter.Begin();\n          object->{}({});\n"
                         "          meter.End();\n          out.Null();\n",
                         method.name, args);
    } else {
      call = fmt::format("          meter.Begin();\n          {} r = object->{}({});\n"
                         "          meter.End();\n          Write(out, r);\n",
                         CppType(method.returns), method.name, args);
    }
    cases += fmt::format(
        "        case {0}: {{\n          if (arity != {1}) Fail(\"wrong number of arguments\");\n"
        "{2}          ++done;\n{3}          break;\n        }}\n",
        m + 1, method.params.size() + 1, read, call);
  }
  const auto [ctor_read, ctor_args] = read_args(design.constructor, "    ");

  const std::string main = fmt::format(R"(int main() {{
  using namespace judge_harness;
  static const char* const kNames[] = {{{0}}};
  const long long first = input.Number();
  const long long count = input.Number();
  for (long long k = first; k < first + count; ++k) {{
    const long long parse_started = ThreadCpuNs();
    input_nodes.clear();
    const std::size_t operations = input.ExpectList();
    if (operations == 0 || input.ExpectList() != {1} || input.ExpectInt() != 0) {{
      Fail("a design case starts by constructing the class");
    }}
{2}    CaseMeter meter(k, parse_started);
    std::size_t done = 1;  // operations whose input has been read
    std::string where = "the constructor: ";
    Output out;
    out.List(operations);
    try {{
      meter.Begin();
      {3}* object = new {3}({4});
      meter.End();
      out.Null();
      while (done < operations) {{
        const std::size_t arity = input.ExpectList();
        const long long method = input.ExpectInt();
        if (method < 1 || method > {5}) Fail("no such method");
        where = "operation " + std::to_string(done) + " (" + kNames[method] + "): ";
        switch (method) {{
{6}        }}
      }}
      meter.Returned(out);
{7}  }}
  Finish();
}}
)",
                                       names, design.constructor.size() + 1, ctor_read,
                                       design.class_name, ctor_args, design.methods.size(), cases,
                                       CatchClauses("for (; done < operations; ++done) input.SkipValue();\n      "));
  return Assemble(Prelude(design), candidate, source_name, Support(design), main);
}

}  // namespace runners::cpp

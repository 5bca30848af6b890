#include "runners/python/PythonEntry.h"

#include <unistd.h>

#include <pybind11/pybind11.h>

#include <string_view>

#include "runners/call/ValueWire.h"
#include "runners/python/PythonCalls.h"
#include "runners/python/PythonInterpreter.h"
#include "sandbox/WriteFully.h"

namespace py = pybind11;

namespace runners::python {
namespace {

using judge::TypeSpec;
using judge::Value;

Value ParamsValue(const std::vector<judge::Param>& params) {
  Value::List list;
  for (const auto& param : params) {
    list.push_back(Value::OfList({Value::String(param.name), Value::String(param.type.ToString()),
                                  Value::String(param.node_of), Value::String(param.cycle_of)}));
  }
  return Value::OfList(std::move(list));
}

std::vector<judge::Param> ParamsFrom(const Value& value) {
  std::vector<judge::Param> params;
  for (const Value& item : value.as_list()) {
    const auto& fields = item.as_list();
    params.push_back(judge::Param{fields[0].as_string(), *TypeSpec::Parse(fields[1].as_string()),
                                  fields[2].as_string(), fields[3].as_string()});
  }
  return params;
}

int CheckSyntax(const std::string& source) {
  auto code = CompileSource(source);
  if (code) return 0;
  sandbox::WriteFully(1, code.error());
  return 1;
}

int RunStdio(const std::string& source, std::size_t stack_bytes) {
  int exit_code = 0;
  RunOnBigStack(stack_bytes, [&] {
    py::module_ sys = py::module_::import("sys");
    InstallChildStreams();
    try {
      py::dict globals = FreshNamespace("__main__");
      // The supervisor checked the syntax before any run: this does not fail but by a bug.
      if (auto code = CompileSource(source)) {
        RunModule(source, *code, globals);
      } else {
        sandbox::WriteFully(2, code.error());
        exit_code = 1;
      }
    } catch (py::error_already_set& error) {
      if (error.matches(PyExc_SystemExit)) {
        py::object code = error.value().attr("code");
        exit_code = code.is_none() ? 0 : PyLong_Check(code.ptr()) ? code.cast<int>() : 1;
      } else {
        sandbox::WriteFully(2, DescribeError(error) + "\n");
        exit_code = error.matches(PyExc_MemoryError) ? kMemoryErrorExit : 1;
      }
    }
    try {
      sys.attr("stdout").attr("flush")();
      sys.attr("stderr").attr("flush")();
    } catch (py::error_already_set&) {
    }
  });
  return exit_code;
}

}  // namespace

std::string CheckPayload(const std::string& source) {
  return ToWire(Value::OfList({Value::String("check"), Value::String(source)}));
}

std::string StdioPayload(const std::string& source) {
  return ToWire(Value::OfList({Value::String("stdio"), Value::String(source)}));
}

std::string CallsPayload(const std::string& source, const Task& task, std::int64_t stack_bytes,
                         std::int64_t memory_pass_below_ns) {
  Value::List spec{Value::String("calls"), Value::String(source),
                   Value::OfList({Value::Int(stack_bytes), Value::Int(memory_pass_below_ns),
                                  Value::Int(task.count_operations ? 1 : 0)})};
  if (task.mode == judge::ProblemMode::Design) {
    const auto& design = *task.design;
    Value::List methods;
    for (const auto& method : design.methods) {
      methods.push_back(Value::OfList({Value::String(method.name), ParamsValue(method.params),
                                       Value::String(method.returns.ToString())}));
    }
    spec.insert(spec.end(), {Value::String("design"), Value::String(design.class_name),
                             ParamsValue(design.constructor), Value::OfList(std::move(methods))});
  } else {
    const auto& signature = *task.signature;
    spec.insert(spec.end(),
                {Value::String("function"), Value::String(signature.class_name),
                 Value::String(signature.method), ParamsValue(signature.params),
                 Value::String(signature.returns.ToString()), Value::Bool(signature.returns_node_value),
                 Value::String(signature.result_param),
                 Value::String(signature.roundtrip ? signature.roundtrip->encode : ""),
                 Value::String(signature.roundtrip ? signature.roundtrip->decode : "")});
  }
  return ToWire(Value::OfList(std::move(spec)));
}

int RunPythonEntry(const std::string& payload) {
  WireReader reader(payload);
  auto parsed = reader.Next();
  if (!parsed || !parsed->is_list() || parsed->as_list().size() < 2) return 120;
  const auto& fields = parsed->as_list();
  const std::string& kind = fields[0].as_string();
  const std::string& source = fields[1].as_string();
  if (kind == "check") return CheckSyntax(source);
  if (kind == "stdio") return RunStdio(source, 256 << 20);
  Task task;
  const auto stack_bytes = static_cast<std::size_t>(fields[2].as_list()[0].as_int());
  const std::int64_t memory_pass_below_ns = fields[2].as_list()[1].as_int();
  task.count_operations = fields[2].as_list().size() > 2 && fields[2].as_list()[2].as_int() != 0;
  if (fields[3].as_string() == "design") {
    task.mode = judge::ProblemMode::Design;
    auto& design = task.design.emplace();
    design.class_name = fields[4].as_string();
    design.constructor = ParamsFrom(fields[5]);
    for (const Value& method : fields[6].as_list()) {
      const auto& parts = method.as_list();
      design.methods.push_back(judge::MethodSpec{
          parts[0].as_string(), ParamsFrom(parts[1]), *TypeSpec::Parse(parts[2].as_string())});
    }
  } else {
    task.mode = judge::ProblemMode::Function;
    auto& signature = task.signature.emplace();
    signature.class_name = fields[4].as_string();
    signature.method = fields[5].as_string();
    signature.params = ParamsFrom(fields[6]);
    signature.returns = *TypeSpec::Parse(fields[7].as_string());
    signature.returns_node_value = fields[8].as_bool();
    signature.result_param = fields[9].as_string();
    if (!fields[10].as_string().empty()) {
      signature.roundtrip = judge::Roundtrip{fields[10].as_string(), fields[11].as_string()};
    }
  }
  return RunCalls(source, task, stack_bytes, memory_pass_below_ns);
}

}  // namespace runners::python

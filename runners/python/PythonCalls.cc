#include "runners/python/PythonCalls.h"

#include <fcntl.h>
#include <time.h>
#include <unistd.h>

#include <pybind11/pybind11.h>

#include <algorithm>
#include <cerrno>
#include <string_view>
#include <vector>

#include "runners/call/ValueWire.h"
#include "runners/python/PythonInterpreter.h"
#include "runners/python/PythonValues.h"
#include "sandbox/WriteFully.h"

namespace py = pybind11;

namespace runners::python {
namespace {

using judge::TypeKind;
using judge::Value;

int results_fd = 1;

// Writes all of `text` to the result channel; a channel that fails is the end of the run.
void WriteToChannel(std::string_view text) {
  if (!sandbox::WriteFully(results_fd, text)) _exit(121);
}

void Record(char tag, std::size_t index, const std::string& rest) {
  WriteToChannel(std::string(1, tag) + " " + std::to_string(index) + " " + rest + "\n");
}

std::int64_t ThreadCpuNs() {
  timespec now;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return std::int64_t{now.tv_sec} * 1'000'000'000 + now.tv_nsec;
}

// One case's parameters as Python objects, in signature order, node_of and cycle_of
// applied (a cycle_of parameter stays in the list but is not passed to the method).
std::vector<py::object> FunctionArgs(const judge::FunctionSignature& signature,
                                     const std::vector<Value>& values, InputNodes& inputs) {
  std::vector<py::object> objects;
  for (std::size_t i = 0; i < signature.params.size(); ++i) {
    objects.push_back(ToPython(values[i], signature.params[i].TestType(), PreludeGlobals(), inputs));
  }
  for (std::size_t i = 0; i < signature.params.size(); ++i) {
    const judge::Param& param = signature.params[i];
    if (!param.node_of.empty()) {
      // The node of the tree holding this val (unique, as the loader checked).
      std::vector<py::object> stack{objects[signature.IndexOf(param.node_of)]};
      py::object found = py::none();
      while (!stack.empty()) {
        py::object node = stack.back();
        stack.pop_back();
        if (node.is_none()) continue;
        if (node.attr("val").cast<std::int64_t>() == values[i].as_int()) found = node;
        stack.push_back(node.attr("left"));
        stack.push_back(node.attr("right"));
      }
      objects[i] = found;
    }
    if (!param.cycle_of.empty() && values[i].as_int() >= 0) {
      py::object head = objects[signature.IndexOf(param.cycle_of)];
      py::object target = py::none(), tail = head;
      for (std::int64_t k = 0; !tail.is_none(); ++k) {
        if (k == values[i].as_int()) target = tail;
        if (tail.attr("next").is_none()) break;
        tail = tail.attr("next");
      }
      if (!tail.is_none()) tail.attr("next") = target;
    }
  }
  return objects;
}

// Operation counting, for the budget series: a C trace function counts the lines of Python
// the call executes, a figure that repeats exactly run after run (work done inside C, such
// as sorted(), shows only in the CPU time, the judge's cross-check).
std::int64_t traced_lines = 0;

int CountLine(PyObject*, PyFrameObject*, int what, PyObject*) {
  if (what == PyTrace_LINE) ++traced_lines;
  return 0;
}

// Counts the lines of the calls between Start and Stop, across many calls (a design case's
// operations) with the harness's own lines in between left out.
class LineCount {
 public:
  LineCount() = default;
  LineCount(const LineCount&) = delete;
  LineCount& operator=(const LineCount&) = delete;
  // A call that threw would leave the counter installed, tracing the harness's own lines.
  ~LineCount() {
    if (running_) PyEval_SetTrace(nullptr, nullptr);
  }
  void Start() {
    traced_lines = 0;
    running_ = true;
    PyEval_SetTrace(CountLine, nullptr);
  }
  // Adds the lines since Start.
  void Stop() {
    still_counting_ = still_counting_ && PyThreadState_Get()->c_tracefunc == CountLine;
    PyEval_SetTrace(nullptr, nullptr);
    running_ = false;
    lines_ += traced_lines;
  }
  // -1 once the candidate's code removed the counter: its figure is not believed.
  std::int64_t lines() const { return still_counting_ ? lines_ : -1; }

 private:
  std::int64_t lines_ = 0;
  bool still_counting_ = true;
  bool running_ = false;
};

// `operations`: null when not counting; set to -1 when the candidate's code removed the
// counter (sys.settrace(None)), so that its figure is not believed.
py::object CallFunction(const judge::FunctionSignature& signature, py::dict& globals,
                        const std::vector<py::object>& params, std::int64_t* cpu_ns,
                        std::int64_t* operations) {
  py::list passed;
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (signature.params[i].passed()) passed.append(params[i]);
  }
  py::tuple arguments(passed);
  py::object cls = globals[signature.class_name.c_str()];
  std::int64_t started = 0;
  py::object result;
  LineCount lines;
  if (signature.roundtrip) {
    py::object encoder = cls(), decoder = cls();
    started = ThreadCpuNs();
    py::object encoded = encoder.attr(signature.roundtrip->encode.c_str())(*arguments);
    result = decoder.attr(signature.roundtrip->decode.c_str())(encoded);
  } else {
    py::object solution = cls();
    py::object method = solution.attr(signature.method.c_str());
    if (operations != nullptr) lines.Start();
    started = ThreadCpuNs();
    result = method(*arguments);
  }
  *cpu_ns = ThreadCpuNs() - started;
  if (operations != nullptr) {
    lines.Stop();
    *operations = lines.lines();
  }
  return result;
}

// One operation of a design case, its arguments already Python objects.
struct DesignOperation {
  std::size_t method;  // 0: the constructor; k: the design's k-th method
  std::string name;
  py::tuple arguments;
};

std::vector<DesignOperation> DesignOperations(const judge::DesignSpec& design, const Value& operations,
                                              InputNodes& inputs) {
  std::vector<DesignOperation> converted;
  for (const Value& operation : operations.as_list()) {
    const auto& parts = operation.as_list();
    const std::size_t method = static_cast<std::size_t>(parts[0].as_int());
    const auto& params = method == 0 ? design.constructor : design.methods[method - 1].params;
    py::list arguments;
    for (std::size_t i = 0; i < params.size(); ++i) {
      arguments.append(ToPython(parts[i + 1], params[i].type, PreludeGlobals(), inputs));
    }
    converted.push_back({method, method == 0 ? design.class_name : design.methods[method - 1].name,
                         py::tuple(arguments)});
  }
  return converted;
}

// Runs a design case's operations on a fresh object, adding each call's CPU time to
// `cpu_ns` (and, with `operations`, the lines they executed). With `results`, every
// operation's result is converted there (null for the constructor and void methods) and
// `where` names the operation running; returns the object, whose memory the caller may
// still be measuring.
py::object RunDesign(const judge::DesignSpec& design, py::dict& globals,
                     const std::vector<DesignOperation>& operations, InputNodes& inputs,
                     std::int64_t* cpu_ns, std::string* where, Value::List* results,
                     std::int64_t* counted = nullptr) {
  py::object object;
  LineCount lines;
  for (std::size_t k = 0; k < operations.size(); ++k) {
    const DesignOperation& operation = operations[k];
    if (where) *where = "operation " + std::to_string(k) + " (" + operation.name + "): ";
    if (counted) lines.Start();
    const std::int64_t started = ThreadCpuNs();
    if (operation.method == 0) {
      object = globals[design.class_name.c_str()](*operation.arguments);
      *cpu_ns += ThreadCpuNs() - started;
      if (counted) lines.Stop();
      if (results) results->push_back(Value::Null());
    } else {
      py::object returned = object.attr(operation.name.c_str())(*operation.arguments);
      *cpu_ns += ThreadCpuNs() - started;
      if (counted) lines.Stop();
      const auto& returns = design.methods[operation.method - 1].returns;
      if (results) {
        results->push_back(returns.kind == TypeKind::Void ? Value::Null()
                                                          : FromPython(returned, returns, inputs, false));
      }
    }
  }
  if (counted) *counted = lines.lines();
  return object;
}

}  // namespace

int RunCalls(const std::string& source, const Task& task, std::size_t stack_bytes,
             std::int64_t memory_pass_below_ns) {
  // Design mode has no signature; its calls never look at this empty one.
  static const judge::FunctionSignature kNoSignature;
  const judge::FunctionSignature& signature = task.signature ? *task.signature : kNoSignature;
  // The original stdout carries the records; the candidate's prints go to stderr.
  results_fd = fcntl(1, F_DUPFD_CLOEXEC, 3);
  close(1);
  fcntl(2, F_DUPFD, 1);
  std::string input;
  {
    char buffer[1 << 16];
    ssize_t n;
    while ((n = read(0, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR)) {
      if (n > 0) input.append(buffer, static_cast<std::size_t>(n));
    }
  }
  RunOnBigStack(stack_bytes, [&] {
    py::module_ sys = py::module_::import("sys");
    InstallChildStreams();
    py::module_ tracemalloc = py::module_::import("_tracemalloc");
    WireReader reader(input);
    const auto first = reader.NextInt();
    const auto count = reader.NextInt();
    if (!first || !count) {
      WriteToChannel("P " + ToWire(Value::String("bad header")) + "\n");
      return;
    }
    // Compiled here rather than in a process of its own: a source that does not compile
    // is the whole run's answer (a "C" record), before any of its code runs.
    auto code = CompileSource(source);
    if (!code) {
      WriteToChannel("C " + ToWire(Value::String(code.error())) + "\n");
      return;
    }
    // The candidate's module runs once; its failure fails every case the same way.
    py::dict globals = FreshNamespace("solution");
    std::string load_error;
    try {
      RunModule(source, *code, globals);
      const std::string& cls = task.mode == judge::ProblemMode::Design ? task.design->class_name
                                                                        : signature.class_name;
      if (!globals.contains(cls.c_str())) load_error = "NameError: class " + cls + " is not defined";
    } catch (py::error_already_set& error) {
      load_error = DescribeError(error);
    }
    // Every case starts from the recursion limit the module left (a solution often sets
    // it at the top of its file): one call's sys.setrecursionlimit does not carry over.
    const py::object default_recursion_limit = sys.attr("getrecursionlimit")();
    const bool fresh = signature.roundtrip.has_value() ||
                       signature.returns.kind == TypeKind::GraphNode;
    for (std::int64_t k = *first; k < *first + *count; ++k) {
      const std::size_t index = static_cast<std::size_t>(k);
      const std::int64_t parse_started = ThreadCpuNs();
      sys.attr("setrecursionlimit")(default_recursion_limit);
      // Read this case's values (the supervisor wrote them; still checked).
      std::vector<Value> values;
      const std::size_t arity = task.mode == judge::ProblemMode::Design ? 1 : signature.params.size();
      for (std::size_t i = 0; i < arity; ++i) {
        auto value = reader.Next();
        if (!value) {
          WriteToChannel("P " + ToWire(Value::String(value.error())) + "\n");
          return;
        }
        values.push_back(*std::move(value));
      }
      InputNodes inputs;
      inputs.track = fresh;
      std::vector<py::object> args;
      if (task.mode == judge::ProblemMode::Function && load_error.empty()) {
        args = FunctionArgs(signature, values, inputs);
      }
      Record('S', index, std::to_string(ThreadCpuNs() - parse_started));
      if (!load_error.empty()) {
        Record('E', index, "0 0 " + ToWire(Value::String(load_error)));
        continue;
      }
      std::int64_t cpu_ns = 0;
      std::int64_t operations = -1;
      std::string where;
      try {
        Value result;
        if (task.mode == judge::ProblemMode::Function) {
          py::object returned = CallFunction(signature, globals, args, &cpu_ns,
                                             task.count_operations ? &operations : nullptr);
          if (signature.returns_node_value) {
            result = returned.is_none() ? Value::Null() : Value::Int(NodeVal(returned));
          } else if (!signature.result_param.empty()) {
            result = FromPython(args[signature.IndexOf(signature.result_param)],
                                signature.ResultType(), inputs, false);
          } else {
            result = FromPython(returned, signature.returns, inputs, fresh);
          }
        } else {
          // Design: [[0, ctor args...], [method, args...], ...]
          Value::List results;
          RunDesign(*task.design, globals, DesignOperations(*task.design, values[0], inputs), inputs,
                    &cpu_ns, &where, &results, task.count_operations ? &operations : nullptr);
          where.clear();
          result = Value::OfList(std::move(results));
        }
        if (operations >= 0) Record('O', index, std::to_string(operations));
        // The heap figure comes from the memory pass below.
        Record('R', index, std::to_string(cpu_ns) + " 0 " + ToWire(result));
      } catch (py::error_already_set& error) {
        if (cpu_ns == 0) cpu_ns = 1;
        Record('E', index, std::to_string(cpu_ns) + " 0 " + ToWire(Value::String(where + DescribeError(error))));
        continue;
      } catch (const Rejection& rejection) {
        Record('X', index, std::to_string(cpu_ns) + " 0 " + ToWire(Value::String(where + rejection.why)));
        continue;
      } catch (const std::bad_alloc&) {
        // The harness's own C++ (building the result's value) ran out of the memory cap.
        Record('E', index, std::to_string(cpu_ns) + " 0 " + ToWire(Value::String("MemoryError")));
        continue;
      }
      // The memory pass: the same call again under tracemalloc, which would distort the
      // timing above. A death here costs only this figure.
      if (cpu_ns > memory_pass_below_ns) {
        // tracemalloc slows a call up to ten times: a call this long could run out of time
        // in the memory pass. Its memory stays unknown rather than cost a process.
        Record('H', index, "-1");
        continue;
      }
      Record('M', index, "");
      try {
        // Inputs are built before tracing starts: only what the calls allocate counts.
        InputNodes again;
        std::vector<py::object> fresh_args;
        std::vector<DesignOperation> operations;
        if (task.mode == judge::ProblemMode::Function) {
          fresh_args = FunctionArgs(signature, values, again);
        } else {
          operations = DesignOperations(*task.design, values[0], again);
        }
        std::int64_t ignored = 0;
        sys.attr("setrecursionlimit")(default_recursion_limit);
        tracemalloc.attr("start")();
        tracemalloc.attr("reset_peak")();
        const py::tuple before = tracemalloc.attr("get_traced_memory")();
        py::object kept;  // the result stays alive until measured, as in the timed pass
        if (task.mode == judge::ProblemMode::Function) {
          kept = CallFunction(signature, globals, fresh_args, &ignored, nullptr);
        } else {
          kept = RunDesign(*task.design, globals, operations, again, &ignored, nullptr, nullptr);
        }
        const py::tuple traced = tracemalloc.attr("get_traced_memory")();
        tracemalloc.attr("stop")();
        const auto peak = traced[1].cast<std::int64_t>() - before[0].cast<std::int64_t>();
        Record('H', index, std::to_string(std::max<std::int64_t>(0, peak)));
      } catch (py::error_already_set& error) {
        tracemalloc.attr("stop")();
        Record('H', index, "-1");
      }
    }
    WriteToChannel("D\n");
    try {
      sys.attr("stdout").attr("flush")();
      sys.attr("stderr").attr("flush")();
    } catch (py::error_already_set&) {
    }
  });
  return 0;
}

}  // namespace runners::python

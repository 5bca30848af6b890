#include "runners/python/PythonInterpreter.h"

#include <pthread.h>
#include <sys/resource.h>

#include <pybind11/embed.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace py = pybind11;

namespace runners::python {
namespace {

// The prelude's globals, kept by the zygote for every child to copy.
py::dict* prelude_globals = nullptr;

void RegisterSource(const std::string& source) {
  // Tracebacks show the candidate's lines although no file exists in the sandbox.
  py::module_ linecache = py::module_::import("linecache");
  py::list lines = py::str(source).attr("splitlines")(true);
  linecache.attr("cache")[kSourceName] = py::make_tuple(source.size(), py::none(), lines, kSourceName);
}

// Everything the zygote has allocated moves to the collector's permanent generation: a
// child's collections then never walk (and so never copy-on-write) the inherited heap.
void FreezeHeap() {
  py::module_ gc = py::module_::import("gc");
  gc.attr("collect")();
  gc.attr("freeze")();
}

}  // namespace

void WarmUpInterpreter() {
  PyConfig config;
  PyConfig_InitIsolatedConfig(&config);
  config.use_hash_seed = 1;
  config.hash_seed = kPythonHashSeed;
  config.install_signal_handlers = 0;
  config.write_bytecode = 0;
  py::initialize_interpreter(&config, 0, nullptr, false);
  prelude_globals = new py::dict();
  (*prelude_globals)["__builtins__"] = py::module_::import("builtins");
  py::exec(std::string(PythonText("prelude.py")), *prelude_globals);
  // What the children need but cannot import once sandboxed.
  for (const char* module : {"traceback", "linecache", "tracemalloc", "io", "builtins", "gc"}) {
    py::module_::import(module);
  }
  FreezeHeap();
}

void WarmUpInterpreterWithNumpy() {
  // BLAS must not start threads: the zygote forks, and timings must be single-core.
  for (const char* variable : {"OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"}) {
    setenv(variable, "1", 1);
  }
  WarmUpInterpreter();
  py::exec("import numpy\nimport numpy as np\n", *prelude_globals);
  FreezeHeap();
}

const char* PythonVersion() { return PY_VERSION; }

const py::dict& PreludeGlobals() { return *prelude_globals; }

py::dict FreshNamespace(const char* name) {
  py::dict globals = PreludeGlobals().attr("copy")();
  globals["__name__"] = name;
  globals["__builtins__"] = py::module_::import("builtins");
  return globals;
}

// Runs the candidate's module; the code object keeps solution.py as its file name.
void RunModule(const std::string& source, py::dict& globals) {
  RegisterSource(source);
  py::module_ builtins = py::module_::import("builtins");
  builtins.attr("exec")(builtins.attr("compile")(source, kSourceName, "exec"), globals);
}

// "ZeroDivisionError: division by zero", then the traceback's frames in the candidate's file.
std::string DescribeError(py::error_already_set& error) {
  try {
    py::module_ traceback = py::module_::import("traceback");
    py::object value = error.value();
    std::string text = py::str(py::str("").attr("join")(
        traceback.attr("format_exception_only")(error.type(), value)));
    // Only the candidate's own frames; a runaway recursion's thousands of identical frames
    // fold into one line, and only the innermost frames are kept.
    std::vector<std::string> lines;
    std::string previous;
    int repeats = 0;
    const auto flush_repeats = [&] {
      if (repeats > 0) lines.push_back("  [the line above repeated " + std::to_string(repeats) + " more times]");
      repeats = 0;
    };
    for (py::handle frame : traceback.attr("extract_tb")(error.trace())) {
      if (py::str(frame.attr("filename")).cast<std::string>() != kSourceName) continue;
      std::string line = "  line " + py::str(frame.attr("lineno")).cast<std::string>() + ", in " +
                         py::str(frame.attr("name")).cast<std::string>() + ": " +
                         py::str(frame.attr("line")).cast<std::string>();
      if (line == previous) {
        ++repeats;
        continue;
      }
      flush_repeats();
      lines.push_back(line);
      previous = std::move(line);
    }
    flush_repeats();
    constexpr std::size_t kKeptLines = 12;
    std::string frames;
    if (lines.size() > kKeptLines) frames = "  [" + std::to_string(lines.size() - kKeptLines) + " outer lines cut]\n";
    for (std::size_t i = lines.size() > kKeptLines ? lines.size() - kKeptLines : 0; i < lines.size(); ++i) {
      frames += lines[i] + "\n";
    }
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return frames.empty() ? text : text + "\n" + frames;
  } catch (...) {
    return error.what();
  }
}

void RunOnBigStack(std::size_t stack_bytes, const std::function<void()>& work) {
  // Where RLIMIT_AS stands in for a memory cgroup, a stack's reservation counts as if it
  // were used: keep it to a part of the allowance, so the heap keeps the rest.
  rlimit address_space{};
  if (getrlimit(RLIMIT_AS, &address_space) == 0 && address_space.rlim_cur != RLIM_INFINITY) {
    stack_bytes = std::min<std::size_t>(stack_bytes, 64 << 20);
  }
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_attr_setstacksize(&attributes, stack_bytes);
  struct Job {
    const std::function<void()>* work;
  } job{&work};
  pthread_t thread;
  py::gil_scoped_release release;
  const auto body = [](void* argument) -> void* {
    py::gil_scoped_acquire acquire;
    (*static_cast<Job*>(argument)->work)();
    return nullptr;
  };
  if (pthread_create(&thread, &attributes, body, &job) != 0) {
    // No thread: run here, with the main stack.
    py::gil_scoped_acquire acquire;
    work();
  } else {
    pthread_join(thread, nullptr);
  }
  pthread_attr_destroy(&attributes);
}

}  // namespace runners::python

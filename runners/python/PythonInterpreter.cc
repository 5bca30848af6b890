#include "runners/python/PythonInterpreter.h"

#include <sys/mman.h>
#include <sys/resource.h>
#include <ucontext.h>
#include <unistd.h>

#include <pybind11/embed.h>

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <stdexcept>
#include <vector>

namespace py = pybind11;

namespace runners::python {
namespace {

// The prelude's globals, kept by the zygote for every child to copy.
py::dict* prelude_globals = nullptr;
// What a solution's globals fall back to: the builtins, overridden by the prelude's names.
py::dict* prelude_builtins = nullptr;
// Whether the zygote set sys.stdin, sys.stdout and sys.stderr up for its children.
bool streams_ready = false;

// The work RunOnBigStack runs on its stack; makecontext passes no pointer portably.
struct StackJob {
  const std::function<void()>* work;
  std::exception_ptr error;  // carried back across the stack switch, which no exception may unwind
};
StackJob* current_job = nullptr;

void RunCurrentJob() {
  try {
    (*current_job->work)();
  } catch (...) {
    current_job->error = std::current_exception();
  }
}

// The candidate's source, by line, for tracebacks: no file of it exists in the sandbox.
std::vector<std::string> source_lines;

void RegisterSource(const std::string& source) {
  source_lines.clear();
  std::size_t start = 0;
  while (start <= source.size()) {
    std::size_t end = source.find('\n', start);
    if (end == std::string::npos) end = source.size();
    source_lines.push_back(source.substr(start, end - start));
    start = end + 1;
  }
}

// A source line as tracebacks show it: without its indentation.
std::string SourceLine(long number) {
  if (number < 1 || static_cast<std::size_t>(number) > source_lines.size()) return "";
  const std::string& line = source_lines[static_cast<std::size_t>(number) - 1];
  const std::size_t first = line.find_first_not_of(" \t");
  const std::size_t last = line.find_last_not_of(" \t\r");
  return first == std::string::npos ? "" : line.substr(first, last - first + 1);
}

// "ZeroDivisionError: division by zero", as traceback.format_exception_only says it.
std::string ExceptionLine(const py::handle& type, const py::handle& value) {
  std::string name = py::str(type.attr("__qualname__"));
  const std::string module = py::str(type.attr("__module__"));
  if (module != "builtins" && module != "__main__" && module != "solution") name = module + "." + name;
  std::string text;
  try {
    text = py::str(value);
  } catch (py::error_already_set&) {
    text = "<exception str() failed>";
  }
  return text.empty() ? name : name + ": " + text;
}

// Streams on descriptors 0, 1 and 2 by number (a child's own stdio takes those numbers),
// with explicit buffering and UTF-8 rather than what the judge's terminal and locale imply.
void InstallStreams() {
  py::module_ io = py::module_::import("io");
  py::module_ sys = py::module_::import("sys");
  const auto open = [&](int fd, const char* mode, const char* errors) {
    return io.attr("open")(fd, mode, py::arg("buffering") = 1 << 16, py::arg("encoding") = "utf-8",
                           py::arg("errors") = errors, py::arg("closefd") = false);
  };
  sys.attr("stdin") = open(0, "r", "strict");
  sys.attr("stdout") = open(1, "w", "strict");
  sys.attr("stderr") = open(2, "w", "backslashreplace");
}

// Runs a small solution the way a child would, so that the caches and pools a child's
// first run fills are filled here, once: a child then only reads those pages, and each
// page it writes is a copy-on-write fault (tens of microseconds on a VM).
void Rehearse() {
  // Not any problem's solution: common constructs only (a class, hints, loops, a dict).
  const std::string source = R"(class Solution:
    def rehearse(self, values: List[int], limit: int) -> Optional[List[int]]:
        counts = defaultdict(int)
        queue = deque(values)
        best = []
        while queue:
            value = queue.popleft()
            counts[value] += 1
            if value < limit and counts[value] == 1:
                best.append(value)
        return sorted(best) if best else None
)";
  auto code = CompileSource(source);
  if (!code) throw std::runtime_error("the rehearsal does not compile: " + code.error());
  py::dict globals = FreshNamespace("solution");
  RunModule(source, *code, globals);
  py::module_ tracemalloc = py::module_::import("_tracemalloc");
  tracemalloc.attr("start")();
  globals["Solution"]().attr("rehearse")(py::make_tuple(2, 7, 11, 7), 9);
  tracemalloc.attr("stop")();
}

void WarmUp(bool numpy) {
  PyConfig config;
  PyConfig_InitIsolatedConfig(&config);
  config.use_hash_seed = 1;
  config.hash_seed = kPythonHashSeed;
  config.install_signal_handlers = 0;
  config.write_bytecode = 0;
  // No `site`: it would run whatever .pth files this machine's site-packages hold (code
  // that imports and writes files, here). The packages the prelude needs are Debian's, at
  // the paths `site` would add for them.
  config.site_import = 0;
  // The interpreter is the judge: no search of PATH for a python3 (pyenv's shims, here)
  // and no pyvenv.cfg next to one; the standard library is Debian's, where the build found it.
  PyConfig_SetString(&config, &config.home, L"" JUDGE_PYTHON_PREFIX);
  if (char self[4096]; readlink("/proc/self/exe", self, sizeof self - 1) > 0) {
    self[sizeof self - 1] = '\0';
    PyConfig_SetBytesString(&config, &config.executable, self);
  }
  py::initialize_interpreter(&config, 0, nullptr, false);
  py::module_ gc = py::module_::import("gc");
  // Collections while loading modules only cost time: everything loaded stays.
  gc.attr("disable")();
  py::module_ sys = py::module_::import("sys");
  const std::string prefix = JUDGE_PYTHON_PREFIX;
  sys.attr("path").attr("append")(prefix + "/lib/python3/dist-packages");
  sys.attr("path").attr("append")(prefix + "/lib/python" + std::to_string(PY_MAJOR_VERSION) + "." +
                                  std::to_string(PY_MINOR_VERSION) + "/dist-packages");

  prelude_globals = new py::dict();
  (*prelude_globals)["__builtins__"] = py::module_::import("builtins");
  py::exec(std::string(PythonText("prelude.py")), *prelude_globals);
  if (numpy) py::exec("import numpy\nimport numpy as np\n", *prelude_globals);
  // What the children need but cannot import once sandboxed (_tracemalloc, not tracemalloc,
  // which would bring pickle and more along).
  for (const char* module : {"_tracemalloc", "io"}) py::module_::import(module);
  prelude_builtins = new py::dict(py::module_::import("builtins").attr("__dict__").attr("copy")());
  for (auto [name, value] : *prelude_globals) {
    if (!py::str(name).cast<std::string>().starts_with("__")) (*prelude_builtins)[name] = value;
  }
  try {
    // Made here, a child's streams cost it nothing; the zygote itself never prints.
    InstallStreams();
    streams_ready = true;
  } catch (py::error_already_set&) {
    // The judge runs without one of its standard descriptors: each child makes its own.
  }
  Rehearse();
  // Everything the zygote allocated moves to the collector's permanent generation: a
  // child's collections then never walk (and so never copy-on-write) the inherited heap.
  gc.attr("freeze")();
  gc.attr("enable")();
}

}  // namespace

void WarmUpInterpreter() { WarmUp(false); }

void WarmUpInterpreterWithNumpy() {
  // BLAS must not start threads: the zygote forks, and timings must be single-core.
  for (const char* variable : {"OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"}) {
    setenv(variable, "1", 1);
  }
  WarmUp(true);
}

const char* PythonVersion() { return PY_VERSION; }

const py::dict& PreludeGlobals() { return *prelude_globals; }

py::dict FreshNamespace(const char* name) {
  // The prelude's names are found as builtins are, after the module's own: a solution may
  // shadow TreeNode with its own class, and no copy of hundreds of names (each a refcount
  // write, so a copied page) is made per run.
  py::dict globals;
  globals["__name__"] = name;
  globals["__builtins__"] = *prelude_builtins;
  return globals;
}

void InstallChildStreams() {
  if (!streams_ready) InstallStreams();
}

std::expected<py::object, std::string> CompileSource(const std::string& source) {
  try {
    // The code object keeps solution.py as its file name, for tracebacks.
    return py::module_::import("builtins").attr("compile")(source, kSourceName, "exec");
  } catch (py::error_already_set& error) {
    if (!error.matches(PyExc_SyntaxError)) return std::unexpected(DescribeError(error));
    py::object value = error.value();
    std::string message = std::string(kSourceName) + ":" +
                          py::str(value.attr("lineno")).cast<std::string>() + ":" +
                          py::str(value.attr("offset")).cast<std::string>() + ": " +
                          py::str(value.attr("msg")).cast<std::string>() + "\n";
    if (!py::getattr(value, "text", py::none()).is_none()) {
      message += "    " + py::str(value.attr("text")).cast<std::string>();
    }
    return std::unexpected(message);
  }
}

void RunModule(const std::string& source, const py::object& code, py::dict& globals) {
  RegisterSource(source);
  py::module_::import("builtins").attr("exec")(code, globals);
}

// "ZeroDivisionError: division by zero", then the traceback's frames in the candidate's file.
std::string DescribeError(py::error_already_set& error) {
  try {
    std::string text = ExceptionLine(error.type(), error.value());
    // Only the candidate's own frames; a runaway recursion's thousands of identical frames
    // fold into one line, and only the innermost frames are kept.
    std::vector<std::string> lines;
    std::string previous;
    int repeats = 0;
    const auto flush_repeats = [&] {
      if (repeats > 0) lines.push_back("  [the line above repeated " + std::to_string(repeats) + " more times]");
      repeats = 0;
    };
    for (py::object tb = error.trace(); !tb.is_none(); tb = tb.attr("tb_next")) {
      py::object code = tb.attr("tb_frame").attr("f_code");
      if (py::str(code.attr("co_filename")).cast<std::string>() != kSourceName) continue;
      const long number = tb.attr("tb_lineno").cast<long>();
      std::string line = "  line " + std::to_string(number) + ", in " +
                         py::str(code.attr("co_name")).cast<std::string>() + ": " + SourceLine(number);
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
  // A stack switch on this thread, not a thread of its own: a new thread would cost the
  // run a wake-up of another CPU, a malloc arena and a Python thread state, all faulted in
  // page by page (milliseconds, where a short run's calls take microseconds).
  const std::size_t page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  const std::size_t guard = 16 * page;  // an overflow faults here instead of writing below
  stack_bytes = (stack_bytes + page - 1) / page * page;
  void* mapped = mmap(nullptr, guard + stack_bytes, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  if (mapped == MAP_FAILED) {
    work();  // no room for a big stack: the ordinary one
    return;
  }
  mprotect(mapped, guard, PROT_NONE);
  StackJob job{&work, nullptr};
  ucontext_t caller, callee;
  getcontext(&callee);
  callee.uc_stack.ss_sp = static_cast<char*>(mapped) + guard;
  callee.uc_stack.ss_size = stack_bytes;
  callee.uc_link = &caller;
  current_job = &job;
  makecontext(&callee, RunCurrentJob, 0);
  swapcontext(&caller, &callee);
  munmap(mapped, guard + stack_bytes);
  if (job.error) std::rethrow_exception(job.error);
}

}  // namespace runners::python

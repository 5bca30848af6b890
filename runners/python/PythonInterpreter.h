// PythonInterpreter: the embedded CPython of the zygote and its children: warming it up
// with LeetCode's prelude, fresh namespaces, running the candidate's module, tracebacks cut
// to the candidate's lines, and a large stack for deep recursion.
#pragma once

#include <pybind11/pybind11.h>

#include <cstddef>
#include <expected>
#include <functional>
#include <string>
#include <string_view>

namespace runners::python {

/// The name the candidate's code has in tracebacks and messages.
inline constexpr const char* kSourceName = "solution.py";

/// The hash seed every Python run uses (fixed, so that set and dict orders repeat).
inline constexpr long kPythonHashSeed = 0;

/// The text of one file of runners/python/ (embedded at build time): "prelude.py".
std::string_view PythonText(std::string_view name);

/// The embedded interpreter's version, "3.11.2".
const char* PythonVersion();

/// Runs in the zygote before it serves: the interpreter and LeetCode's prelude, once.
void WarmUpInterpreter();
/// The same, plus numpy (as `numpy` and `np`), single-threaded.
void WarmUpInterpreterWithNumpy();

/// The prelude's globals (TreeNode, ListNode, Node, deque, ...).
const pybind11::dict& PreludeGlobals();
/// Fresh globals for the candidate's module, named `name`; the prelude's names resolve as
/// builtins do, so the module may shadow them.
pybind11::dict FreshNamespace(const char* name);
/// Points sys.stdin, sys.stdout and sys.stderr at descriptors 0, 1 and 2 (UTF-8, buffered).
void InstallChildStreams();

/// The candidate's source compiled, or why it does not compile: for a SyntaxError,
/// "solution.py:LINE:COL: message" and the line's text.
std::expected<pybind11::object, std::string> CompileSource(const std::string& source);
/// Runs compiled `code` of `source` in `globals`; tracebacks show the source's lines.
void RunModule(const std::string& source, const pybind11::object& code, pybind11::dict& globals);

/// "ZeroDivisionError: division by zero", then the candidate's own frames.
std::string DescribeError(pybind11::error_already_set& error);

/// Runs `work` on this thread, switched to a stack of `stack_bytes` (guarded below).
void RunOnBigStack(std::size_t stack_bytes, const std::function<void()>& work);

}  // namespace runners::python

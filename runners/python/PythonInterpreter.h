// PythonInterpreter: the embedded CPython of the zygote and its children: warming it up
// with LeetCode's prelude, fresh namespaces, running the candidate's module, tracebacks cut
// to the candidate's lines, and a thread with a large stack for deep recursion.
#pragma once

#include <pybind11/pybind11.h>

#include <cstddef>
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
/// A copy of the prelude's globals for the candidate's module, named `name`.
pybind11::dict FreshNamespace(const char* name);
/// Compiles and runs the candidate's source in `globals`; tracebacks show its lines.
void RunModule(const std::string& source, pybind11::dict& globals);

/// "ZeroDivisionError: division by zero", then the candidate's own frames.
std::string DescribeError(pybind11::error_already_set& error);

/// Runs `work` holding the GIL on a thread whose stack has `stack_bytes`.
void RunOnBigStack(std::size_t stack_bytes, const std::function<void()>& work);

}  // namespace runners::python

// PythonValues: judge values as Python objects (TreeNode, ListNode and Node built from the
// prelude's classes) and back, reading a result's attributes, never its __eq__ or __repr__.
#pragma once

#include <pybind11/pybind11.h>

#include <string>
#include <unordered_set>

#include "judge/problem/TypeSpec.h"
#include "judge/problem/Value.h"

namespace runners::python {

/// A result that is no answer at all (a cyclic list, a set, a reused input node): WA.
struct Rejection {
  std::string why;
};

/// The node objects built from a case's inputs, for results that must be new nodes.
struct InputNodes {
  std::unordered_set<const PyObject*> ids;
  bool track = false;
};

/// `classes` holds TreeNode, ListNode and Node (the prelude's globals).
pybind11::object ToPython(const judge::Value& value, const judge::TypeSpec& type,
                          const pybind11::dict& classes, InputNodes& inputs);

/// Throws Rejection. With `fresh`, a node from `inputs` in the result is refused.
judge::Value FromPython(pybind11::handle object, const judge::TypeSpec& type,
                        const InputNodes& inputs, bool fresh);

/// A node's val, which must be an int.
std::int64_t NodeVal(pybind11::handle node);

}  // namespace runners::python

#include "runners/python/PythonValues.h"

#include <vector>

namespace py = pybind11;

namespace runners::python {

using judge::TypeKind;
using judge::TypeSpec;
using judge::Value;

namespace {

std::string TypeName(py::handle object) {
  return py::str(py::type::handle_of(object).attr("__name__")).cast<std::string>();
}

Value IntOf(py::handle object) {
  int overflow = 0;
  const long long value = PyLong_AsLongLongAndOverflow(object.ptr(), &overflow);
  if (overflow != 0) throw Rejection{"the result holds an integer too large for 64 bits"};
  if (value == -1 && PyErr_Occurred()) throw py::error_already_set();
  return Value::Int(value);
}

Value Generic(py::handle object, int depth = 0) {
  if (depth > 64) throw Rejection{"the result is nested too deeply"};
  if (object.is_none()) return Value::Null();
  if (PyBool_Check(object.ptr())) return Value::Bool(object.ptr() == Py_True);
  if (PyLong_Check(object.ptr())) return IntOf(object);
  if (PyFloat_Check(object.ptr())) return Value::Double(PyFloat_AsDouble(object.ptr()));
  if (PyUnicode_Check(object.ptr())) return Value::String(object.cast<std::string>());
  if (PyList_Check(object.ptr()) || PyTuple_Check(object.ptr())) {
    Value::List items;
    for (py::handle item : object) items.push_back(Generic(item, depth + 1));
    return Value::OfList(std::move(items));
  }
  if (PyIndex_Check(object.ptr())) {  // numpy integers and the like
    py::object index = py::reinterpret_steal<py::object>(PyNumber_Index(object.ptr()));
    if (!index) throw py::error_already_set();
    return IntOf(index);
  }
  throw Rejection{"the result holds an object of class " + TypeName(object) +
                  ", which is no LeetCode value (int, float, bool, str, list or None)"};
}

void CheckFresh(py::handle node, const InputNodes& inputs, bool fresh) {
  if (fresh && inputs.ids.count(node.ptr()) != 0) {
    throw Rejection{"the result reuses the input's node with val " +
                    std::to_string(NodeVal(node)) + "; it must be built from new nodes"};
  }
}

}  // namespace

std::int64_t NodeVal(py::handle node) {
  py::object val = node.attr("val");
  if (!PyLong_Check(val.ptr()) || PyBool_Check(val.ptr())) {
    throw Rejection{"a returned node's val is of class " + TypeName(val) + ", not an int"};
  }
  return IntOf(val).as_int();
}

py::object ToPython(const Value& value, const TypeSpec& type, const py::dict& globals,
                    InputNodes& inputs) {
  switch (type.kind) {
    case TypeKind::Int:
    case TypeKind::Long: return py::int_(value.as_int());
    case TypeKind::Double: return py::float_(value.is_int() ? double(value.as_int()) : value.as_double());
    case TypeKind::Bool: return py::bool_(value.as_bool());
    case TypeKind::Char:
    case TypeKind::String: return py::str(value.as_string());
    case TypeKind::List: {
      py::list list;
      for (const Value& item : value.as_list()) list.append(ToPython(item, *type.element, globals, inputs));
      return std::move(list);
    }
    case TypeKind::TreeNode: {
      const auto& items = value.as_list();
      py::object tree_node = globals["TreeNode"];
      std::vector<py::object> nodes;
      nodes.reserve(items.size());
      for (const Value& item : items) {
        nodes.push_back(item.is_null() ? py::none() : tree_node(item.as_int()));
        if (inputs.track && !item.is_null()) inputs.ids.insert(nodes.back().ptr());
      }
      std::size_t child = 1;
      for (std::size_t i = 0; i < nodes.size() && child < nodes.size(); ++i) {
        if (nodes[i].is_none()) continue;
        nodes[i].attr("left") = nodes[child++];
        if (child < nodes.size()) nodes[i].attr("right") = nodes[child++];
      }
      return nodes.empty() ? py::none() : nodes[0];
    }
    case TypeKind::ListNode: {
      py::object list_node = globals["ListNode"];
      py::object head = py::none(), tail = py::none();
      for (const Value& item : value.as_list()) {
        py::object node = list_node(item.as_int());
        if (inputs.track) inputs.ids.insert(node.ptr());
        if (tail.is_none()) head = node;
        else tail.attr("next") = node;
        tail = node;
      }
      return head;
    }
    case TypeKind::GraphNode: {
      py::object graph_node = globals["Node"];
      const auto& lists = value.as_list();
      std::vector<py::object> nodes;
      for (std::size_t i = 0; i < lists.size(); ++i) {
        nodes.push_back(graph_node(i + 1));
        if (inputs.track) inputs.ids.insert(nodes.back().ptr());
      }
      for (std::size_t i = 0; i < lists.size(); ++i) {
        py::list neighbours;
        for (const Value& next : lists[i].as_list()) {
          neighbours.append(nodes[static_cast<std::size_t>(next.as_int() - 1)]);
        }
        nodes[i].attr("neighbors") = neighbours;
      }
      return nodes.empty() ? py::none() : nodes[0];
    }
    case TypeKind::Void: break;
  }
  return py::none();
}

Value FromPython(py::handle object, const TypeSpec& type, const InputNodes& inputs, bool fresh) {
  switch (type.kind) {
    case TypeKind::TreeNode: {
      if (object.is_none()) return Value::OfList({});
      if (!py::hasattr(object, "left") || !py::hasattr(object, "right")) return Generic(object);
      std::vector<py::object> order{py::reinterpret_borrow<py::object>(object)};
      std::unordered_set<const PyObject*> seen{object.ptr()};
      for (std::size_t i = 0; i < order.size(); ++i) {
        if (order[i].is_none()) continue;
        CheckFresh(order[i], inputs, fresh);
        for (const char* side : {"left", "right"}) {
          py::object child = order[i].attr(side);
          if (!child.is_none() && !seen.insert(child.ptr()).second) {
            throw Rejection{"the returned tree reaches the node with val " +
                            std::to_string(NodeVal(child)) + " twice: it is not a tree"};
          }
          order.push_back(child);
        }
      }
      while (!order.empty() && order.back().is_none()) order.pop_back();
      Value::List items;
      for (const auto& node : order) items.push_back(node.is_none() ? Value::Null() : Value::Int(NodeVal(node)));
      return Value::OfList(std::move(items));
    }
    case TypeKind::ListNode: {
      if (object.is_none()) return Value::OfList({});
      if (!py::hasattr(object, "next")) return Generic(object);
      Value::List items;
      std::unordered_set<const PyObject*> seen;
      for (py::object node = py::reinterpret_borrow<py::object>(object); !node.is_none();
           node = node.attr("next")) {
        if (!seen.insert(node.ptr()).second) {
          throw Rejection{"the returned list has a cycle (the node with val " +
                          std::to_string(NodeVal(node)) + " comes back after " +
                          std::to_string(items.size()) + " nodes)"};
        }
        CheckFresh(node, inputs, fresh);
        items.push_back(Value::Int(NodeVal(node)));
      }
      return Value::OfList(std::move(items));
    }
    case TypeKind::GraphNode: {
      if (object.is_none()) return Value::OfList({});
      if (!py::hasattr(object, "neighbors")) return Generic(object);
      std::vector<py::object> order{py::reinterpret_borrow<py::object>(object)};
      std::unordered_set<const PyObject*> seen{object.ptr()};
      for (std::size_t i = 0; i < order.size(); ++i) {
        CheckFresh(order[i], inputs, fresh);
        for (py::handle next : order[i].attr("neighbors")) {
          if (next.is_none()) throw Rejection{"a node of the returned graph has a None neighbour"};
          if (seen.insert(next.ptr()).second) order.push_back(py::reinterpret_borrow<py::object>(next));
        }
      }
      std::vector<const py::object*> by_val(order.size() + 1, nullptr);
      for (const auto& node : order) {
        const std::int64_t val = NodeVal(node);
        if (val < 1 || val > static_cast<std::int64_t>(order.size())) {
          throw Rejection{"the returned graph has " + std::to_string(order.size()) +
                          " nodes, one of them with val " + std::to_string(val)};
        }
        if (by_val[static_cast<std::size_t>(val)] != nullptr) {
          throw Rejection{"the returned graph has two nodes with val " + std::to_string(val)};
        }
        by_val[static_cast<std::size_t>(val)] = &node;
      }
      Value::List lists;
      for (std::size_t val = 1; val < by_val.size(); ++val) {
        Value::List neighbours;
        for (py::handle next : by_val[val]->attr("neighbors")) neighbours.push_back(Value::Int(NodeVal(next)));
        lists.push_back(Value::OfList(std::move(neighbours)));
      }
      return Value::OfList(std::move(lists));
    }
    case TypeKind::List: {
      if (!PyList_Check(object.ptr()) && !PyTuple_Check(object.ptr())) return Generic(object);
      Value::List items;
      for (py::handle item : object) items.push_back(FromPython(item, *type.element, inputs, fresh));
      return Value::OfList(std::move(items));
    }
    default: return Generic(object);
  }
}

}  // namespace runners::python

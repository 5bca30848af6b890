#include "judge/problem/ScaleYaml.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <string_view>

#include "judge/complexity/GrowthClass.h"

namespace judge {
namespace {

// A series needs at least this many sizes over at least two decades to tell classes apart.
constexpr std::size_t kFewestSizes = 6;
constexpr std::int64_t kLargestSize = 1'000'000'000;

constexpr std::array<std::pair<std::string_view, GeneratorKind>, 14> kKinds = {{
    {"int", GeneratorKind::Int}, {"ints", GeneratorKind::Ints},
    {"sum_of", GeneratorKind::SumOf}, {"string", GeneratorKind::String},
    {"words", GeneratorKind::Words}, {"grid", GeneratorKind::Grid},
    {"tree", GeneratorKind::Tree}, {"edges", GeneratorKind::Edges},
    {"intervals", GeneratorKind::Intervals}, {"adjacency", GeneratorKind::Adjacency},
    {"doubles", GeneratorKind::Doubles}, {"expression", GeneratorKind::Expression},
    {"node", GeneratorKind::Node}, {"accounts", GeneratorKind::Accounts}}};


std::optional<std::int64_t> WholeNumber(const Field& field) {
  const std::string text = field.value.IsScalar() ? field.value.Scalar() : "";
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

bool IsWholeNumber(const Field& field) { return WholeNumber(field).has_value(); }

std::int64_t ReadInt64(const Field& field) {
  const auto value = WholeNumber(field);
  if (!value) FailType(field, "a whole number");
  return *value;
}

SizeExpr ReadSize(const Field& field) {
  auto expr = SizeExpr::Parse(ReadNonEmptyString(field));
  if (!expr) Fail(MarkOf(field), field.what + ": " + expr.error());
  return *std::move(expr);
}

std::string ReadGrowth(const Field& field) {
  const std::string text = ReadNonEmptyString(field);
  if (auto growth = ParseGrowthClass(text); !growth) {
    Fail(MarkOf(field), field.what + ": " + growth.error());
  }
  return text;
}

// Which parameter types a kind can build.
bool Builds(GeneratorKind kind, const TypeSpec& type) {
  const auto is = [&](TypeKind k) { return type.kind == k; };
  const auto list_of = [&](TypeKind k) { return is(TypeKind::List) && type.element->kind == k; };
  switch (kind) {
    case GeneratorKind::Int:
    case GeneratorKind::SumOf: return is(TypeKind::Int) || is(TypeKind::Long);
    case GeneratorKind::Ints:
      return list_of(TypeKind::Int) || list_of(TypeKind::Long) || is(TypeKind::ListNode);
    case GeneratorKind::String:
    case GeneratorKind::Expression: return is(TypeKind::String);
    case GeneratorKind::Words: return list_of(TypeKind::String);
    case GeneratorKind::Grid:
      return list_of(TypeKind::String) ||
             (is(TypeKind::List) && type.element->kind == TypeKind::List &&
              (type.element->element->kind == TypeKind::Char ||
               type.element->element->kind == TypeKind::Int));
    case GeneratorKind::Tree:
    case GeneratorKind::Node: return is(TypeKind::TreeNode);
    case GeneratorKind::Accounts:
      return is(TypeKind::List) && type.element->kind == TypeKind::List &&
             type.element->element->kind == TypeKind::String;
    case GeneratorKind::Adjacency:
      if (is(TypeKind::GraphNode)) return true;
      [[fallthrough]];
    case GeneratorKind::Edges:
    case GeneratorKind::Intervals:
      return is(TypeKind::List) && type.element->kind == TypeKind::List &&
             type.element->element->kind == TypeKind::Int;
    case GeneratorKind::Doubles:
      return is(TypeKind::Double) || list_of(TypeKind::Double) ||
             (is(TypeKind::List) && type.element->kind == TypeKind::List &&
              type.element->element->kind == TypeKind::Double);
  }
  return false;
}

GeneratorSpec ReadGenerator(const Field& field, const Param& param,
                            const std::vector<GeneratorSpec>& earlier) {
  const Fields fields(field.value, "the generator of '" + param.name + "'");
  const Field kind_field = fields.Require("kind");
  GeneratorSpec spec;
  spec.param = param.name;
  const std::string kind = ReadNonEmptyString(kind_field);
  bool known = false;
  for (const auto& [name, value] : kKinds) {
    if (kind == name) {
      spec.kind = value;
      known = true;
    }
  }
  if (!known) {
    FailType(kind_field, "int, ints, sum_of, string, words, grid, tree, edges, intervals, "
                         "adjacency, doubles, expression, node or accounts");
  }
  // A node_of parameter is a node of an earlier tree, and only `node` builds one.
  if ((spec.kind == GeneratorKind::Node) != !param.node_of.empty()) {
    Fail(MarkOf(kind_field), param.node_of.empty()
                                 ? "'node' builds only a parameter that names a node of a tree (node_of)"
                                 : "'" + param.name + "' names a node of '" + param.node_of +
                                       "': its generator is {kind: node}");
  }
  if (!Builds(spec.kind, param.type)) {
    Fail(MarkOf(kind_field), "the generator '" + kind + "' cannot build '" + param.name +
                                 "', a " + param.type.ToString());
  }
  // The keys each kind reads; anything else is a typo worth reporting.
  switch (spec.kind) {
    case GeneratorKind::Int: fields.RejectUnknownKeys({"kind", "value", "min", "max"}); break;
    case GeneratorKind::Ints:
      fields.RejectUnknownKeys({"kind", "length", "min", "max", "distinct", "order"});
      break;
    case GeneratorKind::SumOf: fields.RejectUnknownKeys({"kind", "of", "at"}); break;
    case GeneratorKind::String:
      fields.RejectUnknownKeys({"kind", "length", "alphabet", "shape"});
      break;
    case GeneratorKind::Words:
      fields.RejectUnknownKeys({"kind", "count", "length", "alphabet"});
      break;
    case GeneratorKind::Grid:
      fields.RejectUnknownKeys({"kind", "rows", "cols", "alphabet", "fill", "min", "max", "shape",
                                "start"});
      break;
    case GeneratorKind::Tree:
      fields.RejectUnknownKeys({"kind", "nodes", "shape", "min", "max", "bst", "distinct"});
      break;
    case GeneratorKind::Node:
      fields.RejectUnknownKeys({"kind", "pick"});
      if (const auto pick = fields.Find("pick")) {
        spec.pick = ReadNonEmptyString(*pick);
        if (spec.pick != "random" && spec.pick != "deepest-left" && spec.pick != "deepest-right") {
          FailType(*pick, "random, deepest-left or deepest-right");
        }
      }
      spec.of = param.node_of;
      {
        const auto tree = std::ranges::find(earlier, spec.of, &GeneratorSpec::param);
        if (tree == earlier.end() || tree->kind != GeneratorKind::Tree || !(tree->bst || tree->distinct)) {
          Fail(MarkOf(kind_field), "'" + spec.of + "' must come earlier, built by 'tree' with "
                                   "distinct values (bst or distinct: true), so a val names one node");
        }
      }
      break;
    case GeneratorKind::Edges:
      fields.RejectUnknownKeys({"kind", "nodes", "count", "connected", "acyclic", "directed"});
      break;
    case GeneratorKind::Intervals:
      fields.RejectUnknownKeys({"kind", "count", "min", "max", "max_length", "order"});
      break;
    case GeneratorKind::Adjacency:
      fields.RejectUnknownKeys({"kind", "nodes", "count", "connected", "bipartite"});
      break;
    case GeneratorKind::Expression:
      fields.RejectUnknownKeys({"kind", "terms", "min", "max", "operators"});
      break;
    case GeneratorKind::Accounts:
      fields.RejectUnknownKeys({"kind", "count", "people", "emails"});
      break;
    case GeneratorKind::Doubles:
      // A double takes no size, a list a length, a matrix rows and columns.
      if (param.type.kind == TypeKind::Double) {
        fields.RejectUnknownKeys({"kind", "min", "max"});
      } else if (param.type.element->kind == TypeKind::Double) {
        fields.RejectUnknownKeys({"kind", "length", "min", "max"});
      } else {
        fields.RejectUnknownKeys({"kind", "rows", "cols", "min", "max"});
      }
      break;
  }
  const auto size = [&](std::string_view key, SizeExpr& into) {
    into = ReadSize(fields.Require(key));
  };
  switch (spec.kind) {
    case GeneratorKind::Int:
      if (const auto value = fields.Find("value")) {
        spec.has_value = true;
        spec.value = ReadSize(*value);
      } else if (!fields.Find("min") || !fields.Find("max")) {
        Fail(fields.mark(), fields.subject() + " needs 'value: <size>' or both 'min' and 'max'");
      }
      break;
    case GeneratorKind::Ints:
    case GeneratorKind::String: size("length", spec.length); break;
    case GeneratorKind::Words:
      size("count", spec.count);
      size("length", spec.length);
      break;
    case GeneratorKind::Grid:
      size("rows", spec.length);
      size("cols", spec.count);
      break;
    case GeneratorKind::Tree: size("nodes", spec.length); break;
    case GeneratorKind::Node: break;
    case GeneratorKind::Accounts:
      size("count", spec.count);
      size("people", spec.length);
      if (const auto emails = fields.Find("emails")) {
        spec.most_emails = ReadInt64(*emails);
        if (spec.most_emails < 1 || spec.most_emails > 1000) FailType(*emails, "a number from 1 to 1000");
      }
      break;
    case GeneratorKind::Edges:
    case GeneratorKind::Adjacency:
      size("nodes", spec.length);
      size("count", spec.count);
      break;
    case GeneratorKind::Intervals: size("count", spec.count); break;
    case GeneratorKind::Expression:
      size("terms", spec.count);
      if (const auto operators = fields.Find("operators")) {
        spec.operators = ReadNonEmptyString(*operators);
        if (spec.operators.find_first_not_of("+-*/") != std::string::npos) {
          FailType(*operators, "some of the operators + - * /");
        }
      }
      break;
    case GeneratorKind::Doubles:
      if (param.type.kind == TypeKind::List && param.type.element->kind == TypeKind::Double) {
        size("length", spec.length);
      } else if (param.type.kind == TypeKind::List) {
        size("rows", spec.length);
        size("cols", spec.count);
      }
      // Reals, read here: the whole-number reading below is for the integer kinds.
      if (const auto min = fields.Find("min")) spec.real_min = ReadFiniteDouble(*min);
      if (const auto max = fields.Find("max")) spec.real_max = ReadFiniteDouble(*max);
      if (spec.real_min >= spec.real_max) Fail(fields.mark(), fields.subject() + ": min must be below max");
      return spec;
    case GeneratorKind::SumOf: {
      const Field of = fields.Require("of");
      spec.of = ReadNonEmptyString(of);
      bool found = false;
      for (const auto& before : earlier) {
        found = found || (before.param == spec.of && before.kind == GeneratorKind::Ints);
      }
      if (!found) {
        Fail(MarkOf(of), "'" + spec.of + "' must be an earlier parameter built by 'ints'");
      }
      const Field at = fields.Require("at");
      for (const YamlNode& node : ReadList(at)) {
        spec.at.push_back(ReadInt64(Field{at.key, node, "a position in " + at.what}));
      }
      if (spec.at.empty()) Fail(MarkOf(at), at.what + " must name at least one position");
      break;
    }
  }
  if (const auto min = fields.Find("min")) spec.min = ReadInt64(*min);
  if (const auto max = fields.Find("max")) {
    if (spec.kind == GeneratorKind::Int && !IsWholeNumber(*max)) {
      // A bound that grows with the series: keys of a cache whose capacity does.
      spec.has_max_size = true;
      spec.max_size = ReadSize(*max);
    } else {
      spec.max = ReadInt64(*max);
    }
  }
  if (!spec.has_max_size && spec.min > spec.max) {
    Fail(fields.mark(), fields.subject() + ": min is above max");
  }
  if (const auto distinct = fields.Find("distinct")) spec.distinct = ReadBool(*distinct);
  if (const auto order = fields.Find("order")) {
    spec.order = ReadNonEmptyString(*order);
    if (spec.order != "random" && spec.order != "ascending" && spec.order != "descending") {
      FailType(*order, "random, ascending or descending");
    }
  }
  if (const auto alphabet = fields.Find("alphabet")) {
    spec.alphabet = ReadNonEmptyString(*alphabet);
  }
  if (const auto fill = fields.Find("fill")) {
    spec.fill = ReadNonNegativeDouble(*fill);
    if (spec.fill > 1) FailType(*fill, "a share between 0 and 1");
  }
  if (const auto shape = fields.Find("shape")) {
    spec.shape = ReadNonEmptyString(*shape);
    if (spec.kind == GeneratorKind::String) {
      if (spec.shape != "random" && spec.shape != "palindrome" && spec.shape != "near-palindrome") {
        FailType(*shape, "random, palindrome or near-palindrome");
      }
    } else if (spec.kind == GeneratorKind::Grid) {
      const bool ints = param.type.kind == TypeKind::List &&
                        param.type.element->kind == TypeKind::List &&
                        param.type.element->element->kind == TypeKind::Int;
      if (spec.shape != "random" && !(ints && spec.shape == "snake")) {
        FailType(*shape, ints ? "random or snake" : "random (snake is for grids of int)");
      }
    } else if (spec.shape != "random" && spec.shape != "balanced" && spec.shape != "path") {
      FailType(*shape, "random, balanced or path");
    }
  }
  if (const auto start = fields.Find("start")) {
    if (spec.shape != "snake") Fail(MarkOf(*start), fields.subject() + ": 'start' needs shape: snake");
    spec.has_start = true;
    spec.start = ReadInt64(*start);
  }
  if (const auto connected = fields.Find("connected")) spec.connected = ReadBool(*connected);
  if (const auto acyclic = fields.Find("acyclic")) spec.acyclic = ReadBool(*acyclic);
  if (const auto directed = fields.Find("directed")) spec.directed = ReadBool(*directed);
  if (const auto bst = fields.Find("bst")) spec.bst = ReadBool(*bst);
  if (const auto bipartite = fields.Find("bipartite")) spec.bipartite = ReadBool(*bipartite);
  if (const auto max_length = fields.Find("max_length")) {
    spec.max_length = ReadInt64(*max_length);
    if (spec.max_length < 0) FailType(*max_length, "a length >= 0");
  }
  return spec;
}

std::vector<std::int64_t> ReadSizes(const Field& field) {
  std::vector<std::int64_t> sizes;
  if (field.value.IsMap()) {
    // {from: 16, to: 16384}: the doubling grid between them.
    const Fields range(field.value, field.what);
    range.RejectUnknownKeys({"from", "to"});
    const std::int64_t from = ReadInt64(range.Require("from"));
    const std::int64_t to = ReadInt64(range.Require("to"));
    if (from < 1 || to > kLargestSize || from > to) {
      Fail(field.value.Mark(), field.what + " must run from 1 or more up to at most 10^9");
    }
    for (std::int64_t n = from; n <= to; n *= 2) sizes.push_back(n);
  } else {
    for (const YamlNode& node : ReadList(field)) {
      const std::int64_t n = ReadInt64(Field{field.key, node, "a size in " + field.what});
      if (n < 1 || n > kLargestSize || (!sizes.empty() && n <= sizes.back())) {
        Fail(node.Mark(), field.what + " must grow, each between 1 and 10^9");
      }
      sizes.push_back(n);
    }
  }
  if (sizes.size() < kFewestSizes || sizes.back() < 100 * sizes.front()) {
    Fail(MarkOf(field), field.what + " must give at least " + std::to_string(kFewestSizes) +
                            " sizes over at least two decades (largest >= 100 x smallest)");
  }
  return sizes;
}

}  // namespace

BudgetSpec ReadBudget(const Field& field) {
  const Fields fields(field.value, "budget");
  fields.RejectUnknownKeys({"time", "space", "interpreted", "n"});
  BudgetSpec budget;
  budget.time = ReadGrowth(fields.Require("time"));
  if (const auto space = fields.Find("space")) budget.space = ReadGrowth(*space);
  if (const auto interpreted = fields.Find("interpreted")) {
    budget.interpreted = ReadGrowth(*interpreted);
  }
  budget.n = ReadNonEmptyString(fields.Require("n"));
  return budget;
}

namespace {

// `sizes` and `seed`, which both modes share.
ScaleSpec ReadSeries(const Fields& fields) {
  ScaleSpec scale;
  scale.sizes = ReadSizes(fields.Require("sizes"));
  if (const auto seed = fields.Find("seed")) {
    scale.seed = static_cast<std::uint64_t>(ReadInt64(*seed));
  }
  return scale;
}

// A generator for every parameter in `params`, read from the map in `field`.
std::vector<GeneratorSpec> ReadGenerators(const Field& field, const std::vector<Param>& params,
                                          const std::string& subject) {
  const Fields generators(field.value, subject);
  std::vector<std::string_view> names;
  for (const Param& param : params) {
    if (param.passed()) names.push_back(param.name);
  }
  generators.RejectUnknownKeys(names);
  std::vector<GeneratorSpec> specs;
  for (const Param& param : params) {
    if (!param.passed()) continue;
    const auto generator = generators.Find(param.name);
    if (!generator) Fail(MarkOf(field), subject + " needs a generator for '" + param.name + "'");
    specs.push_back(ReadGenerator(*generator, param, specs));
  }
  return specs;
}

OperationDraw ReadDraw(const Field& field, const MethodSpec& method, const std::string& phase) {
  const Fields fields(field.value, "'" + method.name + "' in " + phase);
  fields.RejectUnknownKeys({"weight", "args"});
  OperationDraw draw;
  draw.method = method.name;
  if (const auto weight = fields.Find("weight")) draw.weight = ReadPositiveInt(*weight);
  const auto args = fields.Find("args");
  if (args) {
    draw.args = ReadGenerators(*args, method.params, "the arguments of '" + method.name + "'");
  } else if (!method.params.empty()) {
    Fail(fields.mark(), fields.subject() + " needs 'args': a generator for each parameter");
  }
  return draw;
}

OperationPhase ReadPhase(const YamlNode& node, const DesignSpec& design, std::size_t index) {
  const Fields fields(node, "operations phase " + std::to_string(index + 1));
  fields.RejectUnknownKeys({"count", "calls"});
  OperationPhase phase;
  phase.count = ReadSize(fields.Require("count"));
  const Field calls = fields.Require("calls");
  const Fields methods(calls.value, "'calls' in " + fields.subject());
  std::vector<std::string_view> names;
  for (const MethodSpec& method : design.methods) names.push_back(method.name);
  methods.RejectUnknownKeys(names);
  for (const MethodSpec& method : design.methods) {
    if (const auto draw = methods.Find(method.name)) {
      phase.draws.push_back(ReadDraw(*draw, method, fields.subject()));
    }
  }
  if (phase.draws.empty()) Fail(MarkOf(calls), methods.subject() + " must name at least one method");
  return phase;
}

}  // namespace

ScaleSpec ReadScale(const Field& field, const FunctionSignature& signature) {
  const Fields fields(field.value, "scale");
  fields.RejectUnknownKeys({"sizes", "seed", "input"});
  ScaleSpec scale = ReadSeries(fields);
  scale.inputs = ReadGenerators(fields.Require("input"), signature.params, "the scale's input");
  return scale;
}

ScaleSpec ReadDesignScale(const Field& field, const DesignSpec& design) {
  const Fields fields(field.value, "scale");
  fields.RejectUnknownKeys({"sizes", "seed", "constructor", "operations"});
  ScaleSpec scale = ReadSeries(fields);
  if (const auto constructor = fields.Find("constructor")) {
    scale.inputs = ReadGenerators(*constructor, design.constructor, "the scale's constructor");
  } else if (!design.constructor.empty()) {
    Fail(fields.mark(), "scale needs 'constructor': a generator for each of " +
                            design.class_name + "'s parameters");
  }
  const Field operations = fields.Require("operations");
  const YamlNode phases = ReadList(operations);
  if (phases.size() == 0) Fail(MarkOf(operations), "scale's operations need at least one phase");
  for (std::size_t i = 0; i < phases.size(); ++i) {
    scale.phases.push_back(ReadPhase(phases[i], design, i));
  }
  return scale;
}

}  // namespace judge

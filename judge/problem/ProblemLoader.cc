#include "judge/problem/ProblemLoader.h"

#include <algorithm>
#include <array>
#include <exception>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <utility>

#include "judge/problem/ProblemFiles.h"
#include "judge/problem/Quantity.h"
#include "judge/problem/ScaleYaml.h"
#include "judge/problem/SignatureYaml.h"
#include "judge/problem/YamlFields.h"

namespace judge {
namespace {

constexpr std::array kDifficulties = {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard};
constexpr std::array kModes = {ProblemMode::Stdio, ProblemMode::Function, ProblemMode::Design};
constexpr std::array kCheckers = {CheckerKind::Exact,    CheckerKind::Tokens,
                                  CheckerKind::Float,    CheckerKind::AnyOrder,
                                  CheckerKind::AnyOrderNested, CheckerKind::Custom};
// internal_error is the judge failing, which no reference solution can be written to earn.
constexpr std::array kExpectableVerdicts = {
    Verdict::Accepted,    Verdict::WrongAnswer,  Verdict::TimeLimit,   Verdict::MemoryLimit,
    Verdict::OutputLimit, Verdict::RuntimeError, Verdict::CompileError,
    Verdict::TimeOverBudget, Verdict::SpaceOverBudget};

// The paths a problem's parts are read from and reported against.
struct ProblemPaths {
  std::filesystem::path dir;   // absolute: files named in problem.yaml resolve against it
  std::filesystem::path yaml;  // as the caller spelled it, for locations in messages
  bool read_test_files = true;  // false: a summary (judge list) leaves test data files unread
};

int OneBased(int zero_based) { return zero_based >= 0 ? zero_based + 1 : 0; }

bool IsSlug(std::string_view text) {
  return !text.empty() && std::ranges::all_of(text, [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

bool IsTestName(std::string_view text) {
  return !text.empty() && std::ranges::all_of(text, [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '.' || c == '-';
  });
}

// The value among `values` whose name(value) is the field's text.
template <typename Enum, std::size_t N>
Enum ReadEnum(const Field& field, const std::array<Enum, N>& values,
              std::string_view (*name)(Enum)) {
  for (Enum value : values) {
    if (field.value.IsScalar() && field.value.Scalar() == name(value)) return value;
  }
  std::string choices;
  for (std::size_t i = 0; i < N; ++i) {
    choices += i == 0 ? "" : i + 1 == N ? " or " : ", ";
    choices += name(values[i]);
  }
  FailType(field, choices);
}

std::filesystem::path ReadProblemFile(const Field& field, const ProblemPaths& paths) {
  auto file = ResolveProblemFile(paths.dir, ReadNonEmptyString(field));
  if (!file) Fail(MarkOf(field), field.what + ": " + file.error());
  return *std::move(file);
}

struct Bounds {
  std::int64_t min;
  std::int64_t max;
  std::string_view text;  // "between 1ms and 60s"
};

std::int64_t ReadQuantity(const Field& field,
                          std::expected<std::int64_t, std::string> (*parse)(std::string_view),
                          const Bounds& bounds) {
  if (!field.value.IsScalar()) FailType(field, "a quantity with a unit");
  const auto value = parse(field.value.Scalar());
  if (!value) Fail(MarkOf(field), field.what + ": " + value.error());
  if (*value < bounds.min || *value > bounds.max) FailType(field, bounds.text);
  return *value;
}

ProblemLimits ReadLimits(const Field& field) {
  const Fields fields(field.value, "limits");
  fields.RejectUnknownKeys({"time", "memory", "output"});
  ProblemLimits limits;
  if (const auto time = fields.Find("time")) {
    if (time->value.IsScalar() && LooksRelative(time->value.Scalar())) {
      const auto relative = ParseRelativeTime(time->value.Scalar());
      if (!relative) Fail(MarkOf(*time), time->what + ": " + relative.error());
      limits.relative_time = *relative;
      limits.time_ms = kRelativeCeilingMs;
    } else {
      limits.time_ms = ReadQuantity(*time, ParseDurationMs, {1, 60'000, "between 1ms and 60s"});
    }
  }
  if (const auto memory = fields.Find("memory")) {
    limits.memory_bytes =
        ReadQuantity(*memory, ParseSizeBytes, {1LL << 20, 8LL << 30, "between 1MiB and 8GiB"});
  }
  if (const auto output = fields.Find("output")) {
    limits.output_bytes =
        ReadQuantity(*output, ParseSizeBytes, {1LL << 10, 1LL << 30, "between 1KiB and 1GiB"});
  }
  return limits;
}

// `python: {preload: [numpy]}`: modules the Python zygote imports before the sandbox closes,
// beyond LeetCode's prelude. Only those known to need it are allowed: each costs start-up.
std::vector<std::string> ReadPythonPreload(const Field& field) {
  const Fields fields(field.value, "python");
  fields.RejectUnknownKeys({"preload"});
  std::vector<std::string> modules;
  const Field preload = fields.Require("preload");
  for (const YamlNode& node : ReadList(preload)) {
    const std::string name = node.IsScalar() ? node.Scalar() : "";
    if (name != "numpy") Fail(node.Mark(), "python preload knows numpy only, not '" + name + "'");
    modules.push_back(name);
  }
  return modules;
}

// `checker: tokens`, or the map form, which alone can carry tolerances or a custom
// checker's file.
CheckerSpec ReadChecker(const Field& field, const ProblemPaths& paths) {
  CheckerSpec spec;
  if (!field.value.IsMap()) {
    spec.kind = ReadEnum(field, kCheckers, CheckerName);
    if (spec.kind == CheckerKind::Custom) {
      Fail(MarkOf(field), "a custom checker needs its source: checker: {type: custom, file: "
                          "checker.cpp}");
    }
    return spec;
  }
  const Fields fields(field.value, "checker");
  fields.RejectUnknownKeys({"type", "abs", "rel", "file"});
  spec.kind = ReadEnum(fields.Require("type"), kCheckers, CheckerName);
  if (const auto file = fields.Find("file")) {
    if (spec.kind != CheckerKind::Custom) {
      Fail(MarkOf(*file), "file only applies to type custom, not " +
                              std::string(CheckerName(spec.kind)));
    }
    spec.file = ReadProblemFile(*file, paths);
    if (LanguageFromPath(spec.file) != Language::Cpp) {
      Fail(MarkOf(*file), "a custom checker is written in C++ (.cpp), not '" +
                              spec.file.filename().string() + "'");
    }
  } else if (spec.kind == CheckerKind::Custom) {
    Fail(fields.mark(), "a custom checker needs 'file', its C++ source");
  }
  for (auto [key, tolerance] : {std::pair{"abs", &spec.abs_tolerance},
                                std::pair{"rel", &spec.rel_tolerance}}) {
    const auto found = fields.Find(key);
    if (!found) continue;
    if (spec.kind != CheckerKind::Float) {
      Fail(MarkOf(*found), found->what + " only applies to type float, not " +
                               std::string(CheckerName(spec.kind)));
    }
    *tolerance = ReadNonNegativeDouble(*found);
  }
  return spec;
}

// One side of a test (its input or its expected output), written inline or in a file.
std::string ReadTestData(const Fields& test, const std::string& inline_key,
                         const ProblemPaths& paths) {
  const std::string file_key = inline_key + "_file";
  const auto text = test.Find(inline_key);
  const auto file = test.Find(file_key);
  if (text && file) {
    Fail(MarkOf(*file), test.subject() + " has both '" + inline_key + "' and '" + file_key +
                            "'; keep one");
  }
  if (text) return ReadString(*text);
  if (!file) {
    Fail(test.mark(), test.subject() + " needs '" + inline_key + "' or '" + file_key + "'");
  }
  const std::filesystem::path path = ReadProblemFile(*file, paths);
  auto data = ReadWholeFile(path);
  if (!data) {
    Fail(MarkOf(*file), file->what + ": cannot read '" + file->value.Scalar() + "': " +
                            data.error());
  }
  return *std::move(data);
}

std::string ReadTestName(const Field& field) {
  std::string name = ReadNonEmptyString(field);
  if (!IsTestName(name)) {
    Fail(MarkOf(field), "test name '" + name + "' may hold only letters, digits, '_', '.', '-'");
  }
  return name;
}

// A value-mode test's input or expected value: inline YAML, or a YAML/JSON file whose
// errors are reported against that file.
YamlNode ReadValueNode(const Fields& test, const std::string& key, const ProblemPaths& paths,
                         std::filesystem::path* file_used) {
  const std::string file_key = key + "_file";
  const auto inline_value = test.Find(key);
  const auto file = test.Find(file_key);
  if (inline_value && file) {
    Fail(MarkOf(*file), test.subject() + " has both '" + key + "' and '" + file_key +
                            "'; keep one");
  }
  if (inline_value) return inline_value->value;
  if (!file) Fail(test.mark(), test.subject() + " needs '" + key + "' or '" + file_key + "'");
  const std::filesystem::path path = ReadProblemFile(*file, paths);
  auto text = ReadWholeFile(path);
  if (!text) {
    Fail(MarkOf(*file), file->what + ": cannot read '" + file->value.Scalar() + "': " +
                            text.error());
  }
  *file_used = path;
  try {
    return ParseYaml(*text);
  } catch (const YamlSyntaxError& error) {
    throw FieldError(error.mark(), std::string("invalid YAML/JSON: ") + error.what(), path);
  }
}

// Runs `read`, attributing its errors to `file` when the values came from one.
template <typename Read>
auto InFile(const std::filesystem::path& file, Read read) {
  try {
    return read();
  } catch (const FieldError& error) {
    if (file.empty() || !error.file().empty()) throw;
    throw FieldError(error.mark(), error.what(), file);
  }
}

// node_of must name a val present in its tree (exactly once, or the node is ambiguous);
// cycle_of must be -1 or an index into its list.
void CheckNodeReferences(const FunctionSignature& signature, const Fields& args,
                         const std::vector<Value>& values, const std::string& subject) {
  const auto value_of = [&](const std::string& name) -> const Value& {
    return values[signature.IndexOf(name)];
  };
  for (std::size_t i = 0; i < signature.params.size(); ++i) {
    const Param& param = signature.params[i];
    if (!param.node_of.empty()) {
      const std::int64_t val = values[i].as_int();
      const auto& tree = value_of(param.node_of).as_list();
      const auto count = std::ranges::count(tree, Value::Int(val));
      if (count != 1) {
        Fail(MarkOf(args.Require(param.name)),
             "'" + param.name + "' of " + subject + " is " + std::to_string(val) + ", which " +
                 (count == 0 ? "is not the val of any node" : "is the val of several nodes") +
                 " of '" + param.node_of + "'");
      }
    }
    if (!param.cycle_of.empty()) {
      const std::int64_t pos = values[i].as_int();
      const auto length = static_cast<std::int64_t>(value_of(param.cycle_of).as_list().size());
      if (pos < -1 || pos >= length) {
        Fail(MarkOf(args.Require(param.name)),
             "'" + param.name + "' of " + subject + " must be -1 (no cycle) or an index into '" +
                 param.cycle_of + "' (0.." + std::to_string(length - 1) + "), not " +
                 std::to_string(pos));
      }
    }
  }
}

void ReadFunctionTest(const Fields& fields, const FunctionSignature& signature,
                      const ProblemPaths& paths, TestCase& test) {
  std::filesystem::path input_file, expected_file;
  const YamlNode input = ReadValueNode(fields, "input", paths, &input_file);
  InFile(input_file, [&] {
    const Fields args(input, "the input of " + fields.subject());
    std::vector<std::string_view> names;
    for (const Param& param : signature.params) names.push_back(param.name);
    args.RejectUnknownKeys(names);
    for (const Param& param : signature.params) {
      const Field arg = args.Require(param.name);
      test.args.push_back(
          ReadValue(arg.value, param.TestType(), "'" + param.name + "' of " + fields.subject()));
    }
    CheckNodeReferences(signature, args, test.args, fields.subject());
    return 0;
  });
  const YamlNode expected = ReadValueNode(fields, "expected", paths, &expected_file);
  InFile(expected_file, [&] {
    const TypeSpec type = signature.ResultType();
    // `as: value` compares a node's val, which is null when no node is returned.
    test.expected = signature.returns_node_value && expected.IsNull()
                        ? Value::Null()
                        : ReadValue(expected, type, "the expected value of " + fields.subject());
    return 0;
  });
}

// `results_required`: a custom checker receives each expected result typed, so a method that
// returns a value needs one (one right answer), not null.
void ReadDesignTest(const Fields& fields, const DesignSpec& design, bool results_required,
                    const ProblemPaths& paths, TestCase& test) {
  std::filesystem::path input_file, expected_file;
  const YamlNode input = ReadValueNode(fields, "input", paths, &input_file);
  std::vector<TypeSpec> returns;
  InFile(input_file, [&] {
    const Fields ops(input, "the input of " + fields.subject());
    ops.RejectUnknownKeys({"operations", "arguments"});
    const Field operations = ops.Require("operations");
    const Field arguments = ops.Require("arguments");
    test.operations = ReadStringList(operations);
    const YamlNode args = ReadList(arguments);
    if (args.size() != test.operations.size() || test.operations.empty()) {
      Fail(MarkOf(arguments), fields.subject() + ": " + std::to_string(test.operations.size()) +
                                  " operations but " + std::to_string(args.size()) +
                                  " argument lists");
    }
    for (std::size_t i = 0; i < test.operations.size(); ++i) {
      const std::string& name = test.operations[i];
      const std::vector<Param>* params = nullptr;
      if (i == 0) {
        if (name != design.class_name) {
          Fail(operations.value[0].Mark(), "the first operation must construct " + design.class_name);
        }
        params = &design.constructor;
        returns.push_back(TypeSpec::Of(TypeKind::Void));
      } else if (const MethodSpec* method = design.FindMethod(name)) {
        params = &method->params;
        returns.push_back(method->returns);
      } else {
        Fail(operations.value[i].Mark(), "'" + name + "' is not a method of " + design.class_name);
      }
      if (!args[i].IsSequence() || args[i].size() != params->size()) {
        Fail(args[i].Mark(), "operation " + std::to_string(i + 1) + " (" + name + ") takes " +
                                 std::to_string(params->size()) + " arguments");
      }
      std::vector<Value> values;
      for (std::size_t j = 0; j < params->size(); ++j) {
        values.push_back(ReadValue(args[i][j], (*params)[j].type,
                                   "argument " + std::to_string(j + 1) + " of " + name));
      }
      test.operation_args.push_back(std::move(values));
    }
    return 0;
  });
  const YamlNode expected = ReadValueNode(fields, "expected", paths, &expected_file);
  InFile(expected_file, [&] {
    if (!expected.IsSequence() || expected.size() != test.operations.size()) {
      Fail(expected.Mark(), "the expected value of " + fields.subject() + " must list one result "
                            "per operation (" + std::to_string(test.operations.size()) + ")");
    }
    Value::List results;
    for (std::size_t i = 0; i < expected.size(); ++i) {
      if (results_required && i > 0 && returns[i].kind != TypeKind::Void && expected[i].IsNull()) {
        Fail(expected[i].Mark(), "result " + std::to_string(i + 1) + " (" + test.operations[i] +
                                     "): a custom checker is given each expected result as a "
                                     "value: write one right result, not null");
      }
      if (returns[i].kind == TypeKind::Void || expected[i].IsNull()) {
        if (!expected[i].IsNull()) Fail(expected[i].Mark(), test.operations[i] + " returns nothing: null");
        results.push_back(Value::Null());
      } else {
        results.push_back(ReadValue(expected[i], returns[i], "result " + std::to_string(i + 1)));
      }
    }
    test.expected = Value::OfList(std::move(results));
    return 0;
  });
}

// `earlier_names`: the names of the tests before this one, with their lines.
TestCase ReadTest(const YamlNode& node, std::size_t index, const ProblemPaths& paths,
                  const std::unordered_map<std::string, int>& earlier_names,
                  const Problem& problem) {
  Fields fields(node, "test " + std::to_string(index + 1));
  // Named by its name, when it has one, even in the message about an unknown key.
  if (const auto name = fields.Find("name")) {
    fields.set_subject("test '" + ReadTestName(*name) + "'");
  }
  if (problem.mode == ProblemMode::Stdio) {
    fields.RejectUnknownKeys(
        {"name", "sample", "tags", "input", "input_file", "output", "output_file"});
  } else {
    fields.RejectUnknownKeys(
        {"name", "sample", "tags", "input", "input_file", "expected", "expected_file"});
  }
  TestCase test;
  const Field name = fields.Require("name");
  test.name = ReadTestName(name);
  if (const auto other = earlier_names.find(test.name); other != earlier_names.end()) {
    Fail(MarkOf(name), "duplicate test name '" + test.name + "' (first on line " +
                           std::to_string(other->second) + ")");
  }
  if (const auto sample = fields.Find("sample")) test.sample = ReadBool(*sample);
  if (const auto tags = fields.Find("tags")) test.tags = ReadStringList(*tags);
  const bool from_files = fields.Find("input_file") || fields.Find("output_file") ||
                          fields.Find("expected_file");
  if (!paths.read_test_files && from_files) {
    // A summary keeps the test's name and tags; its data (often megabytes) stays unread.
    test.location = {paths.yaml, OneBased(fields.mark().line)};
    return test;
  }
  switch (problem.mode) {
    case ProblemMode::Stdio:
      test.input = ReadTestData(fields, "input", paths);
      test.expected_output = ReadTestData(fields, "output", paths);
      break;
    case ProblemMode::Function: ReadFunctionTest(fields, *problem.signature, paths, test); break;
    case ProblemMode::Design:
      ReadDesignTest(fields, *problem.design, problem.checker.kind == CheckerKind::Custom, paths,
                     test);
      break;
  }
  test.location = {paths.yaml, OneBased(fields.mark().line)};
  return test;
}

// Samples come first, as the Problem promises; otherwise file order is kept.
std::vector<TestCase> ReadTests(const Field& field, const ProblemPaths& paths,
                                const Problem& problem) {
  const YamlNode list = ReadList(field);
  if (list.size() == 0) Fail(MarkOf(field), field.what + " must hold at least one test");
  std::vector<TestCase> tests;
  std::unordered_map<std::string, int> names;  // a bank's big problems have 10^4 tests
  for (const YamlNode& node : list) {
    tests.push_back(ReadTest(node, tests.size(), paths, names, problem));
    names.emplace(tests.back().name, tests.back().location.line);
  }
  std::ranges::stable_partition(tests, &TestCase::sample);
  return tests;
}

ReferenceSolution ReadSolution(const YamlNode& node, std::size_t index,
                               const ProblemPaths& paths) {
  Fields fields(node, "solution " + std::to_string(index + 1));
  if (const auto file = fields.Find("file")) {
    fields.set_subject("solution '" + ReadNonEmptyString(*file) + "'");
  }
  fields.RejectUnknownKeys({"file", "expect", "lang"});
  ReferenceSolution solution;
  const Field file = fields.Require("file");
  solution.file = ReadProblemFile(file, paths);
  solution.expected = ReadEnum(fields.Require("expect"), kExpectableVerdicts, YamlName);
  if (const auto lang = fields.Find("lang")) {
    const auto language = LanguageFromName(ReadString(*lang));
    if (!language) FailType(*lang, "cpp or py");
    solution.language = *language;
  } else {
    const auto language = LanguageFromPath(solution.file);
    if (!language) {
      Fail(MarkOf(file), "cannot tell the language of '" + file.value.Scalar() +
                             "' from its extension; add lang: cpp or lang: py");
    }
    solution.language = *language;
  }
  solution.location = {paths.yaml, OneBased(fields.mark().line)};
  return solution;
}

// `starter: {cpp: solutions/starter.cpp, py: solutions/starter.py}`.
std::map<Language, std::filesystem::path> ReadStarters(const Field& field,
                                                       const ProblemPaths& paths) {
  const Fields fields(field.value, "starter");
  fields.RejectUnknownKeys({"cpp", "py"});
  std::map<Language, std::filesystem::path> starters;
  const std::pair<const char*, Language> languages[] = {{"cpp", Language::Cpp},
                                                        {"py", Language::Python}};
  for (const auto& [key, language] : languages) {
    if (const auto file = fields.Find(key)) starters[language] = ReadProblemFile(*file, paths);
  }
  if (starters.empty()) Fail(MarkOf(field), "starter names no file: write cpp: or py:");
  return starters;
}

std::filesystem::path ReadStatement(const Fields& root, const ProblemPaths& paths) {
  if (const auto statement = root.Find("statement")) return ReadProblemFile(*statement, paths);
  auto file = ResolveProblemFile(paths.dir, "statement.md");
  if (!file) Fail(YamlMark{}, "'statement' defaults to statement.md: " + file.error());
  return *std::move(file);
}

// `signature` belongs to function mode, `design` to design mode, neither to stdio.
void ReadModeSpec(const Fields& root, const std::optional<Field>& mode, Problem& problem) {
  const auto signature = root.Find("signature");
  const auto design = root.Find("design");
  const YamlMark where = mode ? MarkOf(*mode) : root.mark();
  switch (problem.mode) {
    case ProblemMode::Stdio:
      if (signature || design) {
        Fail(MarkOf(signature ? *signature : *design),
             "'" + std::string(signature ? "signature" : "design") +
                 "' needs mode: function or mode: design");
      }
      return;
    case ProblemMode::Function:
      if (!signature) Fail(where, "mode: function needs a 'signature'");
      if (design) Fail(MarkOf(*design), "'design' needs mode: design");
      problem.signature = ReadSignature(*signature);
      return;
    case ProblemMode::Design:
      if (!design) Fail(where, "mode: design needs a 'design'");
      if (signature) Fail(MarkOf(*signature), "'signature' needs mode: function");
      problem.design = ReadDesign(*design);
      return;
  }
}

// Text checkers compare stdio output; order-free ones compare values.
void CheckCheckerFitsMode(const Field& field, const Problem& problem) {
  const CheckerKind kind = problem.checker.kind;
  const bool stdio = problem.mode == ProblemMode::Stdio;
  if (stdio && (kind == CheckerKind::AnyOrder || kind == CheckerKind::AnyOrderNested)) {
    Fail(MarkOf(field), std::string(CheckerName(kind)) + " compares values: it needs mode: "
                                                          "function or design");
  }
  if (kind == CheckerKind::Custom && stdio) {
    Fail(MarkOf(field), "a custom checker needs mode: function or design");
  }
  const std::string final_method(kDesignCheckerFinalMethod);
  if (kind == CheckerKind::Custom && problem.design && problem.design->FindMethod(final_method)) {
    Fail(MarkOf(field), "a custom checker of a design has its own " + final_method +
                            "() called last, so no method of " + problem.design->class_name +
                            " may be named '" + final_method + "'");
  }
  if (!stdio && kind == CheckerKind::Tokens) {
    Fail(MarkOf(field), "tokens compares text output: use exact, float, any_order or "
                        "any_order_nested in " + std::string(ModeName(problem.mode)) + " mode");
  }
}

// A budget is measured on the scale's series: the two come together, in function or design
// mode (a stdio program's cost cannot be told from its reading of the input).
void ReadBudgetAndScale(const Fields& root, Problem& problem) {
  const auto budget = root.Find("budget");
  const auto scale = root.Find("scale");
  if (!budget && !scale) return;
  const Field& given = budget ? *budget : *scale;
  if (problem.mode == ProblemMode::Stdio) {
    Fail(MarkOf(given), "'" + given.key.Scalar() + "' needs mode: function or design");
  }
  if (!budget || !scale) {
    Fail(MarkOf(given), std::string("'") + (budget ? "budget" : "scale") + "' needs '" +
                            (budget ? "scale" : "budget") +
                            "' too: a budget is measured on the scale's inputs");
  }
  problem.budget = ReadBudget(*budget);
  problem.scale = problem.mode == ProblemMode::Design ? ReadDesignScale(*scale, *problem.design)
                                                      : ReadScale(*scale, *problem.signature);
}

// Throws FieldError for a problem in the YAML, YamlSyntaxError for broken YAML.
Problem ReadProblem(const YamlNode& document, const ProblemPaths& paths) {
  const Fields root(document, std::string(kProblemYaml));
  root.RejectUnknownKeys({"id", "title", "difficulty", "tags", "leetcode", "mode", "signature",
                          "design", "python", "statement", "limits", "checker", "tests",
                          "solutions", "budget", "scale", "starter"});
  Problem problem;
  problem.dir = paths.dir;
  const Field id = root.Require("id");
  problem.id = ReadNonEmptyString(id);
  if (!IsSlug(problem.id)) {
    Fail(MarkOf(id), "id '" + problem.id + "' may hold only a-z, 0-9 and '-'");
  }
  if (problem.id != paths.dir.filename().string()) {
    Fail(MarkOf(id), "id '" + problem.id + "' must equal the folder's name '" +
                         paths.dir.filename().string() + "'");
  }
  problem.title = ReadNonEmptyString(root.Require("title"));
  problem.difficulty = ReadEnum(root.Require("difficulty"), kDifficulties, DifficultyName);
  if (const auto tags = root.Find("tags")) problem.tags = ReadStringList(*tags);
  if (const auto leetcode = root.Find("leetcode")) problem.leetcode = ReadPositiveInt(*leetcode);
  if (const auto python = root.Find("python")) problem.python_preload = ReadPythonPreload(*python);
  const auto mode = root.Find("mode");
  if (mode) problem.mode = ReadEnum(*mode, kModes, ModeName);
  ReadModeSpec(root, mode, problem);
  problem.statement = ReadStatement(root, paths);
  if (const auto limits = root.Find("limits")) problem.limits = ReadLimits(*limits);
  if (problem.mode != ProblemMode::Stdio) problem.checker.kind = CheckerKind::Exact;
  if (const auto checker = root.Find("checker")) {
    problem.checker = ReadChecker(*checker, paths);
    CheckCheckerFitsMode(*checker, problem);
  }
  problem.tests = ReadTests(root.Require("tests"), paths, problem);
  ReadBudgetAndScale(root, problem);
  if (const auto solutions = root.Find("solutions")) {
    for (const YamlNode& node : ReadList(*solutions)) {
      problem.solutions.push_back(ReadSolution(node, problem.solutions.size(), paths));
    }
  }
  if (const auto starter = root.Find("starter")) problem.starters = ReadStarters(*starter, paths);
  if (problem.limits.relative_time &&
      std::ranges::none_of(problem.solutions, [](const ReferenceSolution& solution) {
        return solution.expected == Verdict::Accepted;
      })) {
    Fail(MarkOf(Fields(root.Require("limits").value, "limits").Require("time")),
         "a time limit relative to the reference needs an accepted solution under 'solutions'");
  }
  return problem;
}

// problem.yaml's text, its files read from `dir`; throws as ReadProblem does.
Problem ReadProblemText(std::string_view text, const std::filesystem::path& dir,
                        const std::filesystem::path& yaml, bool read_test_files = true) {
  // lexically_normal keeps a trailing '/' as an empty last part; drop it to get the name.
  std::filesystem::path absolute = std::filesystem::absolute(dir).lexically_normal();
  if (!absolute.has_filename()) absolute = absolute.parent_path();
  return ReadProblem(ParseYaml(text), ProblemPaths{absolute, yaml, read_test_files});
}

std::expected<Problem, LoadError> LoadFromYaml(const std::filesystem::path& dir,
                                               const std::filesystem::path& yaml,
                                               bool read_test_files = true) {
  std::error_code error;
  if (std::filesystem::status(yaml, error).type() == std::filesystem::file_type::not_found) {
    return std::unexpected(LoadError{yaml, 0, 0, std::string(kNoProblemYaml)});
  }
  const auto text = ReadWholeFile(yaml);
  if (!text) return std::unexpected(LoadError{yaml, 0, 0, "cannot read: " + text.error()});
  return ReadProblemText(*text, dir, yaml, read_test_files);
}

LoadError ErrorAt(const std::filesystem::path& file, const YamlMark& mark,
                  std::string message) {
  return LoadError{file, OneBased(mark.line), OneBased(mark.column), std::move(message)};
}

// The loader's boundary: whatever `load` throws becomes a LoadError placed in `yaml`.
template <typename Load>
std::expected<Problem, LoadError> Catching(const std::filesystem::path& yaml, Load load) {
  try {
    return load();
  } catch (const FieldError& error) {
    return std::unexpected(
        ErrorAt(error.file().empty() ? yaml : error.file(), error.mark(), error.what()));
  } catch (const YamlSyntaxError& error) {
    return std::unexpected(ErrorAt(yaml, error.mark(), std::string("invalid YAML: ") + error.what()));
  } catch (const std::exception& error) {
    return std::unexpected(LoadError{yaml, 0, 0, error.what()});
  }
}

}  // namespace

std::string LoadError::ToString() const {
  std::string place = file.string();
  if (line > 0) {
    place += ":" + std::to_string(line);
    if (column > 0) place += ":" + std::to_string(column);
  }
  return place.empty() ? message : place + ": " + message;
}

std::expected<Problem, LoadError> LoadProblem(const std::filesystem::path& dir) {
  const std::filesystem::path yaml = dir / kProblemYaml;
  return Catching(yaml, [&] { return LoadFromYaml(dir, yaml); });
}

std::expected<Problem, LoadError> LoadProblemSummary(const std::filesystem::path& dir) {
  const std::filesystem::path yaml = dir / kProblemYaml;
  return Catching(yaml, [&] { return LoadFromYaml(dir, yaml, /*read_test_files=*/false); });
}

std::expected<Problem, LoadError> LoadProblemText(std::string_view yaml_text,
                                                  const std::filesystem::path& dir) {
  const std::filesystem::path yaml = dir / kProblemYaml;
  return Catching(yaml, [&]() -> std::expected<Problem, LoadError> {
    return ReadProblemText(yaml_text, dir, yaml);
  });
}

}  // namespace judge

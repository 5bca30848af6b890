#include "judge/problem/ProblemLoader.h"

#include <algorithm>
#include <array>
#include <exception>
#include <string_view>
#include <system_error>
#include <utility>

#include "judge/problem/ProblemFiles.h"
#include "judge/problem/Quantity.h"
#include "judge/problem/YamlFields.h"

namespace judge {
namespace {

constexpr std::array kDifficulties = {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard};
constexpr std::array kModes = {ProblemMode::Stdio, ProblemMode::Function};
constexpr std::array kCheckers = {CheckerKind::Exact, CheckerKind::Tokens, CheckerKind::Float};
// internal_error is the judge failing, which no reference solution can be written to earn.
constexpr std::array kExpectableVerdicts = {
    Verdict::Accepted,    Verdict::WrongAnswer,  Verdict::TimeLimit,   Verdict::MemoryLimit,
    Verdict::OutputLimit, Verdict::RuntimeError, Verdict::CompileError};

// The paths a problem's parts are read from and reported against.
struct ProblemPaths {
  std::filesystem::path dir;   // absolute: files named in problem.yaml resolve against it
  std::filesystem::path yaml;  // as the caller spelled it, for locations in messages
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
    limits.time_ms = ReadQuantity(*time, ParseDurationMs, {1, 60'000, "between 1ms and 60s"});
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

// `checker: tokens`, or the map form, which alone can carry tolerances.
CheckerSpec ReadChecker(const Field& field) {
  CheckerSpec spec;
  if (!field.value.IsMap()) {
    spec.kind = ReadEnum(field, kCheckers, CheckerName);
    return spec;
  }
  const Fields fields(field.value, "checker");
  fields.RejectUnknownKeys({"type", "abs", "rel"});
  spec.kind = ReadEnum(fields.Require("type"), kCheckers, CheckerName);
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

TestCase ReadTest(const YAML::Node& node, std::size_t index, const ProblemPaths& paths,
                  const std::vector<TestCase>& earlier) {
  Fields fields(node, "test " + std::to_string(index + 1));
  // Named by its name, when it has one, even in the message about an unknown key.
  if (const auto name = fields.Find("name")) {
    fields.set_subject("test '" + ReadTestName(*name) + "'");
  }
  fields.RejectUnknownKeys(
      {"name", "sample", "tags", "input", "input_file", "output", "output_file"});
  TestCase test;
  const Field name = fields.Require("name");
  test.name = ReadTestName(name);
  for (const TestCase& other : earlier) {
    if (other.name == test.name) {
      Fail(MarkOf(name), "duplicate test name '" + test.name + "' (first on line " +
                             std::to_string(other.location.line) + ")");
    }
  }
  if (const auto sample = fields.Find("sample")) test.sample = ReadBool(*sample);
  if (const auto tags = fields.Find("tags")) test.tags = ReadStringList(*tags);
  test.input = ReadTestData(fields, "input", paths);
  test.expected_output = ReadTestData(fields, "output", paths);
  test.location = {paths.yaml, OneBased(fields.mark().line)};
  return test;
}

// Samples come first, as the Problem promises; otherwise file order is kept.
std::vector<TestCase> ReadTests(const Field& field, const ProblemPaths& paths) {
  const YAML::Node list = ReadList(field);
  if (list.size() == 0) Fail(MarkOf(field), field.what + " must hold at least one test");
  std::vector<TestCase> tests;
  for (const YAML::Node& node : list) tests.push_back(ReadTest(node, tests.size(), paths, tests));
  std::ranges::stable_partition(tests, &TestCase::sample);
  return tests;
}

ReferenceSolution ReadSolution(const YAML::Node& node, std::size_t index,
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

std::filesystem::path ReadStatement(const Fields& root, const ProblemPaths& paths) {
  if (const auto statement = root.Find("statement")) return ReadProblemFile(*statement, paths);
  auto file = ResolveProblemFile(paths.dir, "statement.md");
  if (!file) Fail(YAML::Mark::null_mark(), "'statement' defaults to statement.md: " + file.error());
  return *std::move(file);
}

// Throws FieldError for a problem in the YAML, YAML::Exception for broken YAML.
Problem ReadProblem(const YAML::Node& document, const ProblemPaths& paths) {
  const Fields root(document, std::string(kProblemYaml));
  root.RejectUnknownKeys({"id", "title", "difficulty", "tags", "leetcode", "mode", "statement",
                          "limits", "checker", "tests", "solutions"});
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
  if (const auto mode = root.Find("mode")) {
    problem.mode = ReadEnum(*mode, kModes, ModeName);
    // Function mode needs signatures, which the format does not describe yet.
    if (problem.mode == ProblemMode::Function) {
      Fail(MarkOf(*mode), "function mode is not supported yet");
    }
  }
  problem.statement = ReadStatement(root, paths);
  if (const auto limits = root.Find("limits")) problem.limits = ReadLimits(*limits);
  if (const auto checker = root.Find("checker")) problem.checker = ReadChecker(*checker);
  problem.tests = ReadTests(root.Require("tests"), paths);
  if (const auto solutions = root.Find("solutions")) {
    for (const YAML::Node& node : ReadList(*solutions)) {
      problem.solutions.push_back(ReadSolution(node, problem.solutions.size(), paths));
    }
  }
  return problem;
}

std::expected<Problem, LoadError> LoadFromYaml(const std::filesystem::path& dir,
                                               const std::filesystem::path& yaml) {
  std::error_code error;
  if (std::filesystem::status(yaml, error).type() == std::filesystem::file_type::not_found) {
    return std::unexpected(LoadError{yaml, 0, 0, std::string(kNoProblemYaml)});
  }
  const auto text = ReadWholeFile(yaml);
  if (!text) return std::unexpected(LoadError{yaml, 0, 0, "cannot read: " + text.error()});
  // lexically_normal keeps a trailing '/' as an empty last part; drop it to get the name.
  std::filesystem::path absolute = std::filesystem::absolute(dir).lexically_normal();
  if (!absolute.has_filename()) absolute = absolute.parent_path();
  return ReadProblem(YAML::Load(*text), ProblemPaths{absolute, yaml});
}

LoadError ErrorAt(const std::filesystem::path& file, const YAML::Mark& mark,
                  std::string message) {
  return LoadError{file, OneBased(mark.line), OneBased(mark.column), std::move(message)};
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
  try {
    return LoadFromYaml(dir, yaml);
  } catch (const FieldError& error) {
    return std::unexpected(ErrorAt(yaml, error.mark(), error.what()));
  } catch (const YAML::Exception& error) {
    return std::unexpected(ErrorAt(yaml, error.mark, "invalid YAML: " + error.msg));
  } catch (const std::exception& error) {
    return std::unexpected(LoadError{yaml, 0, 0, error.what()});
  }
}

}  // namespace judge

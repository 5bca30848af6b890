// problem_yaml_fuzz: LoadProblemText on arbitrary problem.yaml text: a Problem that keeps the
// model's promises, or a LoadError that says what and where; never a crash or a stray throw.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>

#include "judge/problem/ProblemFiles.h"
#include "judge/problem/ProblemLoader.h"
#include "tests/fuzz/FuzzCheck.h"
#include "tests/fuzz/ShadowBank.h"

namespace {

using judge::Problem;
using judge::ProblemMode;

// Data files above this are left out of the shadow bank: the largest take seconds to read.
constexpr std::uintmax_t kMaxDataBytes = 16 << 10;

// The folder the text is loaded against: the (shadow) bank's folder of the id it declares,
// so that mutations of a real problem.yaml still find the statement, test data and
// solutions it names, and reach the checks behind them.
std::filesystem::path DirFor(std::string_view text) {
  const std::filesystem::path& bank = fuzz::ShadowBank(JUDGE_FUZZ_PROBLEMS_DIR, kMaxDataBytes);
  const std::size_t key = text.starts_with("id:") ? 0 : text.find("\nid:");
  if (key == std::string_view::npos) return bank / "no-id";
  std::string_view id = text.substr(text.find(':', key) + 1);
  id = id.substr(0, id.find_first_of("\r\n#"));
  while (!id.empty() && id.front() == ' ') id.remove_prefix(1);
  while (!id.empty() && id.back() == ' ') id.remove_suffix(1);
  // A slug only, so no text can lead the loader outside the bank.
  const bool slug = !id.empty() && id.size() <= 64 && std::ranges::all_of(id, [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
  return bank / (slug ? std::string(id) : "no-id");
}

bool Inside(const std::filesystem::path& file, const std::filesystem::path& dir) {
  const auto relative = file.lexically_relative(dir);
  return file.is_absolute() && !relative.empty() && *relative.begin() != "..";
}

void CheckProblem(const Problem& problem, const std::filesystem::path& dir) {
  fuzz::Check(problem.id == dir.filename().string(), "the id is the folder's name", problem.id);
  fuzz::Check(!problem.tests.empty(), "a problem has tests");
  fuzz::Check(std::ranges::is_partitioned(problem.tests, &judge::TestCase::sample),
              "samples come first");
  std::set<std::string> names;
  for (const judge::TestCase& test : problem.tests) {
    fuzz::Check(names.insert(test.name).second, "test names are unique", test.name);
    fuzz::Check(test.location.line >= 1, "a test knows its line", test.name);
    switch (problem.mode) {
      case ProblemMode::Stdio:
        fuzz::Check(test.args.empty() && test.operations.empty(), "stdio tests hold text");
        break;
      case ProblemMode::Function:
        fuzz::Check(test.args.size() == problem.signature->params.size(),
                    "one argument per parameter", test.name);
        break;
      case ProblemMode::Design:
        fuzz::Check(!test.operations.empty() &&
                        test.operations.front() == problem.design->class_name &&
                        test.operation_args.size() == test.operations.size() &&
                        test.expected.is_list() &&
                        test.expected.as_list().size() == test.operations.size(),
                    "a design test constructs first and has one result per operation",
                    test.name);
        break;
    }
  }
  fuzz::Check(problem.signature.has_value() == (problem.mode == ProblemMode::Function) &&
                  problem.design.has_value() == (problem.mode == ProblemMode::Design),
              "the mode's spec and no other");
  const judge::ProblemLimits& limits = problem.limits;
  fuzz::Check(limits.time_ms >= 1 && limits.time_ms <= 60'000 &&
                  limits.memory_bytes >= (1LL << 20) && limits.memory_bytes <= (8LL << 30) &&
                  limits.output_bytes >= (1LL << 10) && limits.output_bytes <= (1LL << 30),
              "limits are within their bounds");
  fuzz::Check(problem.checker.abs_tolerance >= 0 && problem.checker.rel_tolerance >= 0,
              "tolerances are not negative");
  fuzz::Check(Inside(problem.statement, problem.dir), "the statement is inside the folder");
  for (const judge::ReferenceSolution& solution : problem.solutions) {
    fuzz::Check(Inside(solution.file, problem.dir), "solutions are inside the folder",
                solution.file.string());
  }
}

// YAML 1.1's line breaks, as libyaml counts lines: CR LF, CR, LF, and NEL, LS, PS in UTF-8.
std::ptrdiff_t LineBreaks(std::string_view text) {
  std::ptrdiff_t breaks = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::string_view rest = text.substr(i);
    if (rest.starts_with("\r\n")) {
      ++i;
      ++breaks;
    } else if (rest[0] == '\r' || rest[0] == '\n') {
      ++breaks;
    } else if (rest.starts_with("\xC2\x85")) {
      ++i;
      ++breaks;
    } else if (rest.starts_with("\xE2\x80\xA8") || rest.starts_with("\xE2\x80\xA9")) {
      i += 2;
      ++breaks;
    }
  }
  return breaks;
}

void CheckError(const judge::LoadError& error, std::string_view text,
                const std::filesystem::path& yaml) {
  fuzz::Check(!error.message.empty() && !error.file.empty(), "an error names its file and why");
  fuzz::Check(error.line >= 0 && error.column >= 0 && (error.line > 0 || error.column == 0),
              "an error's place is a line, then a column", error.ToString());
  if (error.file == yaml) {
    const auto lines = LineBreaks(text) + 1;
    fuzz::Check(error.line <= lines, "an error's line is in the file", error.ToString());
  }
  // Line 0 is for the file as a whole (empty) or the folder (no statement.md); anything
  // else there is an exception that escaped the readers without a place (a loader bug).
  if (error.line == 0 && error.file == yaml) {
    fuzz::Check(error.message.starts_with("problem.yaml must be a map") ||
                    error.message.starts_with("'statement' defaults to statement.md"),
                "every error in problem.yaml has a line", error.ToString());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::filesystem::path dir = DirFor(text);
  const auto problem = judge::LoadProblemText(text, dir);
  if (problem) {
    CheckProblem(*problem, dir);
  } else {
    CheckError(problem.error(), text, dir / judge::kProblemYaml);
  }
  return 0;
}

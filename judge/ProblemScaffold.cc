#include "judge/ProblemScaffold.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <iterator>
#include <ranges>
#include <system_error>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace judge {
namespace {

namespace fs = std::filesystem;

// The TODO a reference solution raises until it is written: an accepted solution that
// returned a default value could pass placeholder tests and make `judge verify` pass early.
constexpr std::string_view kUnwritten = "TODO: write the reference solution";

// A one-word slug becomes the method's name as it is; these would not compile as one.
constexpr std::string_view kKeywords[] = {
    "alignas", "alignof", "and", "as", "asm", "assert", "async", "auto", "await", "bitand",
    "bitor", "bool", "break", "case", "catch", "char", "class", "compl", "concept", "const",
    "consteval", "constexpr", "constinit", "continue", "decltype", "def", "default", "del",
    "delete", "do", "double", "elif", "else", "enum", "except", "explicit", "export", "extern",
    "false", "finally", "float", "for", "friend", "from", "global", "goto", "if", "import",
    "in", "inline", "int", "is", "lambda", "long", "mutable", "namespace", "new", "noexcept",
    "nonlocal", "not", "nullptr", "operator", "or", "pass", "private", "protected", "public",
    "raise", "register", "requires", "return", "short", "signed", "sizeof", "static",
    "struct", "switch", "template", "this", "throw", "true", "try", "typedef", "typeid",
    "typename", "union", "unsigned", "using", "virtual", "void", "volatile", "while", "with",
    "xor", "yield"};

std::expected<void, std::string> CheckSlug(std::string_view slug) {
  const bool words = !slug.empty() && slug.front() != '-' && slug.back() != '-' &&
                     slug.find("--") == std::string_view::npos &&
                     std::ranges::all_of(slug, [](char c) {
                       return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
                     });
  if (words) return {};
  return std::unexpected(fmt::format(
      "invalid slug '{}': use lowercase letters and digits, words joined by '-' (two-sum)", slug));
}

std::vector<std::string> Words(std::string_view slug) {
  std::vector<std::string> words;
  for (const auto word : slug | std::views::split('-')) {
    words.emplace_back(word.begin(), word.end());
  }
  return words;
}

std::string Capitalized(std::string word) {
  word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
  return word;
}

std::string TitleFromSlug(std::string_view slug) {
  std::string title;
  for (const std::string& word : Words(slug)) {
    title += (title.empty() ? "" : " ") + Capitalized(word);
  }
  return title;
}

// LeetCode's camelCase ("sum-of-list" → sumOfList), or `solve` where that is no identifier.
std::string MethodFromSlug(std::string_view slug) {
  std::string method;
  for (const std::string& word : Words(slug)) method += method.empty() ? word : Capitalized(word);
  const bool identifier = std::isalpha(static_cast<unsigned char>(method[0])) &&
                          std::ranges::find(kKeywords, method) == std::end(kKeywords);
  return identifier ? method : "solve";
}

// A YAML double-quoted scalar: JSON's string form is one, with every character escaped
// (and bytes that are not UTF-8 replaced, as the loader would refuse them).
std::string YamlQuoted(std::string_view text) {
  return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string StatementText(const std::string& title) {
  // Short on purpose: `judge lint` reports a statement of 200 characters or fewer.
  return fmt::format(
      "# {}\n\nTODO: the task.\n\n## Examples\n\nTODO: each one also a `sample: true` test.\n\n"
      "## Constraints\n\nTODO: sizes and value ranges.\n",
      title);
}

// One sample and hidden tests, each probing one edge; the expected values are placeholders.
struct TestSketch {
  std::string_view name;
  std::string_view tag;  // empty for the sample
  std::string_view nums;
};
constexpr std::array<TestSketch, 5> kTests = {{
    {"sample-1", "", "3, 1, 2"},
    {"empty", "edge:empty", ""},
    {"single-element", "edge:min-size", "7"},
    {"negatives", "edge:negative", "-4, 0, -1, 5"},
    {"all-equal", "edge:duplicates", "2, 2, 2"},
}};

std::string TestHeader(const TestSketch& test) {
  return test.tag.empty()
             ? fmt::format("  - name: {}\n    sample: true\n", test.name)
             : fmt::format("  - name: {}\n    tags: [{}]\n", test.name, test.tag);
}

std::string FunctionTests() {
  std::string text;
  for (const TestSketch& test : kTests) {
    text += TestHeader(test) + fmt::format("    input: {{nums: [{}]}}\n", test.nums) +
            "    expected: 0  # TODO: the right answer\n";
  }
  return text;
}

// Stdio input: the count, then the numbers on one line.
std::string StdioTests() {
  std::string text;
  for (const TestSketch& test : kTests) {
    const auto count = test.nums.empty() ? 0 : std::ranges::count(test.nums, ',') + 1;
    std::string numbers(test.nums);
    std::erase(numbers, ',');
    text += TestHeader(test) + fmt::format("    input: \"{}\\n{}\\n\"\n", count, numbers) +
            "    output: \"0\\n\"  # TODO: the right answer\n";
  }
  return text;
}

std::string ProblemYaml(const ScaffoldSpec& spec, const std::string& title,
                        const std::string& method) {
  const bool function = spec.mode == ProblemMode::Function;
  std::string text = fmt::format(
      "# Made by `judge new`: do every TODO (problems/README.md describes each key). Then\n"
      "# `judge verify {0}` checks that each solution earns its verdict, and\n"
      "# `judge lint {0}` lists what the bank still asks for.\n"
      "id: {0}\n"
      "title: {1}\n"
      "difficulty: {2}\n"
      "tags: []  # TODO: topics, e.g. [array, hash-map]\n"
      "# leetcode: 1  # TODO: LeetCode's number for the same problem, where there is one\n"
      "mode: {3}\n",
      spec.slug, YamlQuoted(title), DifficultyName(spec.difficulty), ModeName(spec.mode));
  if (function) {
    text += fmt::format(
        "# TODO: the method as LeetCode declares it.\n"
        "signature:\n"
        "  method: {}\n"
        "  params:\n"
        "    - {{name: nums, type: \"list<int>\"}}\n"
        "  returns: int\n",
        method);
  }
  text += "limits: {time: 1s, memory: 256MiB}\n\n";
  text += "# TODO: the tests. Samples first, then hidden tests, each tagged with the edge it\n"
          "# probes (edge:max-size among them); put large data under tests/.\n";
  text += "tests:\n" + (function ? FunctionTests() : StdioTests());
  text += "\n# TODO: a wrong solution for each trap, with the verdict it earns (wrong_answer,\n"
          "# runtime_error, time_limit, ...).\n"
          "solutions:\n"
          "  - file: solutions/accepted.cpp\n"
          "    expect: accepted\n"
          "  - file: solutions/accepted.py\n"
          "    expect: accepted\n";
  return text;
}

std::string AcceptedCpp(const ScaffoldSpec& spec, const std::string& method) {
  if (spec.mode == ProblemMode::Function) {
    return fmt::format(
        "// Reference solution. TODO: the idea, and its time and memory.\n"
        "class Solution {{\n"
        "public:\n"
        "    int {}(vector<int>& nums) {{\n"
        "        throw logic_error(\"{}\");\n"
        "    }}\n"
        "}};\n",
        method, kUnwritten);
  }
  return fmt::format(
      "// Reference solution. TODO: the idea, and its time and memory.\n"
      "#include <bits/stdc++.h>\n"
      "using namespace std;\n"
      "\n"
      "int main() {{\n"
      "    int n = 0;\n"
      "    cin >> n;\n"
      "    vector<long long> nums(n);\n"
      "    for (auto& x : nums) cin >> x;\n"
      "    throw logic_error(\"{}\");\n"
      "}}\n",
      kUnwritten);
}

std::string AcceptedPy(const ScaffoldSpec& spec, const std::string& method) {
  if (spec.mode == ProblemMode::Function) {
    return fmt::format(
        "# Reference solution. TODO: the idea, and its time and memory.\n"
        "class Solution:\n"
        "    def {}(self, nums: List[int]) -> int:\n"
        "        raise NotImplementedError(\"{}\")\n",
        method, kUnwritten);
  }
  return fmt::format(
      "# Reference solution. TODO: the idea, and its time and memory.\n"
      "import sys\n"
      "\n"
      "data = sys.stdin.read().split()\n"
      "nums = [int(x) for x in data[1:1 + int(data[0])]]\n"
      "raise NotImplementedError(\"{}\")\n",
      kUnwritten);
}

std::expected<void, std::string> WriteFile(const fs::path& file, const std::string& text) {
  std::error_code error;
  fs::create_directories(file.parent_path(), error);
  if (error) {
    return std::unexpected(
        fmt::format("cannot create {}: {}", file.parent_path().string(), error.message()));
  }
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out.flush()) return std::unexpected("cannot write " + file.string());
  return {};
}

}  // namespace

std::expected<std::vector<ScaffoldFile>, std::string> ScaffoldFiles(const ScaffoldSpec& spec) {
  if (auto slug = CheckSlug(spec.slug); !slug) return std::unexpected(slug.error());
  if (spec.title.find_first_of("\r\n") != std::string::npos) {
    return std::unexpected("the title must be one line");
  }
  if (spec.mode != ProblemMode::Function && spec.mode != ProblemMode::Stdio) {
    return std::unexpected(fmt::format("judge new writes function or stdio problems, not {}",
                                       ModeName(spec.mode)));
  }
  const std::string title = spec.title.empty() ? TitleFromSlug(spec.slug) : spec.title;
  const std::string method = MethodFromSlug(spec.slug);
  return std::vector<ScaffoldFile>{
      {"problem.yaml", ProblemYaml(spec, title, method)},
      {"statement.md", StatementText(title)},
      {"solutions/accepted.cpp", AcceptedCpp(spec, method)},
      {"solutions/accepted.py", AcceptedPy(spec, method)},
  };
}

std::expected<std::filesystem::path, std::string> WriteScaffold(
    const std::filesystem::path& root, std::string_view slug,
    const std::vector<ScaffoldFile>& files) {
  const fs::path dir = root / slug;
  std::error_code error;
  // create_directory says an existing folder (or file) is there: no race with a check.
  if (!fs::create_directory(dir, error)) {
    if (error && error != std::errc::file_exists) {
      return std::unexpected(fmt::format("cannot create {}: {}", dir.string(), error.message()));
    }
    return std::unexpected(
        fmt::format("{} exists; choose another slug, or remove it first", dir.string()));
  }
  for (const ScaffoldFile& file : files) {
    if (auto written = WriteFile(dir / file.path, file.text); !written) {
      fs::remove_all(dir, error);
      return std::unexpected(
          error ? fmt::format("{}; removing {} failed too: {}", written.error(), dir.string(),
                              error.message())
                : written.error() + "; nothing was left behind");
    }
  }
  return dir;
}

}  // namespace judge

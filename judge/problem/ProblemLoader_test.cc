#include "judge/problem/ProblemLoader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <set>
#include <sstream>

#include "tests/TestPaths.h"

namespace judge {
namespace {

std::filesystem::path Broken(const std::string& name) {
  return testing::TestDataDir() / "problems-broken" / name;
}
std::filesystem::path Good(const std::string& name) {
  return testing::TestDataDir() / "problems-good" / name;
}

TEST(LoadErrorToString, ShowsOnlyThePartsItKnows) {
  EXPECT_EQ((LoadError{"p/problem.yaml", 12, 3, "bad"}).ToString(), "p/problem.yaml:12:3: bad");
  EXPECT_EQ((LoadError{"p/problem.yaml", 12, 0, "bad"}).ToString(), "p/problem.yaml:12: bad");
  EXPECT_EQ((LoadError{"p/problem.yaml", 0, 0, "bad"}).ToString(), "p/problem.yaml: bad");
  EXPECT_EQ((LoadError{"", 0, 0, "bad"}).ToString(), "bad");
}

// One folder of tests/data/problems-broken, each with one defect, and the exact error it
// must give: what follows "<folder>/problem.yaml" in LoadError::ToString().
struct BrokenCase {
  std::string folder;
  std::string error;
};

std::ostream& operator<<(std::ostream& out, const BrokenCase& c) { return out << c.folder; }

class BrokenProblem : public ::testing::TestWithParam<BrokenCase> {};

TEST_P(BrokenProblem, GivesOneErrorWithItsPlace) {
  const BrokenCase& c = GetParam();
  const auto problem = LoadProblem(Broken(c.folder));
  ASSERT_FALSE(problem.has_value()) << "loaded without error";
  EXPECT_EQ(problem.error().ToString(), (Broken(c.folder) / "problem.yaml").string() + c.error);
}

const BrokenCase kBrokenCases[] = {
    {"syntax-error",
     ":7:4: invalid YAML: did not find expected '-' indicator (while parsing a block "
     "collection on line 5)"},
    {"empty-file", ": problem.yaml must be a map of keys, not empty"},
    {"not-a-map", ":1:1: problem.yaml must be a map of keys, not a list"},
    {"missing-problem-yaml", ": not found; every problem folder holds one"},
    {"unknown-top-key",
     ":2:1: unknown key 'titel' in problem.yaml; expected one of: id, title, difficulty, tags, "
     "leetcode, mode, signature, design, python, statement, limits, checker, tests, solutions, "
     "budget, scale, starter"},
    {"budget-without-scale",
     ":10:9: 'budget' needs 'scale' too: a budget is measured on the scale's inputs"},
    {"bad-growth-class",
     ":10:16: 'time' in budget: complexity \"O(n!)\" not understood; expected O(1), O(log n), "
     "O(n), O(n log n), O(n²), O(n² log n), O(n³) or O(2ⁿ) (ASCII spellings such as O(nlogn), "
     "O(n*log(n)), O(n^2), O(n^3) and O(2^n) work too)"},
    {"generator-wrong-type", ":14:15: the generator 'ints' cannot build 's', a string"},
    {"grid-snake-of-chars",
     ":14:65: 'shape' in the generator of 'grid' must be random (snake is for grids of int), not "
     "'snake'"},
    {"doubles-min-above-max", ":14:8: the generator of 'x': min must be below max"},
    {"doubles-list-with-rows",
     ":14:24: unknown key 'rows' in the generator of 'x'; expected one of: kind, length, min, max"},
    {"scale-too-few-sizes",
     ":12:10: 'sizes' in scale must give at least 6 sizes over at least two decades (largest >= "
     "100 x smallest)"},
    {"unknown-test-key",
     ":8:5: unknown key 'tset' in test 'small'; expected one of: name, sample, tags, input, "
     "input_file, output, output_file"},
    {"duplicate-key", ":4:1: key 'title' appears twice in problem.yaml (first on line 2)"},
    {"wrong-type-tags", ":4:7: 'tags' in problem.yaml must be a list of strings, not '5'"},
    {"wrong-type-sample", ":6:13: 'sample' in test 'small' must be true or false, not 'maybe'"},
    {"test-not-a-map", ":5:5: test 1 must be a map of keys, not 'small'"},
    {"missing-id", ":1:1: missing required key 'id' in problem.yaml"},
    {"missing-title", ":1:1: missing required key 'title' in problem.yaml"},
    {"missing-difficulty", ":1:1: missing required key 'difficulty' in problem.yaml"},
    {"missing-tests", ":1:1: missing required key 'tests' in problem.yaml"},
    {"empty-title", ":2:1: 'title' in problem.yaml must not be empty"},
    {"bad-id", ":1:5: id 'Bad_Id' may hold only a-z, 0-9 and '-'"},
    {"id-mismatch", ":1:5: id 'a-plus-b' must equal the folder's name 'id-mismatch'"},
    {"bad-difficulty",
     ":3:13: 'difficulty' in problem.yaml must be easy, medium or hard, not 'simple'"},
    {"bad-leetcode", ":4:11: 'leetcode' in problem.yaml must be a positive integer, not '-3'"},
    {"function-mode", ":4:7: mode: function needs a 'signature'"},
    {"node-of-missing-val",
     ":13:33: 'p' of test 'small' is 42, which is not the val of any node of 'root'"},
    {"cycle-of-out-of-range",
     ":13:35: 'pos' of test 'small' must be -1 (no cycle) or an index into 'head' (0..2), not 3"},
    {"bad-type",
     ":8:23: 'type' in a parameter of the signature: unknown type 'integer'; expected int, long, double, bool, char, string, list<T>, TreeNode, ListNode, Node or void"},
    {"void-without-result",
     ":6:3: a void method needs 'result: <parameter>' to say what to compare"},
    {"wrong-value-type",
     ":12:23: 'nums' of test 'small'[1] must be an integer in [-2147483648, 2147483647], not 'two'"},
    {"int-out-of-range",
     ":12:16: 'n' of test 'small' must be an integer in [-2147483648, 2147483647], not '2147483648'"},
    {"design-unknown-method",
     ":13:36: 'top' is not a method of MinStack"},
    {"design-void-returns-value",
     ":14:22: push returns nothing: null"},
    {"design-checker-null-expected",
     ":16:25: result 3 (pickIndex): a custom checker is given each expected result as a value: "
     "write one right result, not null"},
    {"design-checker-method-check",
     ":9:10: a custom checker of a design has its own check() called last, so no method of "
     "Validator may be named 'check'"},
    {"custom-checker-stdio", ":4:10: a custom checker needs mode: function or design"},
    {"budget-stdio", ":5:9: 'budget' needs mode: function or design"},
    {"design-scale-unknown-method",
     ":15:63: unknown key 'pop' in 'calls' in operations phase 1; expected one of: push, getMin"},
    {"design-scale-missing-args",
     ":16:15: 'push' in operations phase 1 needs 'args': a generator for each parameter"},
    {"missing-argument",
     ":13:12: missing required key 'b' in the input of test 'small'"},
    {"missing-statement",
     ": 'statement' defaults to statement.md: file 'statement.md' not found in the problem "
     "folder"},
    {"missing-named-statement",
     ":4:12: 'statement' in problem.yaml: file 'intro.md' not found in the problem folder"},
    {"bad-duration",
     ":5:9: 'time' in limits: 'fast' is not a duration; write a number followed by ms or s, "
     "like 500ms or 1.5s"},
    {"time-too-long", ":5:9: 'time' in limits must be between 1ms and 60s, not '90s'"},
    {"starter-unknown-language", ":4:11: unknown key 'java' in starter; expected one of: cpp, py"},
    {"starter-missing-file", ":4:15: 'py' in starter: file 'solutions/starter.py' not found in the problem "
     "folder"},
    {"relative-time-bad",
     ":5:9: 'time' in limits: '3 times reference' is not a relative time limit; write a factor "
     "and 'x reference', optionally '+' a duration, like 3x reference + 50ms"},
    {"relative-time-without-reference",
     ":5:9: a time limit relative to the reference needs an accepted solution under "
     "'solutions'"},
    {"bad-size",
     ":6:11: 'memory' in limits: 'lots' is not a size; write an integer followed by B, KiB, "
     "MiB or GiB, like 256MiB"},
    {"abs-with-tokens", ":6:8: 'abs' in checker only applies to type float, not tokens"},
    {"tolerance-negative", ":4:29: 'rel' in checker must be a number >= 0, not '-1'"},
    {"empty-tests", ":4:8: 'tests' in problem.yaml must hold at least one test"},
    {"duplicate-test-name", ":11:11: duplicate test name 'small' (first on line 5)"},
    {"bad-test-name",
     ":5:11: test name 'small one' may hold only letters, digits, '_', '.', '-'"},
    {"both-input-and-file", ":7:17: test 'small' has both 'input' and 'input_file'; keep one"},
    {"no-output", ":5:5: test 'small' needs 'output' or 'output_file'"},
    {"missing-input-file",
     ":6:17: 'input_file' in test 'big': file 'tests/big.in' not found in the problem folder"},
    {"path-escape",
     ":6:17: 'input_file' in test 'big': 'tests/../../secret.in' leads outside the problem "
     "folder"},
    {"path-absolute",
     ":6:17: 'input_file' in test 'big': '/etc/hostname' is an absolute path; name a file "
     "inside the problem folder"},
    {"unknown-verdict",
     ":10:13: 'expect' in solution 'solutions/ok.cpp' must be accepted, wrong_answer, "
     "time_limit, memory_limit, output_limit, runtime_error, compile_error, time_budget or "
     "space_budget, not 'accept'"},
    {"internal-error-expected",
     ":10:13: 'expect' in solution 'solutions/ok.cpp' must be accepted, wrong_answer, "
     "time_limit, memory_limit, output_limit, runtime_error, compile_error, time_budget or "
     "space_budget, not 'internal_error'"},
    {"unknown-language",
     ":11:11: 'lang' in solution 'solutions/ok.cpp' must be cpp or py, not 'rust'"},
    {"unknown-extension",
     ":9:11: cannot tell the language of 'solutions/main.rs' from its extension; add lang: cpp "
     "or lang: py"},
};

INSTANTIATE_TEST_SUITE_P(Fixtures, BrokenProblem, ::testing::ValuesIn(kBrokenCases),
                         [](const ::testing::TestParamInfo<BrokenCase>& info) {
                           std::string name = info.param.folder;
                           std::ranges::replace(name, '-', '_');
                           return name;
                         });

// The table above must cover every fixture folder, so none is left untested.
TEST(BrokenProblem, EveryFixtureFolderHasACase) {
  std::set<std::string> folders;
  for (const auto& entry : std::filesystem::directory_iterator(Broken(""))) {
    if (entry.is_directory()) folders.insert(entry.path().filename().string());
  }
  std::set<std::string> cases;
  for (const BrokenCase& c : kBrokenCases) cases.insert(c.folder);
  EXPECT_EQ(folders, cases);
}

TEST(LoadProblem, ReportsTheFieldsOfTheError) {
  const auto problem = LoadProblem(Broken("duplicate-test-name"));
  ASSERT_FALSE(problem.has_value());
  EXPECT_EQ(problem.error().file, Broken("duplicate-test-name") / "problem.yaml");
  EXPECT_EQ(problem.error().line, 11);
  EXPECT_EQ(problem.error().column, 11);
  EXPECT_EQ(problem.error().message, "duplicate test name 'small' (first on line 5)");
}

TEST(LoadProblem, ReportsAFolderThatDoesNotExist) {
  const auto problem = LoadProblem(Broken("no-such-folder"));
  ASSERT_FALSE(problem.has_value());
  EXPECT_EQ(problem.error().ToString(), (Broken("no-such-folder") / "problem.yaml").string() +
                                            ": not found; every problem folder holds one");
}

TEST(LoadProblem, AppliesDefaults) {
  const auto problem = LoadProblem(Good("minimal"));
  ASSERT_TRUE(problem.has_value()) << problem.error().ToString();
  EXPECT_EQ(problem->id, "minimal");
  EXPECT_EQ(problem->title, "Minimal");
  EXPECT_EQ(problem->difficulty, Difficulty::Medium);
  EXPECT_EQ(problem->dir, std::filesystem::absolute(Good("minimal")));
  EXPECT_EQ(problem->statement, std::filesystem::absolute(Good("minimal") / "statement.md"));
  EXPECT_TRUE(problem->tags.empty());
  EXPECT_FALSE(problem->leetcode.has_value());
  EXPECT_EQ(problem->mode, ProblemMode::Stdio);
  EXPECT_EQ(problem->limits.time_ms, 1000);
  EXPECT_EQ(problem->limits.memory_bytes, 256LL << 20);
  EXPECT_EQ(problem->limits.output_bytes, 16LL << 20);
  EXPECT_EQ(problem->checker.kind, CheckerKind::Tokens);
  EXPECT_DOUBLE_EQ(problem->checker.abs_tolerance, 1e-6);
  EXPECT_DOUBLE_EQ(problem->checker.rel_tolerance, 1e-6);
  EXPECT_TRUE(problem->solutions.empty());
  ASSERT_EQ(problem->tests.size(), 1u);
  const TestCase& test = problem->tests[0];
  EXPECT_EQ(test.name, "only");
  EXPECT_FALSE(test.sample);
  EXPECT_TRUE(test.tags.empty());
  EXPECT_EQ(test.input, "1\n");
  EXPECT_EQ(test.expected_output, "1\n");
  EXPECT_EQ(test.location.file, Good("minimal") / "problem.yaml");
  EXPECT_EQ(test.location.line, 6);
}

TEST(LoadProblem, ReadsEveryKey) {
  const auto problem = LoadProblem(Good("full"));
  ASSERT_TRUE(problem.has_value()) << problem.error().ToString();
  EXPECT_EQ(problem->title, "Every Key");
  EXPECT_EQ(problem->difficulty, Difficulty::Hard);
  EXPECT_EQ(problem->tags, (std::vector<std::string>{"math", "strings"}));
  EXPECT_EQ(problem->leetcode, 42);
  EXPECT_EQ(problem->statement, std::filesystem::absolute(Good("full") / "problem.md"));
  EXPECT_EQ(problem->limits.time_ms, 1500);
  EXPECT_EQ(problem->limits.memory_bytes, 64LL << 20);
  EXPECT_EQ(problem->limits.output_bytes, 512LL << 10);
  EXPECT_EQ(problem->checker.kind, CheckerKind::Float);
  EXPECT_DOUBLE_EQ(problem->checker.abs_tolerance, 1e-9);
  EXPECT_DOUBLE_EQ(problem->checker.rel_tolerance, 0.001);
}

TEST(LoadProblem, PutsSamplesFirstAndKeepsFileOrderOtherwise) {
  const auto problem = LoadProblem(Good("full"));
  ASSERT_TRUE(problem.has_value()) << problem.error().ToString();
  ASSERT_EQ(problem->tests.size(), 3u);
  EXPECT_EQ(problem->tests[0].name, "sample.1");
  EXPECT_EQ(problem->tests[1].name, "sample_2");
  EXPECT_EQ(problem->tests[2].name, "hidden-first");
  EXPECT_TRUE(problem->tests[0].sample);
  EXPECT_TRUE(problem->tests[1].sample);
  EXPECT_FALSE(problem->tests[2].sample);
  EXPECT_EQ(problem->tests[2].location.line, 18);
  EXPECT_EQ(problem->tests[0].location.line, 22);
}

TEST(LoadProblem, ReadsTestDataInlineAndFromFilesAsIs) {
  const auto problem = LoadProblem(Good("full"));
  ASSERT_TRUE(problem.has_value()) << problem.error().ToString();
  const TestCase& literal_block = problem->tests[0];
  EXPECT_EQ(literal_block.input, "3\n1 2 3\n");
  EXPECT_EQ(literal_block.expected_output, "2.0\n");
  const TestCase& empty = problem->tests[1];
  EXPECT_EQ(empty.input, "");
  EXPECT_EQ(empty.expected_output, "0\n");  // from tests/empty.out
  EXPECT_EQ(empty.tags, (std::vector<std::string>{"edge:empty"}));
  const TestCase& from_files = problem->tests[2];
  EXPECT_EQ(from_files.input, "2\r\n5 5");  // binary: \r kept, no final newline added
  EXPECT_EQ(from_files.expected_output, "5.0\n");
  EXPECT_EQ(from_files.tags, (std::vector<std::string>{"edge:max-size", "edge:duplicates"}));
}

TEST(LoadProblem, ReadsSolutionsWithLanguageFromExtensionOrLang) {
  const auto problem = LoadProblem(Good("full"));
  ASSERT_TRUE(problem.has_value()) << problem.error().ToString();
  ASSERT_EQ(problem->solutions.size(), 3u);
  const auto& solutions = problem->solutions;
  EXPECT_EQ(solutions[0].file, std::filesystem::absolute(Good("full") / "solutions/main.cc"));
  EXPECT_EQ(solutions[0].language, Language::Cpp);
  EXPECT_EQ(solutions[0].expected, Verdict::Accepted);
  EXPECT_EQ(solutions[0].location.file, Good("full") / "problem.yaml");
  EXPECT_EQ(solutions[0].location.line, 34);
  EXPECT_EQ(solutions[1].language, Language::Python);
  EXPECT_EQ(solutions[1].expected, Verdict::TimeLimit);
  EXPECT_EQ(solutions[2].language, Language::Cpp);  // lang: c++ on a .txt file
  EXPECT_EQ(solutions[2].expected, Verdict::WrongAnswer);
}

TEST(LoadProblem, ReadsTheCheckerAsAString) {
  const auto problem = LoadProblem(Good("checker-exact"));
  ASSERT_TRUE(problem.has_value()) << problem.error().ToString();
  EXPECT_EQ(problem->checker.kind, CheckerKind::Exact);
  ASSERT_EQ(problem->tests.size(), 1u);
  EXPECT_EQ(problem->tests[0].input, "a\nb\n");
  EXPECT_EQ(problem->tests[0].expected_output, "a\nb\n");
}

TEST(LoadProblem, ReadsACustomCheckerForADesign) {
  const auto problem = LoadProblem(testing::TestDataDir() / "problems-calls" / "id-pool");
  ASSERT_TRUE(problem.has_value()) << problem.error().ToString();
  EXPECT_EQ(problem->mode, ProblemMode::Design);
  EXPECT_EQ(problem->checker.kind, CheckerKind::Custom);
  EXPECT_EQ(problem->checker.file.filename(), "checker.cpp");
  // A void method's result stays null; the others hold the test's right result.
  EXPECT_EQ(problem->tests[1].expected.ToDisplay(100), "[null,0,1,null,0,2]");
}

TEST(LoadProblem, AcceptsAFolderPathWithATrailingSlash) {
  const auto problem = LoadProblem(Good("minimal").string() + "/");
  ASSERT_TRUE(problem.has_value()) << problem.error().ToString();
  EXPECT_EQ(problem->dir, std::filesystem::absolute(Good("minimal")));
}

TEST(LoadProblem, MakesARelativeFolderAbsoluteButReportsItAsGiven) {
  const std::filesystem::path relative = std::filesystem::relative(Good("minimal"));
  ASSERT_TRUE(relative.is_relative());
  const auto problem = LoadProblem(relative);
  ASSERT_TRUE(problem.has_value()) << problem.error().ToString();
  EXPECT_EQ(problem->dir, std::filesystem::absolute(Good("minimal")));
  EXPECT_EQ(problem->statement, std::filesystem::absolute(Good("minimal") / "statement.md"));
  EXPECT_EQ(problem->tests[0].location.file, relative / "problem.yaml");
}

// Parses the decimal integer in `text`, which may be wider than 64 bits.
__int128 ParseWide(std::string_view text) {
  const bool negative = text.starts_with('-');
  __int128 value = 0;
  for (char c : text.substr(negative ? 1 : 0)) value = value * 10 + (c - '0');
  return negative ? -value : value;
}

TEST(ShippedProblem, APlusBLoads) {
  const auto problem = LoadProblem(testing::ProblemsDir() / "a-plus-b");
  ASSERT_TRUE(problem.has_value()) << problem.error().ToString();
  EXPECT_EQ(problem->id, "a-plus-b");
  EXPECT_EQ(problem->checker.kind, CheckerKind::Tokens);
  EXPECT_EQ(problem->limits.time_ms, 1000);
  EXPECT_EQ(problem->limits.memory_bytes, 256LL << 20);
  ASSERT_GE(problem->tests.size(), 10u);
  EXPECT_EQ(problem->tests[0].name, "sample-1");
  EXPECT_EQ(problem->tests[1].name, "sample-2");
  EXPECT_EQ(std::ranges::count_if(problem->tests, &TestCase::sample), 2);
  std::vector<std::pair<Language, Verdict>> expected;
  for (const ReferenceSolution& solution : problem->solutions) {
    expected.emplace_back(solution.language, solution.expected);
  }
  EXPECT_EQ(expected, (std::vector<std::pair<Language, Verdict>>{
                          {Language::Cpp, Verdict::Accepted},
                          {Language::Cpp, Verdict::WrongAnswer},
                          {Language::Cpp, Verdict::TimeLimit},
                          {Language::Cpp, Verdict::CompileError},
                          {Language::Python, Verdict::Accepted},
                          {Language::Python, Verdict::WrongAnswer}}));
}

// Checks the test data itself: each output is the sum of its input, and every value stays
// within the 64-bit range the statement promises.
TEST(ShippedProblem, APlusBOutputsAreTheSums) {
  const auto problem = LoadProblem(testing::ProblemsDir() / "a-plus-b");
  ASSERT_TRUE(problem.has_value()) << problem.error().ToString();
  const __int128 min = std::numeric_limits<std::int64_t>::min();
  const __int128 max = std::numeric_limits<std::int64_t>::max();
  for (const TestCase& test : problem->tests) {
    std::istringstream input(test.input);
    std::istringstream output(test.expected_output);
    std::string a, b, sum, extra;
    ASSERT_TRUE(input >> a >> b) << test.name;
    ASSERT_TRUE(output >> sum) << test.name;
    EXPECT_FALSE(input >> extra) << test.name;
    EXPECT_FALSE(output >> extra) << test.name;
    for (const __int128 value : {ParseWide(a), ParseWide(b), ParseWide(sum)}) {
      EXPECT_TRUE(value >= min && value <= max) << test.name;
    }
    EXPECT_TRUE(ParseWide(a) + ParseWide(b) == ParseWide(sum)) << test.name;
  }
}

// YAML aliases let a few hundred bytes name 10^7 values (nine copies of an anchor, seven
// levels deep): the loader refuses at its value budget instead of exhausting the judge.
TEST(LoadProblem, RefusesAnAliasBombWithItsPlace) {
  std::string list = "&a0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]";
  std::string type = "int";
  for (int level = 1; level <= 7; ++level) {
    std::string copies;
    for (int i = 0; i < 9; ++i) copies += ", *a" + std::to_string(level - 1);
    list = "&a" + std::to_string(level) + " [" + list + copies + "]";
    type = "list<" + type + ">";
  }
  const std::string yaml = "id: two-sum\ntitle: T\ndifficulty: easy\nmode: function\n"
                           "signature: {method: f, params: [{name: a, type: \"list<" + type +
                           ">\"}], returns: int}\ntests:\n  - name: t\n    input: {a: " + list +
                           "}\n    expected: 1\n";
  const auto loaded = LoadProblemText(yaml, testing::SourceDir() / "problems" / "two-sum");
  ASSERT_FALSE(loaded.has_value());
  EXPECT_EQ(loaded.error().line, 8) << loaded.error().ToString();
  EXPECT_NE(loaded.error().message.find("more than 2000000 values"), std::string::npos)
      << loaded.error().ToString();
}

TEST(LoadProblemSummary, KeepsEveryTestButLeavesFileDataUnread) {
  const auto full = LoadProblem(testing::ProblemsDir() / "two-sum");
  const auto summary = LoadProblemSummary(testing::ProblemsDir() / "two-sum");
  ASSERT_TRUE(full.has_value()) << full.error().ToString();
  ASSERT_TRUE(summary.has_value()) << summary.error().ToString();
  ASSERT_EQ(summary->tests.size(), full->tests.size());
  int unread = 0;
  for (std::size_t i = 0; i < full->tests.size(); ++i) {
    EXPECT_EQ(summary->tests[i].name, full->tests[i].name);
    EXPECT_EQ(summary->tests[i].tags, full->tests[i].tags);
    if (summary->tests[i].args.empty()) ++unread;
    else EXPECT_EQ(summary->tests[i].args, full->tests[i].args);
  }
  EXPECT_GE(unread, 1);  // the max-size tests live in files
  EXPECT_EQ(summary->solutions.size(), full->solutions.size());
  EXPECT_EQ(summary->budget.has_value(), full->budget.has_value());
}

}  // namespace
}  // namespace judge

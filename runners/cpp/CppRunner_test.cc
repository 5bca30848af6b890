// Compiles real sources with the real compiler inside the sandbox and runs the results
// there: the flags LeetCode uses, diagnostics, and the program's sandboxed run.
#include "runners/cpp/CppRunner.h"

#include <gtest/gtest.h>

#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <fstream>

namespace runners::cpp {
namespace {

namespace fs = std::filesystem;

class CppRunnerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dir = WorkDir::Create();
    ASSERT_TRUE(dir.has_value()) << dir.error();
    dir_ = std::make_unique<WorkDir>(std::move(*dir));
  }

  fs::path Write(const std::string& name, const std::string& text) {
    const fs::path file = dir_->path() / name;
    std::ofstream(file) << text;
    return file;
  }

  std::unique_ptr<WorkDir> dir_;
  CppRunner runner_;
};

TEST_F(CppRunnerTest, CompilesAsGnuCpp20WithOptimisationAndRunsSandboxed) {
  // unordered_map::contains is C++20; __builtin_popcount and typeof are GNU extensions.
  const auto source = Write("sum.cpp", R"(#include <bits/stdc++.h>
using namespace std;
int main() {
  unordered_map<int, int> seen{{1, 2}};
  long long a, b;
  cin >> a >> b;
  typeof(a) sum = a + b;
  cout << sum << " " << seen.contains(1) << " " << __builtin_popcount(7) << "\n";
})");
  auto prepared = runner_.Prepare(source, runners::Task::Stdio());
  ASSERT_TRUE(prepared.has_value()) << prepared.error().message;
  ASSERT_TRUE(std::holds_alternative<Prepared>(*prepared))
      << std::get<CompileFailure>(*prepared).diagnostics;
  const auto& program = std::get<Prepared>(*prepared);
  auto run = runner_.Run(program, "40 2\n", sandbox::RunLimits{});
  ASSERT_TRUE(run.has_value()) << run.error().message;
  EXPECT_EQ(run->status, sandbox::RunStatus::Exited);
  EXPECT_EQ(run->stdout_data, "42 1 3\n");
}

// A stdio source is compiled as written, though its #include <bits/stdc++.h> may be served
// by the precompiled prelude: a macro before it that the header mentions (_GLIBCXX_DEBUG,
// the checked containers) makes g++ read the real header, so the macro still works; one
// the header does not mention (MOD) leaves the prelude usable and means what it says.
TEST_F(CppRunnerTest, MacrosDefinedBeforeThePreludeWorkAsWritten) {
  const auto run = [&](const std::string& name, const std::string& text, const std::string& input) {
    auto prepared = runner_.Prepare(Write(name, text), runners::Task::Stdio());
    EXPECT_TRUE(prepared.has_value()) << prepared.error().message;
    if (!prepared || !std::holds_alternative<Prepared>(*prepared)) {
      ADD_FAILURE() << (prepared ? std::get<CompileFailure>(*prepared).diagnostics : "");
      return sandbox::RunResult{};
    }
    auto result = runner_.Run(std::get<Prepared>(*prepared), input, sandbox::RunLimits{});
    EXPECT_TRUE(result.has_value()) << result.error().message;
    return result.value_or(sandbox::RunResult{});
  };
  const auto checked = run("checked.cpp", R"(#define _GLIBCXX_DEBUG
#include <bits/stdc++.h>
int main() {
  std::vector<int> v(1);
  int i;
  std::cin >> i;
  return v[i];
})", "5\n");
  EXPECT_EQ(checked.status, sandbox::RunStatus::Signaled) << checked.reason;
  EXPECT_EQ(checked.signal, SIGABRT);
  EXPECT_NE(checked.stderr_data.find("out-of-bounds index 5"), std::string::npos)
      << checked.stderr_data;
  const auto modulo = run("modulo.cpp", R"(#define MOD 7
#include <bits/stdc++.h>
using namespace std;
int main() {
  long long x;
  cin >> x;
  cout << x % MOD << "\n";
})", "100\n");
  EXPECT_EQ(modulo.status, sandbox::RunStatus::Exited) << modulo.reason;
  EXPECT_EQ(modulo.stdout_data, "2\n");
}

TEST_F(CppRunnerTest, ACompileErrorCarriesTheFirstDiagnosticsWithoutTheWorkDir) {
  const auto source = Write("broken.cpp", "int main() { return undeclared; }\n");
  auto prepared = runner_.Prepare(source, runners::Task::Stdio());
  ASSERT_TRUE(prepared.has_value()) << prepared.error().message;
  ASSERT_TRUE(std::holds_alternative<CompileFailure>(*prepared));
  const std::string& diagnostics = std::get<CompileFailure>(*prepared).diagnostics;
  EXPECT_NE(diagnostics.find("broken.cpp:1:"), std::string::npos) << diagnostics;
  EXPECT_NE(diagnostics.find("undeclared"), std::string::npos) << diagnostics;
  EXPECT_EQ(diagnostics.find("/judge-"), std::string::npos) << diagnostics;
}

TEST_F(CppRunnerTest, AMissingSourceIsARunnerErrorNotACompileError) {
  auto prepared = runner_.Prepare(dir_->path() / "absent.cpp", runners::Task::Stdio());
  ASSERT_FALSE(prepared.has_value());
  EXPECT_NE(prepared.error().message.find("absent.cpp"), std::string::npos);
}

// The build cache, in a folder of this test's own: an unchanged source skips the compiler
// and runs the same; a changed one, or an entry whose recipe was altered, is compiled anew.
TEST_F(CppRunnerTest, AnUnchangedSourceReusesItsBuildAndNothingElseDoes) {
  const fs::path cache = dir_->path() / "cache";
  ASSERT_EQ(mkdir(cache.c_str(), 0700), 0);
  ::setenv("JUDGE_CACHE_DIR", cache.c_str(), 1);
  const auto build = [&](const fs::path& source) {
    auto prepared = runner_.Prepare(source, runners::Task::Stdio());
    EXPECT_TRUE(prepared.has_value()) << prepared.error().message;
    EXPECT_TRUE(prepared && std::holds_alternative<Prepared>(*prepared));
    return prepared && std::holds_alternative<Prepared>(*prepared) ? std::get<Prepared>(*prepared)
                                                                    : Prepared{};
  };
  const auto output = [&](const Prepared& program) {
    auto run = runner_.Run(program, "", sandbox::RunLimits{});
    return run ? run->stdout_data : run.error().message;
  };
  const auto first = Write("hello.cpp", "#include <cstdio>\nint main() { std::puts(\"one\"); }\n");
  const Prepared compiled = build(first);
  EXPECT_FALSE(compiled.build_cached);
  const Prepared reused = build(first);
  EXPECT_TRUE(reused.build_cached);
  EXPECT_NE(reused.executable, compiled.executable);  // a copy in the submission's own folder
  EXPECT_EQ(output(reused), "one\n");

  const auto changed = Write("hello.cpp", "#include <cstdio>\nint main() { std::puts(\"two\"); }\n");
  const Prepared recompiled = build(changed);
  EXPECT_FALSE(recompiled.build_cached);
  EXPECT_EQ(output(recompiled), "two\n");

  // An entry whose recipe no longer matches (a collision, a damaged file) is not used.
  for (const auto& entry : fs::recursive_directory_iterator(cache / "builds")) {
    if (entry.path().filename() == "recipe") std::ofstream(entry.path(), std::ios::app) << "x";
  }
  const Prepared rebuilt = build(changed);
  EXPECT_FALSE(rebuilt.build_cached);
  EXPECT_EQ(output(rebuilt), "two\n");
  ::unsetenv("JUDGE_CACHE_DIR");
}

}  // namespace
}  // namespace runners::cpp

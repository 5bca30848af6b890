// JudgeProcess: runs the built `judge` binary as a user would (arguments in, exit code,
// stdout and stderr out) for the integration tests.
#pragma once

#include <unistd.h>

#include <boost/process.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/TestPaths.h"

namespace judge::testing {

namespace bp = boost::process;
namespace fs = std::filesystem;

struct Outcome {
  int exit_code = -1;
  std::string out, err;
  double seconds = 0;
};

inline std::string Slurp(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

/// The judge run on the problems under `problems_root` (`--problems`), with `variables` set
/// in its environment over the test's.
inline Outcome RunJudgeIn(const fs::path& problems_root, std::vector<std::string> args,
                          const std::map<std::string, std::string>& variables = {}) {
  const fs::path dir = fs::temp_directory_path() /
                       ("judge-cli-test-" + std::to_string(::getpid()) + "-" +
                        std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
  fs::create_directories(dir);
  args.insert(args.begin(), {"--problems", problems_root.string()});
  bp::environment environment = boost::this_process::environment();
  for (const auto& [name, value] : variables) environment[name] = value;
  const auto started = std::chrono::steady_clock::now();
  bp::child child(JudgeBinary().string(), bp::args(args), environment,
                  bp::std_out > (dir / "out").string(),
                  bp::std_err > (dir / "err").string(), bp::std_in < bp::null);
  child.wait();
  Outcome outcome{child.exit_code(), Slurp(dir / "out"), Slurp(dir / "err"),
                  std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count()};
  fs::remove_all(dir);
  return outcome;
}

/// The judge run on the shipped problems.
inline Outcome RunJudge(std::vector<std::string> args,
                        const std::map<std::string, std::string>& variables = {}) {
  return RunJudgeIn(ProblemsDir(), std::move(args), variables);
}

/// A fixture problem of tests/data/problems-calls, and one of its solutions.
inline std::string CallsFixture(const std::string& name) {
  return (TestDataDir() / "problems-calls" / name).string();
}
inline std::string CallsFixtureSolution(const std::string& problem, const std::string& file) {
  return (TestDataDir() / "problems-calls" / problem / "solutions" / file).string();
}

inline nlohmann::json Json(const Outcome& outcome) {
  auto parsed = nlohmann::json::parse(outcome.out, nullptr, false);
  EXPECT_FALSE(parsed.is_discarded()) << outcome.out;
  return parsed;
}

}  // namespace judge::testing

// `judge completion bash|zsh` and `judge list --names`: the script parses, names every
// subcommand, and completes subcommands, problem slugs and files in a real bash.
#include <gtest/gtest.h>

#include <boost/process.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/JudgeProcess.h"
#include "tests/TestPaths.h"

namespace judge {
namespace {

namespace bp = boost::process;
namespace fs = std::filesystem;
using testing::Outcome;
using testing::ProblemsDir;
using testing::RunJudge;

class CompletionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string dir = (fs::temp_directory_path() / "judge-completion-test-XXXXXX").string();
    ASSERT_NE(::mkdtemp(dir.data()), nullptr);
    dir_ = dir;
    const Outcome script = RunJudge({"completion", "bash"});
    ASSERT_EQ(script.exit_code, 0) << script.err;
    script_ = script.out;
    std::ofstream(dir_ / "judge.bash") << script_;
  }
  void TearDown() override { fs::remove_all(dir_); }

  // bash's exit code and what it printed, running `code` after sourcing the script.
  std::pair<int, std::string> Bash(const std::string& code) {
    bp::ipstream out;
    bp::child child(bp::search_path("bash"), "-c",
                    "source " + (dir_ / "judge.bash").string() + "\n" + code,
                    bp::std_out > out, bp::std_err > bp::null, bp::std_in < bp::null,
                    bp::start_dir = dir_.string());
    std::string text, line;
    while (std::getline(out, line)) text += line + "\n";
    child.wait();
    return {child.exit_code(), text};
  }
  // The words bash offers for the command line `line` (the last word is being completed).
  std::string Complete(const std::string& line) {
    return Bash("read -ra COMP_WORDS <<< '" + line + "'\n" +
                (line.ends_with(" ") ? "COMP_WORDS+=('')\n" : "") +
                "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n_judge\nprintf '%s\\n' \"${COMPREPLY[@]}\"")
        .second;
  }

  fs::path dir_;
  std::string script_;
};

TEST_F(CompletionTest, BashScriptParsesAndNamesEverySubcommand) {
  const auto [code, out] = Bash("bash -n " + (dir_ / "judge.bash").string() + " && echo parsed");
  EXPECT_EQ(code, 0);
  EXPECT_EQ(out, "parsed\n");
  for (const std::string command :
       {"submit", "verify", "list", "show", "start", "lint", "new", "doctor", "stats", "mock",
        "completion"}) {
    EXPECT_NE(script_.find(" " + command + ")"), std::string::npos) << command;
  }
  EXPECT_NE(script_.find("complete -F _judge judge"), std::string::npos);
}

TEST_F(CompletionTest, CompletesSubcommandsOptionsSlugsAndFiles) {
  EXPECT_EQ(Complete("judge mo"), "mock\n");
  EXPECT_EQ(Complete("judge submit --fail"), "--fail-fast\n");
  EXPECT_EQ(Complete("judge start x --lang "), "cpp\npy\n");
  const std::string problems = ProblemsDir().string();
  EXPECT_EQ(Complete("judge --problems " + problems + " submit two-s"), "two-sum\n");
  EXPECT_EQ(Complete("judge --problems " + problems + " verify two-sum a-plus"), "a-plus-b\n");
  std::ofstream(dir_ / "mine.py") << "class Solution: pass\n";
  EXPECT_EQ(Complete("judge --problems " + problems + " submit two-sum mi"), "mine.py\n");
}

TEST_F(CompletionTest, ListNamesPrintsTheSlugsOneALine) {
  const Outcome names = RunJudge({"list", "--names"});
  ASSERT_EQ(names.exit_code, 0) << names.err;
  EXPECT_TRUE(names.out.starts_with("a-plus-b\naccounts-merge\n")) << names.out;
  EXPECT_NE(names.out.find("\ntwo-sum\n"), std::string::npos);
  EXPECT_EQ(names.out.find(' '), std::string::npos) << names.out;
}

TEST_F(CompletionTest, ZshScriptNamesTheSubcommandsAndAnUnknownShellIsRefused) {
  const Outcome zsh = RunJudge({"completion", "zsh"});
  ASSERT_EQ(zsh.exit_code, 0) << zsh.err;
  EXPECT_TRUE(zsh.out.starts_with("#compdef judge\n"));
  EXPECT_NE(zsh.out.find("compdef _judge judge"), std::string::npos);
  EXPECT_NE(zsh.out.find("(mock) options=("), std::string::npos) << zsh.out;
  const Outcome fish = RunJudge({"completion", "fish"});
  EXPECT_EQ(fish.exit_code, 2);
  EXPECT_NE(fish.err.find("bash or zsh"), std::string::npos) << fish.err;
}

}  // namespace
}  // namespace judge

// `judge completion bash|zsh` and `judge list --names`: the script parses, names every
// subcommand, and completes subcommands, problem slugs and files in a real bash; and, as a
// user meets it, Tab completes in an interactive bash and zsh on a terminal.
#include <gtest/gtest.h>

#include <boost/process.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/JudgeProcess.h"
#include "tests/PtyProcess.h"
#include "tests/TestPaths.h"

namespace judge {
namespace {

namespace bp = boost::process;
namespace fs = std::filesystem;
using namespace std::chrono_literals;
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
    const Outcome zsh = RunJudge({"completion", "zsh"});
    ASSERT_EQ(zsh.exit_code, 0) << zsh.err;
    std::ofstream(dir_ / "judge.zsh") << zsh.out;
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

  // The command line an interactive `shell` runs once Tab completed it: the user types
  // `judge sub<Tab>tw<Tab>mi<Tab>` and Enter, in a folder that holds mine.py, with a bank of
  // the test's own (two-sum and a-plus-b: "tw" starts one slug). `setup` loads the
  // completion and makes `judge` a function that prints the words it is given after "ARGS:".
  std::string CompletedByTab(const std::string& shell, std::vector<std::string> shell_args,
                             const std::string& setup) {
    const fs::path program = bp::search_path(shell).string();
    if (program.empty()) {
      ADD_FAILURE() << shell << " is not installed (scripts/install-deps installs it)";
      return "";
    }
    const fs::path bank = dir_ / "problems";
    fs::create_directory(bank);
    for (const std::string slug : {"two-sum", "a-plus-b"}) {
      fs::copy(ProblemsDir() / slug, bank / slug, fs::copy_options::recursive);
    }
    const fs::path work = dir_ / "work";
    fs::create_directory(work);
    std::ofstream(work / "mine.py") << "class Solution: pass\n";
    // No rc file is read (-f, --norc), and no history is written (HISTFILE empty).
    testing::PtyProcess terminal(testing::PtyCommand{
        .program = program.string(),
        .args = std::move(shell_args),
        .variables = {{"PS1", "READY> "},
                      {"TERM", "xterm"},
                      {"HISTFILE", ""},
                      {"JUDGE_PROBLEMS", bank.string()}}});
    if (!terminal.started()) {
      ADD_FAILURE() << "cannot start " << program;
      return "";
    }
    // Each step waits for the shell's answer (a prompt, the completed word) before the next
    // keys, so that nothing depends on how the shell reads keys typed ahead.
    const auto step = [&](const std::string& keys, const std::string& answer) {
      const std::size_t mark = terminal.output().size();
      terminal.Type(keys);
      if (terminal.WaitFor(answer, 60s, mark)) return true;
      ADD_FAILURE() << shell << " showed no '" << answer << "' after the keys '" << keys
                    << "':\n" << terminal.output();
      return false;
    };
    if (!terminal.WaitFor("READY> ", 60s)) {
      ADD_FAILURE() << shell << " showed no prompt:\n" << terminal.output();
      return "";
    }
    if (!step("cd '" + work.string() + "'; " + setup + "\n", "READY> ") ||
        !step("judge sub\t", "submit") || !step("tw\t", "two-sum") ||
        !step("mi\t", "mine.py") || !step("\n", "ARGS:")) {
      return "";
    }
    // The function's line, the last "ARGS:" (the setup's echo holds one too), to its end.
    const std::size_t line = terminal.output().rfind("ARGS:");
    if (!terminal.WaitFor("\n", 60s, line)) return terminal.output().substr(line);
    const std::string& seen = terminal.output();
    const std::string completed = seen.substr(line, seen.find_first_of("\r\n", line) - line);
    terminal.Type("exit\n");
    return completed;
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

TEST_F(CompletionTest, TabCompletesInAnInteractiveZsh) {
  const std::string script = (dir_ / "judge.zsh").string();
  EXPECT_EQ(CompletedByTab("zsh", {"-f"},
                           "autoload -Uz compinit && compinit -D -u && source '" + script +
                               "'; judge() { print -r -- \"ARGS:$*\" }"),
            "ARGS:submit two-sum mine.py");
}

TEST_F(CompletionTest, TabCompletesInAnInteractiveBash) {
  const std::string script = (dir_ / "judge.bash").string();
  EXPECT_EQ(CompletedByTab("bash", {"--norc", "--noprofile", "-i"},
                           "source '" + script + "'; judge() { printf 'ARGS:%s\\n' \"$*\"; }"),
            "ARGS:submit two-sum mine.py");
}

}  // namespace
}  // namespace judge

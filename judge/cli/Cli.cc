#include "judge/cli/Cli.h"

#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>

#include <fmt/format.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "judge/cli/Command.h"
#include "judge/cli/HelpText.h"
#include "judge/problem/ProblemLoader.h"
#include "judge/report/JsonReport.h"
#include "runners/python/PythonZygote.h"

namespace judge::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::array kCommands = {
    Command{"submit", "Judge a solution file against a problem's tests", &AttachSubmit, true},
    Command{"verify", "Check that every reference solution earns its expected verdict",
            &AttachVerify, true},
    Command{"watch", "Judge a solution again on every save: the samples first, then the rest",
            &AttachWatch, true},
    Command{"list", "List the problems", &AttachList},
    Command{"show", "Print a problem's statement and samples", &AttachShow},
    Command{"start", "Write a solution file to start from (the starter, for a debug round) "
                     "and print the statement", &AttachStart},
    Command{"lint", "Report what problems lack: edge tags, solutions, budgets, ...", &AttachLint},
    Command{"new", "Write a new problem's folder to fill in", &AttachNew},
    Command{"doctor", "Say which sandbox layers this machine offers, and why any is off",
            &AttachDoctor},
    Command{"stats", "Show your progress from the submission history: topics, weak edge "
                     "cases, problems not solved yet", &AttachStats},
    Command{"mock", "Run a timed mock round: two problems, a countdown, a scorecard",
            &AttachMock, true},
    Command{"completion", "Print a bash or zsh completion script", &AttachCompletion},
};

// --problems, else $JUDGE_PROBLEMS, else ./problems, else the bank next to the sources.
fs::path ProblemsRoot(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("JUDGE_PROBLEMS"); env != nullptr && *env != '\0') return env;
  std::error_code error;
  if (fs::is_directory("problems", error)) return "problems";
  return JUDGE_DEFAULT_PROBLEMS_DIR;
}

}  // namespace

int Fail(const GlobalOptions& options, int code, std::string_view kind, const std::string& message) {
  if (options.json) {
    std::cout << ErrorJson(kind, message).dump(2) << "\n";
  } else {
    std::cerr << "judge: " << message << "\n";
  }
  return code;
}

std::expected<Problem, int> LoadProblemArgument(const GlobalOptions& options, const std::string& name) {
  auto dir = ResolveProblemDir(options.problems_root, name);
  if (!dir) return std::unexpected(Fail(options, kUsageError, "problem", dir.error().ToString()));
  auto problem = LoadProblem(*dir);
  if (!problem) return std::unexpected(Fail(options, kUsageError, "problem", problem.error().ToString()));
  return *std::move(problem);
}

std::expected<std::optional<Language>, int> LanguageArgument(const GlobalOptions& options,
                                                             const std::string& name) {
  if (name.empty()) return std::optional<Language>();
  if (auto language = LanguageFromName(name)) return language;
  return std::unexpected(
      Fail(options, kUsageError, "usage", "unknown language '" + name + "'; use cpp or py"));
}

std::expected<Language, int> StarterLanguageArgument(const GlobalOptions& options,
                                                     const std::string& name) {
  if (auto language = LanguageFromName(name)) return *language;
  return std::unexpected(Fail(options, kUsageError, "usage",
                              fmt::format("--lang '{}': expected py or cpp", name)));
}

int WriteReportFile(const std::filesystem::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out.flush()) {
    // On stderr even with --json: stdout already holds the result's one document.
    std::cerr << fmt::format("judge: cannot write {}: {}\n", file.string(), std::strerror(errno));
    return kUsageError;
  }
  return 0;
}

int RunCli(int argc, char** argv) {
  auto logger = spdlog::stderr_color_mt("judge");
  spdlog::set_default_logger(logger);
  spdlog::set_level(spdlog::level::warn);
  spdlog::set_pattern("[%l] %v");

  CLI::App app{"judge: a local coding-round judge with a real sandbox"};
  app.require_subcommand(1);
  app.footer(std::string(RootHelpFooter()));
  std::string problems_flag;
  bool verbose = false;
  bool json = false;
  app.add_option("--problems", problems_flag, "Folder holding the problems (default: ./problems)");
  app.add_flag("-v,--verbose", verbose, "Log what the judge does (debug level)");
  app.add_flag("--json", json, "Print JSON (see docs/json.md) instead of text");

  std::vector<std::pair<CLI::App*, CommandAction>> actions;
  for (const Command& command : kCommands) {
    CLI::App* sub = app.add_subcommand(std::string(command.name), std::string(command.summary));
    sub->fallthrough();
    sub->footer(std::string(CommandHelpFooter(command.name)));
    actions.emplace_back(sub, command.attach(*sub));
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::ParseError& error) {
    std::cerr << "judge: " << error.what() << "\n"
              << "Run 'judge --help' for usage.\n";
    return kUsageError;
  }
  if (verbose) spdlog::set_level(spdlog::level::debug);

  GlobalOptions options;
  options.problems_root = ProblemsRoot(problems_flag);
  options.json = json;
  options.color = !json && isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
  spdlog::debug("problems root: {}", options.problems_root.string());

  for (std::size_t i = 0; i < actions.size(); ++i) {
    auto& [sub, action] = actions[i];
    if (sub->parsed()) {
      if (kCommands[i].judges) {
        // A failure here only matters to Python solutions, which will report it.
        if (auto zygote = runners::python::PythonZygote(); !zygote) {
          spdlog::debug("{}", zygote.error());
        }
      }
      try {
        return action(options);
      } catch (const std::exception& error) {
        // Exceptions stay inside the judge; one reaching here is a bug, reported as such.
        return Fail(options, kInternalError, "internal", fmt::format("internal error: {}", error.what()));
      }
    }
  }
  return Fail(options, kUsageError, "usage", "no command given; run 'judge --help'");
}

}  // namespace judge::cli

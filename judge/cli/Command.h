// Command: one subcommand of the CLI (submit, verify, list, show): it declares its own
// arguments on a CLI11 subcommand and returns what to run once they are parsed.
#pragma once

#include <CLI/CLI.hpp>
#include <expected>
#include <optional>
#include <filesystem>
#include <functional>
#include <string_view>
#include <vector>

#include "judge/problem/Language.h"
#include "judge/problem/Problem.h"

namespace judge::cli {

/// Process exit codes, as documented in the README.
enum ExitCode : int {
  kAccepted = 0,      // or: everything verified / listed
  kNotAccepted = 1,   // judged, and not accepted (or a verification failed)
  kUsageError = 2,    // bad arguments, unknown problem, broken problem.yaml, missing file
  kInternalError = 3  // the judge itself failed
};

/// Options shared by every subcommand, filled in before a command runs.
struct GlobalOptions {
  std::filesystem::path problems_root;
  bool json = false;
  bool color = false;
};

using CommandAction = std::function<int(const GlobalOptions&)>;

struct Command {
  std::string_view name;
  std::string_view summary;
  /// Adds the command's arguments to `app`; the returned action reads them when run.
  CommandAction (*attach)(CLI::App& app);
  /// Whether it may judge Python: then the Python zygote is forked before anything else
  /// happens (no threads yet, no problem loaded).
  bool judges = false;
};

CommandAction AttachSubmit(CLI::App& app);
CommandAction AttachVerify(CLI::App& app);
CommandAction AttachList(CLI::App& app);
CommandAction AttachShow(CLI::App& app);
CommandAction AttachStart(CLI::App& app);
CommandAction AttachDoctor(CLI::App& app);
CommandAction AttachLint(CLI::App& app);
CommandAction AttachNew(CLI::App& app);
CommandAction AttachStats(CLI::App& app);
CommandAction AttachWatch(CLI::App& app);
CommandAction AttachMock(CLI::App& app);
CommandAction AttachCompletion(CLI::App& app);

/// Prints "judge: <message>" (or the JSON error form) and returns `code`.
int Fail(const GlobalOptions& options, int code, std::string_view kind, const std::string& message);

/// The problem an argument names (a slug or a folder), loaded; on failure the one-line error
/// is already printed and the exit code (kUsageError) is the error.
std::expected<Problem, int> LoadProblemArgument(const GlobalOptions& options, const std::string& name);

/// `--lang`: no language when empty (then the file's extension decides); on an unknown name
/// the one-line error is already printed and the exit code (kUsageError) is the error.
std::expected<std::optional<Language>, int> LanguageArgument(const GlobalOptions& options,
                                                             const std::string& name);

/// `--lang` of the files start and mock write, which has no extension to fall back on (the
/// option defaults to py); on an unknown name the one-line error is already printed and the
/// exit code (kUsageError) is the error.
std::expected<Language, int> StarterLanguageArgument(const GlobalOptions& options,
                                                     const std::string& name);

/// Writes a report file (`--junit FILE`): 0, or kUsageError after "judge: cannot write
/// <file>: <why>" on stderr. Called after the result is printed, so nothing is lost.
int WriteReportFile(const std::filesystem::path& file, const std::string& text);

}  // namespace judge::cli

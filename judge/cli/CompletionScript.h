// CompletionScript: bash and zsh completion for judge, drawn from the CLI's own table of
// subcommands and options (so it never goes stale), with problem slugs from `list --names`.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <string>
#include <vector>

namespace judge::cli {

/// What completion needs of one subcommand (or of the top level, with an empty name).
struct CompletionCommand {
  std::string name;
  std::vector<std::string> flags;          // every option name, e.g. "--fail-fast", "-j"
  std::vector<std::string> value_options;  // those that take a value
  // What each positional argument completes to: "problem" (a slug), "file", "words:a,b",
  // or "none" (a value to type, like a new slug).
  std::vector<std::string> positionals;
  bool last_repeats = false;  // the last positional takes many values (verify a b c)
};

struct CompletionSpec {
  CompletionCommand top;
  std::vector<CompletionCommand> commands;
};

/// Reads the parsed-ready CLI11 tree: `root`'s options and every subcommand's.
CompletionSpec CompletionSpecOf(const CLI::App& root);

/// `judge` is the binary the script calls for slugs: the one that wrote it.
std::string BashCompletion(const CompletionSpec& spec, const std::filesystem::path& judge);
std::string ZshCompletion(const CompletionSpec& spec, const std::filesystem::path& judge);

}  // namespace judge::cli

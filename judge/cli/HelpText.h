// HelpText: the man-page part of `judge --help` and of each subcommand's help (what it does
// in full, examples, exit status, environment), printed after CLI11's option list.
#pragma once

#include <string_view>

namespace judge::cli {

/// After the root's option and subcommand lists: workflow, exit status, environment, files.
std::string_view RootHelpFooter();

/// After a subcommand's options: its description in full and examples; empty if none.
std::string_view CommandHelpFooter(std::string_view command);

}  // namespace judge::cli

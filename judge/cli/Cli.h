// Cli: the judge's command line: global options, the table of subcommands, and the mapping
// of every failure to a one-line message and a documented exit code.
#pragma once

namespace judge::cli {

int RunCli(int argc, char** argv);

}  // namespace judge::cli

#include "judge/cli/Cli.h"

int main(int argc, char** argv) { return judge::cli::RunCli(argc, argv); }

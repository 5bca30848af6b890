#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "judge/cli/Command.h"
#include "judge/report/TextReport.h"

namespace judge::cli {

CommandAction AttachShow(CLI::App& app) {
  auto name = std::make_shared<std::string>();
  app.add_option("problem", *name, "Problem slug or folder")->required();
  return [name](const GlobalOptions& options) {
    auto problem = LoadProblemArgument(options, *name);
    if (!problem) return problem.error();
    std::ifstream in(problem->statement);
    if (!in) return Fail(options, kUsageError, "problem", "cannot read " + problem->statement.string());
    std::stringstream statement;
    statement << in.rdbuf();
    std::cout << RenderProblem(*problem, statement.str());
    return static_cast<int>(kAccepted);
  };
}

}  // namespace judge::cli

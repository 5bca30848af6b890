#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "judge/cli/Command.h"
#include "judge/problem/ProblemLoader.h"
#include "judge/report/TextReport.h"

namespace judge::cli {

CommandAction AttachShow(CLI::App& app) {
  auto name = std::make_shared<std::string>();
  app.add_option("problem", *name, "Problem slug or folder")->required();
  return [name](const GlobalOptions& options) {
    auto dir = ResolveProblemDir(options.problems_root, *name);
    if (!dir) return Fail(options, kUsageError, "problem", dir.error().ToString());
    auto problem = LoadProblem(*dir);
    if (!problem) return Fail(options, kUsageError, "problem", problem.error().ToString());
    std::ifstream in(problem->statement);
    if (!in) return Fail(options, kUsageError, "problem", "cannot read " + problem->statement.string());
    std::stringstream statement;
    statement << in.rdbuf();
    std::cout << RenderProblem(*problem, statement.str());
    return static_cast<int>(kAccepted);
  };
}

}  // namespace judge::cli

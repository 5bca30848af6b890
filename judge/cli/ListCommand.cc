#include <iostream>
#include <memory>

#include "judge/cli/Command.h"
#include "judge/problem/ProblemLoader.h"
#include "judge/report/JsonReport.h"
#include "judge/report/TextReport.h"

namespace judge::cli {

CommandAction AttachList(CLI::App& app) {
  auto names = std::make_shared<bool>(false);
  app.add_flag("--names", *names, "Print the slugs only, one a line (for shell completion)");
  return [names](const GlobalOptions& options) {
    auto dirs = ListProblemDirs(options.problems_root);
    if (!dirs) return Fail(options, kUsageError, "problem", dirs.error().ToString());
    std::vector<Problem> problems;
    int broken = 0;
    for (const auto& dir : *dirs) {
      // Listing needs no test data: megabytes of it would make `judge list` crawl.
      auto problem = LoadProblemSummary(dir);
      if (!problem) {
        // One broken problem must not hide the others; it still fails the command.
        std::cerr << "judge: " << problem.error().ToString() << "\n";
        ++broken;
        continue;
      }
      problems.push_back(std::move(*problem));
    }
    if (*names) {
      for (const Problem& problem : problems) std::cout << problem.id << "\n";
    } else if (options.json) {
      std::cout << ProblemListJson(problems).dump(2) << "\n";
    } else {
      std::cout << RenderProblemList(problems);
    }
    return static_cast<int>(broken == 0 ? kAccepted : kUsageError);
  };
}

}  // namespace judge::cli

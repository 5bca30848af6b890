#include <iostream>
#include <memory>

#include "judge/cli/Command.h"
#include "judge/problem/ProblemLint.h"
#include "judge/problem/ProblemLoader.h"
#include "judge/report/JsonReport.h"
#include "judge/report/TextReport.h"

namespace judge::cli {

CommandAction AttachLint(CLI::App& app) {
  auto names = std::make_shared<std::vector<std::string>>();
  app.add_option("problems", *names, "Problem slugs or folders (default: all)");
  return [names](const GlobalOptions& options) {
    auto selected = SelectProblemDirs(options.problems_root, *names);
    if (!selected) return Fail(options, kUsageError, "problem", selected.error().ToString());
    std::vector<std::filesystem::path> dirs = *std::move(selected);
    const LintResults results = LintProblemDirs(dirs);
    if (options.json) {
      std::cout << LintJson(results).dump(2) << "\n";
    } else {
      for (const LoadError& error : results.load_errors) {
        std::cerr << "judge: " << error.ToString() << "\n";
      }
      std::cout << RenderLint(results);
    }
    // A warning alone passes: see LintSeverity for why a missing budget is only that.
    if (!results.load_errors.empty()) return static_cast<int>(kUsageError);
    return static_cast<int>(results.Count(LintSeverity::Error) == 0 ? kAccepted : kNotAccepted);
  };
}

}  // namespace judge::cli

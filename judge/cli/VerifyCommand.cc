#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "judge/Verification.h"
#include "judge/cli/Command.h"
#include "judge/problem/ProblemLoader.h"
#include "judge/report/JsonReport.h"
#include "judge/report/TextReport.h"

namespace judge::cli {

CommandAction AttachVerify(CLI::App& app) {
  auto names = std::make_shared<std::vector<std::string>>();
  app.add_option("problems", *names, "Problem slugs or folders (default: all)");
  return [names](const GlobalOptions& options) {
    std::vector<std::filesystem::path> dirs;
    if (names->empty()) {
      auto all = ListProblemDirs(options.problems_root);
      if (!all) return Fail(options, kUsageError, "problem", all.error().ToString());
      dirs = std::move(*all);
    }
    for (const auto& name : *names) {
      auto dir = ResolveProblemDir(options.problems_root, name);
      if (!dir) return Fail(options, kUsageError, "problem", dir.error().ToString());
      dirs.push_back(*dir);
    }
    std::vector<ProblemVerification> verifications;
    for (const auto& dir : dirs) {
      verifications.push_back(VerifyProblem(dir));
      if (!options.json) {
        std::cout << RenderVerification(verifications.back(), TextStyle{options.color})
                  << std::flush;
      }
    }
    const auto passed = std::ranges::count_if(verifications, &ProblemVerification::passed);
    const auto failed = std::ssize(verifications) - passed;
    if (options.json) {
      std::cout << VerificationJson(verifications).dump(2) << "\n";
    } else {
      std::cout << fmt::format("{} passed, {} failed\n", passed, failed);
    }
    return static_cast<int>(failed == 0 ? kAccepted : kNotAccepted);
  };
}

}  // namespace judge::cli

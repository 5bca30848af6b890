#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "judge/ParallelVerification.h"
#include "judge/Verification.h"
#include "judge/cli/Command.h"
#include "judge/problem/ProblemLoader.h"
#include "judge/report/JsonReport.h"
#include "judge/report/JunitReport.h"
#include "judge/report/ProgressLine.h"
#include "judge/report/TextReport.h"

namespace judge::cli {

CommandAction AttachVerify(CLI::App& app) {
  auto names = std::make_shared<std::vector<std::string>>();
  auto jobs = std::make_shared<int>(1);
  auto shard = std::make_shared<std::string>();
  auto junit = std::make_shared<std::string>();
  app.add_option("problems", *names, "Problem slugs or folders (default: all)");
  app.add_option("-j,--jobs", *jobs,
                 "Verify this many problems at once, each in a judge process of its own")
      ->check(CLI::Range(1, 64));
  app.add_option("--shard", *shard,
                 "K/N: only the K-th of N deterministic slices of the problems (a CI matrix "
                 "of N runners verifies each problem once)");
  app.add_option("--junit", *junit,
                 "Also write the results as JUnit XML to this file (a test case per solution)");
  return [names, jobs, shard, junit](const GlobalOptions& options) {
    auto selected = SelectProblemDirs(options.problems_root, *names);
    if (!selected) return Fail(options, kUsageError, "problem", selected.error().ToString());
    std::vector<std::filesystem::path> dirs = *std::move(selected);
    if (!shard->empty()) {
      auto mine = Shard(std::move(dirs), *shard);
      if (!mine) return Fail(options, kUsageError, "usage", mine.error());
      dirs = std::move(*mine);
    }
    // On stderr and only on a terminal: stdout (text or JSON) stays exactly as without it.
    ProgressLine progress = ProgressLine::OnStderr();
    const auto show_progress = [&](std::size_t done) {
      if (done < dirs.size()) {
        progress.Show(ProgressText(done, dirs.size(), dirs[done].filename().string()));
      }
    };
    const auto show = [&](const ProblemVerification& verification) {
      progress.Clear();
      if (!options.json) {
        std::cout << RenderVerification(verification, TextStyle{options.color}) << std::flush;
      }
    };
    std::vector<ProblemVerification> verifications;
    show_progress(0);
    if (*jobs > 1 && dirs.size() > 1) {
      std::error_code error;
      const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
      if (error) return Fail(options, kInternalError, "internal", "/proc/self/exe: " + error.message());
      std::size_t done = 0;
      const auto show_in_order = [&](const ProblemVerification& verified) {
        show(verified);
        show_progress(++done);
      };
      verifications = VerifyInProcesses(self, dirs, *jobs, show_in_order);
    } else {
      for (const auto& dir : dirs) {
        verifications.push_back(VerifyProblem(dir));
        show(verifications.back());
        show_progress(verifications.size());
      }
    }
    progress.Clear();
    const auto passed = std::ranges::count_if(verifications, &ProblemVerification::passed);
    const auto failed = std::ssize(verifications) - passed;
    if (options.json) {
      std::cout << VerificationJson(verifications).dump(2) << "\n";
    } else {
      std::cout << fmt::format("{} passed, {} failed\n", passed, failed);
    }
    if (!junit->empty()) {
      std::cout << std::flush;
      if (int failed_write = WriteReportFile(*junit, VerificationJunit(verifications))) {
        return failed_write;
      }
    }
    return static_cast<int>(failed == 0 ? kAccepted : kNotAccepted);
  };
}

}  // namespace judge::cli

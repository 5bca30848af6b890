#include <iostream>
#include <map>
#include <memory>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "judge/ProblemScaffold.h"
#include "judge/cli/Command.h"
#include "judge/problem/ProblemLoader.h"
#include "judge/report/JsonReport.h"

namespace judge::cli {

CommandAction AttachNew(CLI::App& app) {
  auto spec = std::make_shared<ScaffoldSpec>();
  app.add_option("slug", spec->slug, "The new problem's folder: lowercase words joined by '-'")
      ->required();
  app.add_option("--title", spec->title, "Its title (default: made from the slug)");
  app.add_option("--difficulty", spec->difficulty, "easy (default), medium or hard")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, Difficulty>{{"easy", Difficulty::Easy},
                                            {"medium", Difficulty::Medium},
                                            {"hard", Difficulty::Hard}}));
  app.add_option("--mode", spec->mode,
                 "function (default: LeetCode's class Solution) or stdio (a program)")
      ->transform(CLI::CheckedTransformer(std::map<std::string, ProblemMode>{
          {"function", ProblemMode::Function}, {"stdio", ProblemMode::Stdio}}));
  return [spec](const GlobalOptions& options) {
    auto files = ScaffoldFiles(*spec);
    if (!files) return Fail(options, kUsageError, "usage", files.error());
    auto dir = WriteScaffold(options.problems_root, spec->slug, *files);
    if (!dir) return Fail(options, kUsageError, "usage", dir.error());
    // The promise of `judge new` is a folder that loads; one that does not is the judge's
    // fault. The folder stays, so the fault can be seen.
    if (auto loaded = LoadProblem(*dir); !loaded) {
      return Fail(options, kInternalError, "internal",
                  "internal error: the new problem does not load: " + loaded.error().ToString());
    }

    std::vector<std::string> names;
    for (const ScaffoldFile& file : *files) names.push_back(file.path.string());
    if (options.json) {
      std::cout << nlohmann::json{{"schema", kJsonSchemaVersion},
                                  {"problem", spec->slug},
                                  {"dir", dir->string()},
                                  {"files", names}}
                       .dump(2)
                << "\n";
      return static_cast<int>(kAccepted);
    }
    // The folder's path, not the slug: it names the problem whatever --problems was.
    std::cout << fmt::format(
        "Created {}: {}\n"
        "Next: do every TODO (the statement, each test's right answer, the reference "
        "solutions), then\n"
        "  judge verify {}   each solution earns its expected verdict\n"
        "  judge lint {}     what the bank still asks for\n",
        dir->string(), fmt::join(names, ", "), dir->string(), dir->string());
    return static_cast<int>(kAccepted);
  };
}

}  // namespace judge::cli

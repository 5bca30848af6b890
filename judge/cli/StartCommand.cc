#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include <fmt/format.h>

#include "judge/StarterTemplate.h"
#include "judge/cli/Command.h"
#include "judge/report/TextReport.h"

namespace judge::cli {
namespace {

std::expected<std::string, std::string> ReadText(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::unexpected("cannot read " + file.string());
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

CommandAction AttachStart(CLI::App& app) {
  struct Args {
    std::string problem, lang = "py";
    std::filesystem::path out;
  };
  auto args = std::make_shared<Args>();
  app.add_option("problem", args->problem, "Problem slug or folder")->required();
  app.add_option("--lang", args->lang, "Language of the file: py (default) or cpp");
  app.add_option("--out", args->out, "File to write (default: <problem>.py or <problem>.cpp)");
  return [args](const GlobalOptions& options) {
    const auto language = StarterLanguageArgument(options, args->lang);
    if (!language) return language.error();
    auto problem = LoadProblemArgument(options, args->problem);
    if (!problem) return problem.error();
    auto statement = ReadText(problem->statement);
    if (!statement) return Fail(options, kUsageError, "problem", statement.error());

    // A review-and-debug problem hands out its (wrong) starter; any other, the empty class.
    const bool debug_round = problem->starters.contains(*language);
    auto text = StarterText(*problem, *language);
    if (!text) return Fail(options, kUsageError, "problem", text.error());
    const std::filesystem::path out =
        args->out.empty() ? std::filesystem::path(problem->id + ExtensionOf(*language)) : args->out;
    std::error_code error;
    if (std::filesystem::exists(out, error)) {
      return Fail(options, kUsageError, "usage",
                  fmt::format("{} exists; remove it or choose another --out", out.string()));
    }
    std::ofstream file(out, std::ios::binary);
    file << *text;
    if (!file.flush()) return Fail(options, kUsageError, "usage", "cannot write " + out.string());

    std::cout << RenderProblem(*problem, *statement);
    std::cout << fmt::format(
        "\nWrote {}: {}.\nJudge it with: judge submit {} {}\n", out.string(),
        debug_round
            ? "a teammate's solution that fails some tests; find and fix the bug"
            : "the empty " + std::string(LanguageName(*language)) + " solution to fill in",
        problem->id, out.string());
    return static_cast<int>(kAccepted);
  };
}

}  // namespace judge::cli

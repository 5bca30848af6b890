#include <unistd.h>

#include <chrono>
#include <cmath>
#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>
#include <random>
#include <set>
#include <sstream>

#include <fmt/chrono.h>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "judge/StarterTemplate.h"
#include "judge/StopSignals.h"
#include "judge/cli/Command.h"
#include "judge/cli/RecordInHistory.h"
#include "judge/history/HistoryLocation.h"
#include "judge/history/HistoryStore.h"
#include "judge/mock/MockRound.h"
#include "judge/mock/RoundCommand.h"
#include "judge/mock/RoundPick.h"
#include "judge/mock/RoundTopics.h"
#include "judge/problem/ProblemLoader.h"
#include "judge/report/ScorecardReport.h"
#include "judge/report/TextReport.h"

namespace judge::cli {
namespace {

namespace fs = std::filesystem;

// 128 + SIGINT: what a shell shows for a command that Ctrl-C ended.
constexpr int kInterruptedTwice = 130;

// Ids with an accepted submission. Picking only prefers the others, so a history that
// cannot be read costs a warning, not the round.
std::set<std::string> SolvedIds() {
  std::set<std::string> solved;
  auto file = history::HistoryFile();
  if (!file) {
    spdlog::warn("not preferring unsolved problems: {}", file.error());
    return solved;
  }
  std::error_code error;
  if (!fs::exists(*file, error)) return solved;
  auto store = history::HistoryStore::Open(*file);
  if (!store) {
    spdlog::warn("not preferring unsolved problems: {}", store.error().ToString());
    return solved;
  }
  auto records = store->All();
  if (!records) {
    spdlog::warn("not preferring unsolved problems: {}", records.error().ToString());
    return solved;
  }
  for (const auto& record : *records) {
    if (record.verdict == Verdict::Accepted) solved.insert(record.problem_id);
  }
  return solved;
}

struct Bank {
  std::vector<mock::RoundCandidate> candidates;
  std::set<std::string> tags;
};

std::expected<Bank, std::string> ReadBank(const fs::path& root) {
  auto dirs = ListProblemDirs(root);
  if (!dirs) return std::unexpected(dirs.error().ToString());
  const std::set<std::string> solved = SolvedIds();
  Bank bank;
  for (const auto& dir : *dirs) {
    auto problem = LoadProblemSummary(dir);
    if (!problem) {
      // One broken problem must not stop a round; it is named, as `judge list` names it.
      spdlog::warn("left out of the round: {}", problem.error().ToString());
      continue;
    }
    bank.tags.insert(problem->tags.begin(), problem->tags.end());
    bank.candidates.push_back(
        {problem->id, problem->difficulty, problem->tags, solved.contains(problem->id)});
  }
  return bank;
}

std::expected<std::string, std::string> ReadText(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::unexpected("cannot read " + file.string());
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Never overwrites: a round folder reused by mistake keeps the candidate's earlier work.
std::expected<void, std::string> WriteNew(const fs::path& file, const std::string& text) {
  std::error_code error;
  if (fs::exists(file, error)) return std::unexpected(file.string() + " exists; choose another --dir");
  std::ofstream out(file, std::ios::binary);
  out << text;
  if (!out.flush()) return std::unexpected("cannot write " + file.string());
  return {};
}

// The starter and the statement of each problem, in `dir`.
std::expected<std::vector<mock::RoundProblem>, std::string> WriteRoundFiles(
    std::vector<Problem> problems, const fs::path& dir, Language language) {
  std::error_code error;
  fs::create_directories(dir, error);
  if (error) return std::unexpected("cannot create " + dir.string() + ": " + error.message());
  std::vector<mock::RoundProblem> round;
  for (Problem& problem : problems) {
    auto starter = StarterText(problem, language);
    if (!starter) return std::unexpected(starter.error());
    auto statement = ReadText(problem.statement);
    if (!statement) return std::unexpected(statement.error());
    const fs::path file = dir / (problem.id + ExtensionOf(language));
    if (auto written = WriteNew(file, *starter); !written) return std::unexpected(written.error());
    if (auto written = WriteNew(dir / (problem.id + ".md"), RenderProblem(problem, *statement));
        !written) {
      return std::unexpected(written.error());
    }
    round.push_back({std::move(problem), file});
  }
  return round;
}

std::string Plan(const std::vector<mock::RoundProblem>& round, const fs::path& dir,
                 std::chrono::nanoseconds length, std::uint64_t seed) {
  const auto deadline = std::chrono::system_clock::now() +
                        std::chrono::duration_cast<std::chrono::system_clock::duration>(length);
  std::string out = fmt::format("Mock round: {} problems, {} (seed {})\n\n", round.size(),
                                mock::FormatClock(length), seed);
  for (std::size_t i = 0; i < round.size(); ++i) {
    const Problem& problem = round[i].problem;
    out += fmt::format("  {}. {} ({}, {})\n     solution: {}\n     statement: {}\n", i + 1,
                       problem.title, problem.id, DifficultyName(problem.difficulty),
                       round[i].file.string(), (dir / (problem.id + ".md")).string());
  }
  out += fmt::format("\nDeadline: {:%H:%M:%S} (in {}).\n", fmt::localtime(std::chrono::system_clock::to_time_t(deadline)),
                     mock::FormatClock(length));
  out += std::string(mock::kRoundHelp) + "\n\n";
  return out;
}

std::vector<mock::RoundProblemInfo> InfoOf(const std::vector<mock::RoundProblem>& round) {
  std::vector<mock::RoundProblemInfo> info;
  for (const auto& [problem, file] : round) {
    info.push_back({problem.id, problem.title, problem.difficulty, problem.budget.has_value()});
  }
  return info;
}

}  // namespace

CommandAction AttachMock(CLI::App& app) {
  struct Args {
    double minutes = 45;
    std::vector<std::string> topics;
    std::uint64_t seed = 0;
    fs::path dir;
    std::string lang = "py";
  };
  auto args = std::make_shared<Args>();
  app.add_option("--minutes", args->minutes, "Length of the round in minutes (default 45; "
                                              "fractions allowed)");
  app.add_option("--topics", args->topics, "Comma-separated topics: graphs, dp, trees, ... "
                                           "or any problem tag")
      ->delimiter(',');
  const CLI::Option* seed_option =
      app.add_option("--seed", args->seed, "Seed of the pick: the same seed, the same problems");
  app.add_option("--dir", args->dir, "Folder for the round's files (default ./mock-<time>)");
  app.add_option("--lang", args->lang, "Language of the starters: py (default) or cpp");
  return [args, seed_option](const GlobalOptions& options) {
    const auto language = StarterLanguageArgument(options, args->lang);
    if (!language) return language.error();
    if (!std::isfinite(args->minutes) || args->minutes <= 0 || args->minutes > 24 * 60) {
      return Fail(options, kUsageError, "usage",
                  fmt::format("--minutes {}: expected more than 0 and at most 1440", args->minutes));
    }
    auto bank = ReadBank(options.problems_root);
    if (!bank) return Fail(options, kUsageError, "problem", bank.error());
    auto tags = mock::TagsOfTopics(args->topics, bank->tags);
    if (!tags) return Fail(options, kUsageError, "usage", tags.error());
    // Printed with the plan, so that a round can be posed again.
    const std::uint64_t seed = seed_option->count() > 0 ? args->seed : std::random_device{}();
    auto picked = mock::PickRoundProblems(bank->candidates, *tags, seed);
    if (!picked) return Fail(options, kUsageError, "usage", picked.error());

    std::vector<Problem> problems;
    for (const std::string& id : *picked) {
      auto problem = LoadProblem(options.problems_root / id);
      if (!problem) return Fail(options, kUsageError, "problem", problem.error().ToString());
      problems.push_back(std::move(*problem));
    }
    const fs::path dir = !args->dir.empty()
                             ? args->dir
                             : fs::path(fmt::format("mock-{:%Y%m%d-%H%M%S}",
                                                    fmt::localtime(std::time(nullptr))));
    auto round_files = WriteRoundFiles(std::move(problems), dir, *language);
    if (!round_files) return Fail(options, kUsageError, "usage", round_files.error());

    // With --json, stdout holds the scorecard alone: the round talks on stderr.
    std::ostream& talk = options.json ? std::cerr : std::cout;
    const auto length = std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::duration<double, std::ratio<60>>(args->minutes));
    talk << Plan(*round_files, dir, length, seed) << std::flush;

    SubmitOptions submit;
    submit.language = *language;
    const auto info = InfoOf(*round_files);
    mock::MockRound round(std::move(*round_files), mock::RoundClock(length), submit,
                          [submit](const Problem& problem, const SubmissionResult& result) {
                            RecordInHistory(problem, result, submit);
                          });
    // Ctrl-C ends the round as `end` does (scorecard, exit status by what was solved);
    // twice, it ends the judge at once, with no scorecard, as a shell reports an interrupt.
    auto stop = StopSignals::Install(kInterruptedTwice);
    if (!stop) return Fail(options, kInternalError, "internal", stop.error());
    mock::LineInput input(STDIN_FILENO, stop->fd());
    const mock::RoundOutcome outcome = round.Run(input, talk, TextStyle{options.color});
    if (!outcome.input_error.empty()) {
      std::cerr << "judge: warning: the round ended early: " << outcome.input_error << "\n";
    }
    const mock::Scorecard card = mock::ScoreRound(
        info, outcome.attempts, std::chrono::duration_cast<std::chrono::milliseconds>(length),
        outcome.used, outcome.ended_by_deadline);
    if (options.json) {
      std::cout << ScorecardJson(card).dump(2) << "\n";
    } else {
      std::cout << RenderScorecard(card);
    }
    return static_cast<int>(card.solved == static_cast<int>(card.problems.size()) ? kAccepted
                                                                                  : kNotAccepted);
  };
}

}  // namespace judge::cli

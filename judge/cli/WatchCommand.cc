#include <unistd.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "judge/StopSignals.h"
#include "judge/Submission.h"
#include "judge/cli/Command.h"
#include "judge/cli/RecordInHistory.h"
#include "judge/problem/ProblemLoader.h"
#include "judge/report/BudgetText.h"
#include "judge/report/JsonReport.h"
#include "judge/report/ProgressLine.h"
#include "judge/report/TextReport.h"
#include "judge/report/WatchText.h"
#include "judge/watch/FileWatch.h"
#include "judge/watch/SamplesFirst.h"

namespace judge::cli {
namespace {

namespace fs = std::filesystem;

// An editor's save is a burst of events (truncate, write, close, rename): one judgement.
constexpr std::chrono::milliseconds kQuiet{100};

std::string ClockNow() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%H:%M:%S", &local);
  return text;
}

// One watch session: the problem, the file, where output goes, and the last judgement.
class WatchSession {
 public:
  WatchSession(const GlobalOptions& options, const Problem& problem, fs::path source,
               SubmitOptions submit, watch::FileWatch& files, const StopSignals& stop)
      : options_(options),
        problem_(problem),
        source_(std::move(source)),
        submit_(submit),
        files_(files),
        stop_(stop),
        terminal_(!options.json && isatty(STDOUT_FILENO) != 0),
        samples_(options.json ? std::nullopt : watch::SamplesOnly(problem, *submit.language)) {
    // As submit: the series' counter on stderr when it is a terminal, erased before the report.
    submit_.on_budget_progress = [this](const BudgetProgress& step) {
      progress_.Show(BudgetProgressText(step));
    };
  }
  WatchSession(const WatchSession&) = delete;  // the hook above holds `this`

  /// Judges the file as it is now: the samples, then everything (as submit does).
  void JudgeOnce() {
    std::error_code error;
    if (!fs::is_regular_file(source_, error)) return Gone();
    const std::string clock = ClockNow();
    if (!options_.json) std::cout << WatchRunStart(terminal_, first_, problem_.id, source_, clock);
    first_ = false;
    if (samples_) {
      SubmitOptions quick = submit_;
      quick.measure_budget = false;
      auto samples = Submit(*samples_, source_, quick);
      if (!samples) return Unjudged(samples.error());
      if (stop_.Requested()) return;
      // A compile error is the whole answer: the full judgement would compile the same.
      if (samples->verdict == Verdict::CompileError) return Show(*std::move(samples));
      if (terminal_) std::cout << RenderSubmission(*samples, Style()) << "\n";
      std::cout << SamplesLine(*samples, Style()) << std::flush;
      // Saved again meanwhile: judge the newer file rather than finish this one.
      if (files_.ChangePending() || stop_.Requested()) return;
      if (terminal_) std::cout << WatchRunStart(true, false, problem_.id, source_, clock);
    }
    auto full = Submit(problem_, source_, submit_);
    progress_.Clear();
    if (!full) return Unjudged(full.error());
    if (stop_.Requested()) return;  // interrupted: the children may have seen the signal too
    Show(*std::move(full));
  }

  /// Waits for the next save; false when watching is over (a stop, or an error, in `exit_code`).
  bool WaitForSave() {
    auto event = files_.WaitForChange(stop_.fd(), kQuiet);
    if (!event) {
      exit_code_ = Fail(options_, kUsageError, "usage", event.error());
      return false;
    }
    return *event == watch::WatchEvent::Changed && !stop_.Requested();
  }

  const std::optional<SubmissionResult>& last() const { return last_; }
  int exit_code() const { return exit_code_; }

 private:
  TextStyle Style() const { return TextStyle{options_.color}; }

  void Show(SubmissionResult result) {
    if (options_.json) {
      std::cout << SubmissionJson(result).dump() << "\n" << std::flush;
    } else {
      std::cout << RenderSubmission(result, Style()) << WatchingLine(source_) << std::flush;
    }
    last_ = std::move(result);
  }

  // The file went away between the save and the judgement (or was never judgeable): one
  // line, and watching goes on.
  void Unjudged(const SubmitError& error) {
    std::error_code ignored;
    if (!fs::is_regular_file(source_, ignored)) return Gone();
    (options_.json ? std::cerr : std::cout) << "judge: " << error.message << "\n" << std::flush;
  }

  void Gone() {
    (options_.json ? std::cerr : std::cout) << FileGoneLine(source_) << std::flush;
  }

  const GlobalOptions& options_;
  const Problem& problem_;
  fs::path source_;
  SubmitOptions submit_;
  watch::FileWatch& files_;
  const StopSignals& stop_;
  bool terminal_;
  std::optional<Problem> samples_;
  ProgressLine progress_ = ProgressLine::OnStderr();
  bool first_ = true;
  std::optional<SubmissionResult> last_;
  int exit_code_ = kAccepted;
};

}  // namespace

CommandAction AttachWatch(CLI::App& app) {
  struct Args {
    std::string problem;
    std::string source;
    std::string lang;
    bool no_budget = false;
    bool no_history = false;
  };
  auto args = std::make_shared<Args>();
  app.add_option("problem", args->problem, "Problem slug (see 'judge list') or folder")->required();
  app.add_option("file", args->source, "Solution source file to judge on every save")->required();
  app.add_option("--lang", args->lang, "Language: cpp or py (default: from the extension)");
  app.add_flag("--no-budget", args->no_budget, "Skip the complexity series (the cases only)");
  app.add_flag("--no-history", args->no_history,
               "Do not record the last judgement in the history when watching ends");
  return [args](const GlobalOptions& options) {
    SubmitOptions submit;
    submit.measure_budget = !args->no_budget;
    auto language = LanguageArgument(options, args->lang);
    if (!language) return language.error();
    submit.language = *language;
    auto problem = LoadProblemArgument(options, args->problem);
    if (!problem) return problem.error();
    // As submit: a file that is not there, or of no known language, is the user's to fix.
    const fs::path source = args->source;
    std::error_code error;
    if (!fs::is_regular_file(source, error)) {
      return Fail(options, kUsageError, "usage", source.string() + ": no such file");
    }
    auto resolved = ResolveLanguage(source, submit.language);
    if (!resolved) return Fail(options, kUsageError, "usage", resolved.error().message);
    submit.language = *resolved;

    auto files = watch::FileWatch::Open(source);
    if (!files) return Fail(options, kInternalError, "internal", files.error());
    auto stop = StopSignals::Install(kAccepted);
    if (!stop) return Fail(options, kInternalError, "internal", stop.error());

    WatchSession session(options, *problem, source, submit, *files, *stop);
    do {
      session.JudgeOnce();
    } while (!stop->Requested() && session.WaitForSave());
    // Every save is a draft: only where the session ended counts as a submission.
    if (!args->no_history && session.last()) RecordInHistory(*problem, *session.last(), submit);
    return session.exit_code();
  };
}

}  // namespace judge::cli

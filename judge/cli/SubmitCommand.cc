#include <iostream>
#include <memory>

#include "judge/Submission.h"
#include "judge/cli/Command.h"
#include "judge/cli/RecordInHistory.h"
#include "judge/problem/ProblemLoader.h"
#include "judge/report/BudgetText.h"
#include "judge/report/JsonReport.h"
#include "judge/report/JunitReport.h"
#include "judge/report/ProgressLine.h"
#include "judge/report/TextReport.h"

namespace judge::cli {

CommandAction AttachSubmit(CLI::App& app) {
  struct Args {
    std::string problem;
    std::string source;
    std::string lang;
    bool fail_fast = false;
    bool no_budget = false;
    std::string junit;
    bool no_history = false;
  };
  auto args = std::make_shared<Args>();
  app.add_option("problem", args->problem, "Problem slug (see 'judge list') or folder")->required();
  app.add_option("file", args->source, "Solution source file")->required();
  app.add_option("--lang", args->lang, "Language: cpp or py (default: from the extension)");
  app.add_flag("--fail-fast", args->fail_fast, "Stop at the first case that is not accepted");
  app.add_flag("--no-budget", args->no_budget,
               "Skip the complexity series (the cases only), to iterate faster");
  app.add_option("--junit", args->junit,
                 "Also write the result as JUnit XML to this file (a test case per case)");
  app.add_flag("--no-history", args->no_history,
               "Do not record this submission in the history (see 'judge stats')");
  return [args](const GlobalOptions& options) {
    SubmitOptions submit;
    submit.stop_at_first_failure = args->fail_fast;
    submit.measure_budget = !args->no_budget;
    auto language = LanguageArgument(options, args->lang);
    if (!language) return language.error();
    submit.language = *language;
    auto problem = LoadProblemArgument(options, args->problem);
    if (!problem) return problem.error();
    // The series can take seconds: a counter on stderr, only on a terminal (as verify's),
    // erased before the report, so stdout is the same with it or without.
    ProgressLine progress = ProgressLine::OnStderr();
    submit.on_budget_progress = [&progress](const BudgetProgress& step) {
      progress.Show(BudgetProgressText(step));
    };
    auto result = Submit(*problem, args->source, submit);
    progress.Clear();
    if (!result) return Fail(options, kUsageError, "usage", result.error().message);
    if (options.json) {
      std::cout << SubmissionJson(*result).dump(2) << "\n";
    } else {
      std::cout << RenderSubmission(*result, TextStyle{options.color});
    }
    if (!args->no_history) RecordInHistory(*problem, *result, submit);
    if (!args->junit.empty()) {
      std::cout << std::flush;
      if (int failed = WriteReportFile(args->junit, SubmissionJunit(*result))) return failed;
    }
    if (result->verdict == Verdict::InternalError) return static_cast<int>(kInternalError);
    return static_cast<int>(result->verdict == Verdict::Accepted ? kAccepted : kNotAccepted);
  };
}

}  // namespace judge::cli

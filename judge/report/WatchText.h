// WatchText: what `judge watch` prints around the reports: where each run starts (a cleared
// screen on a terminal, a separator line in a pipe or log) and the one-line samples result.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "judge/Submission.h"
#include "judge/report/TextReport.h"

namespace judge {

/// The start of a run's output: on a terminal, clear the screen (ANSI) and print the header;
/// elsewhere a separator line and the header, so that the runs of a log stay apart.
/// `first` run in a pipe: no separator before it.
std::string WatchRunStart(bool terminal, bool first, std::string_view problem_id,
                          const std::filesystem::path& source, std::string_view clock);

/// "samples: Accepted  3/3 passed": the samples pass, in one line, while the rest is judged.
std::string SamplesLine(const SubmissionResult& samples, const TextStyle& style);

/// After a report: what watch is waiting for.
std::string WatchingLine(const std::filesystem::path& source);

/// The file is not there (deleted, or between an editor's delete and write).
std::string FileGoneLine(const std::filesystem::path& source);

}  // namespace judge

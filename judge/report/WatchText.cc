#include "judge/report/WatchText.h"

#include <algorithm>

#include <fmt/format.h>

namespace judge {
namespace {

// Home, erase the screen, erase the scrollback: each run replaces the last, not pushes it up.
constexpr std::string_view kClearScreen = "\033[H\033[2J\033[3J";

}  // namespace

std::string WatchRunStart(bool terminal, bool first, std::string_view problem_id,
                          const std::filesystem::path& source, std::string_view clock) {
  const std::string header = fmt::format("judge watch · {} · {} · judged at {}\n", problem_id,
                                         source.string(), clock);
  if (terminal) return fmt::format("{}{}", kClearScreen, header);
  return fmt::format("{}{}", first ? "" : std::string(72, '-') + "\n", header);
}

std::string SamplesLine(const SubmissionResult& samples, const TextStyle& style) {
  const auto passed = std::ranges::count_if(
      samples.cases, [](const CaseResult& judged) { return judged.verdict == Verdict::Accepted; });
  std::string verdict(ShortName(samples.verdict));
  if (style.color) {
    verdict = fmt::format("\033[1;{}m{}\033[0m",
                          samples.verdict == Verdict::Accepted ? "32" : "31", verdict);
  }
  return fmt::format("samples: {}  {}/{} passed; judging the hidden tests ...\n", verdict, passed,
                     samples.cases.size());
}

std::string WatchingLine(const std::filesystem::path& source) {
  return fmt::format("\nwatching {} (Ctrl-C to stop)\n", source.string());
}

std::string FileGoneLine(const std::filesystem::path& source) {
  return fmt::format("{} is gone; waiting for it to come back\n", source.string());
}

}  // namespace judge

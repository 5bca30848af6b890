// StatsText: `judge stats` for the terminal: totals, a table of topics, the weak edge
// cases, the problems not solved yet and the last submissions, the longest lists cut short.
#pragma once

#include <filesystem>
#include <string>

#include "judge/history/HistoryStats.h"

namespace judge {

std::string RenderStats(const history::HistoryStats& stats, const std::filesystem::path& file);

}  // namespace judge

// SourceText: a solution's file read whole, as the runners hand it to a compiler or an
// interpreter; a file that cannot be read is the judge's error to report, with its path.
#pragma once

#include <expected>
#include <filesystem>
#include <string>

#include "runners/Runner.h"

namespace runners {

std::expected<std::string, RunnerError> ReadSourceText(const std::filesystem::path& source);

}  // namespace runners

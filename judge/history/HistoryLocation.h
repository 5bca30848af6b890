// HistoryLocation: where the submission history lives ($JUDGE_DATA_DIR, else
// $XDG_DATA_HOME/judge, else ~/.local/share/judge) and the private folder that holds it.
#pragma once

#include <expected>
#include <filesystem>
#include <string>

namespace judge::history {

inline constexpr const char* kHistoryFileName = "history.sqlite";

/// The data folder, as the environment names it; nothing is created. An error only when
/// there is no home folder to fall back to.
std::expected<std::filesystem::path, std::string> DataDir();

/// DataDir() / history.sqlite.
std::expected<std::filesystem::path, std::string> HistoryFile();

/// Makes `dir` and any missing folder above it with mode 0700 (the history says what the
/// user practised and failed: no one else's to read). An existing folder is left as it is.
std::expected<void, std::string> CreatePrivateFolder(const std::filesystem::path& dir);

}  // namespace judge::history

// SourceHash: SHA-256 of a solution's bytes, in hex as sha256sum prints it, so that a
// file on disk can be matched with its submissions in the history.
#pragma once

#include <expected>
#include <filesystem>
#include <string>
#include <string_view>

namespace judge::history {

std::string Sha256Hex(std::string_view bytes);

/// The file's hash, or why it could not be read.
std::expected<std::string, std::string> Sha256OfFile(const std::filesystem::path& file);

}  // namespace judge::history

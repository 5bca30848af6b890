// CacheDir: the folder where the judge keeps what it can rebuild but would rather not (the
// precompiled C++ prelude), private to the user and safe against a planted file.
#pragma once

#include <expected>
#include <filesystem>
#include <string>

namespace runners {

/// $JUDGE_CACHE_DIR, else (as root) /var/cache/judge, which the unprivileged identity the
/// sandbox runs as can read, else $XDG_CACHE_HOME/judge or ~/.cache/judge, else
/// $TMPDIR/judge-cache-<uid>. Created if missing; refused unless it is a real folder owned
/// by this user and writable by no one else. The error says which folder and why.
std::expected<std::filesystem::path, std::string> JudgeCacheDir();

/// FNV-1a, 64 bits, as 16 hex digits: a stable key for cache entries (not a defence: the
/// folder's ownership is).
std::string StableHash(const std::string& text);

}  // namespace runners

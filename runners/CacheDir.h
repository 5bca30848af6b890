// CacheDir: the folder where the judge keeps what it can rebuild but would rather not (the
// precompiled C++ prelude), private to the user and safe against a planted file.
#pragma once

#include <expected>
#include <filesystem>
#include <functional>
#include <string>
#include <system_error>

namespace runners {

/// $JUDGE_CACHE_DIR, else (as root) /var/cache/judge, which the unprivileged identity the
/// sandbox runs as can read, else $XDG_CACHE_HOME/judge or ~/.cache/judge, else
/// $TMPDIR/judge-cache-<uid>. Created if missing; refused unless it is a real folder owned
/// by this user and writable by no one else. The error says which folder and why.
std::expected<std::filesystem::path, std::string> JudgeCacheDir();

/// For what the sandboxed compiler itself reads (the precompiled prelude): under root, whose
/// compiles run as nobody, opens `dir` to others for reading (it stays root's to write) and
/// refuses it where a folder above lets no other user through. Otherwise nothing to do.
std::expected<void, std::string> OpenToTheSandbox(const std::filesystem::path& dir);

/// Puts a new entry at `entry` (a folder in the cache): `fill` writes its files into a
/// staging folder of this process's own, which is then made readable (0755, 0644 files
/// are `fill`'s to set) and renamed into place. A racing process that put the same entry
/// first wins, and nothing is lost: the entry is there either way. The staging folder is
/// removed whatever happens.
std::expected<void, std::string> PublishCacheEntry(
    const std::filesystem::path& entry,
    const std::function<std::error_code(const std::filesystem::path& staging)>& fill);

/// FNV-1a, 64 bits, as 16 hex digits: a stable key for cache entries (not a defence: the
/// folder's ownership is).
std::string StableHash(const std::string& text);

}  // namespace runners

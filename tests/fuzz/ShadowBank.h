// ShadowBank: a private copy of the problem bank's folders for the loader's fuzz target, made
// of links to the bank's small files only, so that a mutated problem.yaml loads in milliseconds.
#pragma once

#include <cstdint>
#include <filesystem>

namespace fuzz {

/// The shadow of `bank`, made once per process in a private folder under $TMPDIR (removed at
/// exit): the same folders, with a link to every file of at most `max_file_bytes`. A test
/// that names a larger file (the max-size data, seconds to read under ASan) fails to load
/// there with "not found", which is a load error like any other.
const std::filesystem::path& ShadowBank(const std::filesystem::path& bank,
                                        std::uintmax_t max_file_bytes);

}  // namespace fuzz

// FuzzCheck: how a fuzz target states an invariant. A broken one aborts with a message, which
// libFuzzer records as a crash with its input, and the replay test reports as a failure.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

namespace fuzz {

/// Aborts, naming the broken invariant and `detail` (the values involved), unless `ok`.
inline void Check(bool ok, const char* invariant, const std::string& detail = {}) {
  if (ok) return;
  std::fprintf(stderr, "fuzz invariant broken: %s%s%s\n", invariant, detail.empty() ? "" : ": ",
               detail.c_str());
  std::abort();
}

}  // namespace fuzz

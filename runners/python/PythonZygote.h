// PythonZygote: the fork server whose warm interpreter (LeetCode's prelude loaded) every
// Python solution's sandboxed process is forked from. Start it before the judge has threads.
#pragma once

#include <expected>
#include <string>

#include "sandbox/ForkServer.h"

namespace runners::python {

/// Starts the zygote if it is not running yet; call it at start-up, before any thread.
/// Later calls return the same server. With `numpy`, a second zygote that has also imported
/// numpy (90-190 ms here), started on first need: only problems that declare it pay.
std::expected<const sandbox::ForkServer*, std::string> PythonZygote(bool numpy = false);

}  // namespace runners::python

// ParallelVerification: `judge verify -j N`: each problem verified by a judge process of its
// own, N at a time, so a crash or a leak in one cannot touch the others' results.
#pragma once

#include <expected>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "judge/Verification.h"

namespace judge {

/// Verifies `dirs` with `jobs` processes of `judge_binary` at a time. `done` is called in
/// the order of `dirs` (as soon as a problem and all before it have finished), from the
/// calling thread. A process that fails to report becomes a problem error saying how it
/// ended, never a lost result.
std::vector<ProblemVerification> VerifyInProcesses(
    const std::filesystem::path& judge_binary, const std::vector<std::filesystem::path>& dirs,
    int jobs, const std::function<void(const ProblemVerification&)>& done);

/// `K/N` (1 <= K <= N): the K-th of N deterministic slices of `dirs` sorted by name, every
/// N-th problem from the K-th on, so that a CI matrix of N runners verifies each problem once.
std::expected<std::vector<std::filesystem::path>, std::string> Shard(
    std::vector<std::filesystem::path> dirs, const std::string& spec);

}  // namespace judge

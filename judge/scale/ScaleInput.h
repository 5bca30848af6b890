// ScaleInput: builds a function-mode test input of size n from a problem's scale generators,
// the same values for the same seed and n on every machine.
#pragma once

#include <cstdint>
#include <expected>
#include <string>
#include <vector>

#include "judge/problem/Scale.h"
#include "judge/problem/Signature.h"
#include "judge/problem/Value.h"

namespace judge {

/// One value per parameter of `signature`, in order (a cycle position is -1: no cycle). The
/// error names the generator that cannot build size n (e.g. more distinct values than its
/// range holds).
std::expected<std::vector<Value>, std::string> GenerateScaleInput(
    const ScaleSpec& scale, const FunctionSignature& signature, std::int64_t n);

}  // namespace judge

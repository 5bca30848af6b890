// ScaleInput: builds a test input of size n from a problem's scale generators (function mode:
// the arguments; design mode: a sequence of calls), the same for the same seed and n anywhere.
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

/// LeetCode's operations form: the class name then each method called, and each one's
/// arguments.
struct DesignScaleInput {
  std::vector<std::string> operations;
  std::vector<std::vector<Value>> arguments;
};

/// The constructor's call, then every phase's calls drawn by weight.
std::expected<DesignScaleInput, std::string> GenerateDesignScaleInput(const ScaleSpec& scale,
                                                                      const DesignSpec& design,
                                                                      std::int64_t n);

}  // namespace judge

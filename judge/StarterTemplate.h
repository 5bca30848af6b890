// StarterTemplate: the file a candidate starts from with `judge start`: LeetCode's empty
// class with the problem's exact signature, in C++ or Python, ready to fill in.
#pragma once

#include <expected>
#include <string>

#include "judge/problem/Problem.h"

namespace judge {

/// The empty solution for `problem` in `language`: `class Solution` with the method (function
/// mode), the class with its constructor and methods (design mode), the codec's two methods
/// (a roundtrip), or a main that reads stdin (stdio mode). It compiles, and fails the tests.
std::string SolutionTemplate(const Problem& problem, Language language);

/// What a candidate starts from: a review-and-debug problem's (wrong) starter file, else
/// SolutionTemplate. An error names a starter file that cannot be read.
std::expected<std::string, std::string> StarterText(const Problem& problem, Language language);

/// The file extension a solution in `language` gets: ".cpp" or ".py".
std::string ExtensionOf(Language language);

}  // namespace judge

// HarnessSource: the C++ program built around a function- or design-mode solution:
// LeetCode's implicit prelude, the candidate's code as written, and a generated main.
#pragma once

#include <string>
#include <string_view>

#include "judge/problem/Signature.h"

namespace runners::cpp {

/// The text of one file of runners/cpp/harness/ (embedded at build time); empty if none.
std::string_view HarnessText(std::string_view name);

/// The C++ spelling of a signature type: list<list<char>> → std::vector<std::vector<char>>;
/// with `qualify` false, as LeetCode's templates write it (after `using namespace std`):
/// vector<vector<char>>.
std::string CppType(const judge::TypeSpec& type, bool qualify = true);

/// `source_name` is the name the candidate's file has in diagnostics ("solution.cpp").
std::string FunctionHarness(const judge::FunctionSignature& signature, std::string_view candidate,
                            std::string_view source_name);
std::string DesignHarness(const judge::DesignSpec& design, std::string_view candidate,
                          std::string_view source_name);

}  // namespace runners::cpp

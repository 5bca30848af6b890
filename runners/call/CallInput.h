// CallInput: encodes one test case's inputs for a harness (function mode: each parameter's
// value in signature order; design mode: each operation's method number and arguments).
#pragma once

#include <string>

#include "judge/problem/Problem.h"

namespace runners {

/// Every parameter's value, in signature order, cycle positions included.
std::string EncodeFunctionCase(const judge::TestCase& test);

/// l<ops>, each op l<1 + args> i<method> <args...>; method 0 is the constructor, method
/// m + 1 is design.methods[m].
std::string EncodeDesignCase(const judge::DesignSpec& design, const judge::TestCase& test);

}  // namespace runners

// SignatureYaml: reads function and design signatures, and typed test values, from
// problem.yaml nodes, throwing FieldError at the offending node like the other readers.
#pragma once

#include <string>

#include "judge/problem/YamlTree.h"

#include "judge/problem/Signature.h"
#include "judge/problem/Value.h"
#include "judge/problem/YamlFields.h"

namespace judge {

FunctionSignature ReadSignature(const Field& field);
DesignSpec ReadDesign(const Field& field);

/// The YAML value as a value of `type`, checked: ints in range, a char is one character, a
/// tree is a list of ints and nulls, a graph's neighbours are node numbers, ...
/// `what` names it in messages ("'nums' of test 'sample-1'").
Value ReadValue(const YamlNode& node, const TypeSpec& type, const std::string& what);

}  // namespace judge

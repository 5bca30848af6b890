// ScaleYaml: reads problem.yaml's `budget:` and `scale:` into BudgetSpec and ScaleSpec,
// checking each generator against the parameter it builds; throws FieldError at the node.
#pragma once

#include "judge/problem/Scale.h"
#include "judge/problem/Signature.h"
#include "judge/problem/YamlFields.h"

namespace judge {

BudgetSpec ReadBudget(const Field& field);
ScaleSpec ReadScale(const Field& field, const FunctionSignature& signature);
/// Design mode: the constructor's generators and the phases of method calls.
ScaleSpec ReadDesignScale(const Field& field, const DesignSpec& design);

}  // namespace judge

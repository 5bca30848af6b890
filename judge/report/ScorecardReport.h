// ScorecardReport: a mock round's scorecard for the terminal (a block per problem, then a
// total line) and as JSON (docs/json.md, `judge mock --json`).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "judge/mock/Scorecard.h"

namespace judge {

std::string RenderScorecard(const mock::Scorecard& card);
nlohmann::json ScorecardJson(const mock::Scorecard& card);

}  // namespace judge

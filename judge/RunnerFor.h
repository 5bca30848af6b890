// RunnerFor: picks the runner of a language. The only place where judge/ names concrete
// runners, so adding a language touches this file and runners/ only.
#pragma once

#include <expected>
#include <memory>
#include <string>

#include "judge/problem/Language.h"
#include "runners/Runner.h"

namespace judge {

std::expected<std::unique_ptr<runners::Runner>, std::string> RunnerFor(Language language);

}  // namespace judge

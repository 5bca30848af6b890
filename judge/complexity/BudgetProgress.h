// BudgetProgress: where the complexity series stands while it runs (it can take seconds),
// reported to whoever shows progress: the CLI draws it on a terminal, the core knows no screen.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>

namespace judge {

struct BudgetProgress {
  enum class Stage {
    Building,   // the counting builds of the candidate and the reference, before any size
    Measuring,  // `n` is being run, by both solutions in turn
  };
  Stage stage = Stage::Building;
  std::size_t done = 0;   // sizes measured so far (the empty-input baseline counts as one)
  std::size_t total = 0;  // sizes in the series
  std::int64_t n = 0;     // Measuring: the size under way (0: the empty-input baseline)
};

/// Called on the judging thread before each step of the series; empty: nobody is told.
using BudgetProgressHook = std::function<void(const BudgetProgress&)>;

}  // namespace judge

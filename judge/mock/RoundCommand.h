// RoundCommand: one line typed during a mock round ("submit 1", "s 2", "status", "quit"),
// read into what the round should do.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace judge::mock {

struct RoundCommand {
  enum class Kind { Submit, Status, End, Help, Nothing, Unknown };
  Kind kind = Kind::Nothing;
  std::size_t problem = 0;  // Submit: 1-based, as the plan numbers the problems
  std::string error;        // Unknown: what to tell the candidate
};

/// `problems` is how many the round has, to refuse "submit 3" with a reason.
RoundCommand ParseRoundCommand(std::string_view line, std::size_t problems);

/// The commands, for "help" and an unknown line.
inline constexpr std::string_view kRoundHelp =
    "commands: submit N (or s N) judges problem N's file; status; end (or quit); help";

}  // namespace judge::mock

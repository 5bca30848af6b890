#include "judge/mock/RoundCommand.h"

#include <charconv>
#include <sstream>
#include <vector>

#include <fmt/format.h>

namespace judge::mock {
namespace {

std::vector<std::string> Words(std::string_view line) {
  std::istringstream in{std::string(line)};
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

RoundCommand Unknown(std::string error) {
  return {RoundCommand::Kind::Unknown, 0, std::move(error)};
}

}  // namespace

RoundCommand ParseRoundCommand(std::string_view line, std::size_t problems) {
  const auto words = Words(line);
  if (words.empty()) return {};
  const std::string& verb = words[0];
  if (verb == "status" && words.size() == 1) return {RoundCommand::Kind::Status};
  if ((verb == "end" || verb == "quit" || verb == "q") && words.size() == 1) {
    return {RoundCommand::Kind::End};
  }
  if ((verb == "help" || verb == "?") && words.size() == 1) return {RoundCommand::Kind::Help};
  if (verb == "submit" || verb == "s") {
    if (words.size() != 2) return Unknown(fmt::format("which problem? submit 1 to {}", problems));
    std::size_t number = 0;
    const std::string& text = words[1];
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc{} || end != text.data() + text.size() || number < 1 ||
        number > problems) {
      return Unknown(fmt::format("no problem '{}': submit 1 to {}", text, problems));
    }
    return {RoundCommand::Kind::Submit, number};
  }
  return Unknown(fmt::format("unknown command '{}'", std::string(line)));
}

}  // namespace judge::mock

#include "judge/cli/CompletionScript.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "judge/mock/RoundTopics.h"

namespace judge::cli {
namespace {

// How an option's value completes: "dir", "file", "words:a,b", else nothing (a number, a
// title). Names, not types: CLI11 does not say that a string is a path.
std::string ValueKind(const std::string& option) {
  static const std::map<std::string, std::string> kinds = {
      {"--problems", "dir"},  {"--dir", "dir"},
      {"--out", "file"},      {"--junit", "file"},
      {"--lang", "words:cpp,py"},
      {"--difficulty", "words:easy,medium,hard"},
      {"--mode", "words:function,stdio"},
  };
  if (option == "--topics") return fmt::format("words:{}", fmt::join(mock::FriendlyTopics(), ","));
  const auto found = kinds.find(option);
  return found == kinds.end() ? "none" : found->second;
}

std::string PositionalKind(const std::string& name) {
  if (name == "problem" || name == "problems") return "problem";
  if (name == "file") return "file";
  if (name == "shell") return "words:bash,zsh";
  return "none";
}

CompletionCommand CommandOf(const CLI::App& app) {
  CompletionCommand command;
  command.name = app.get_name();
  for (const CLI::Option* option : app.get_options()) {
    if (option->nonpositional()) {
      std::vector<std::string> names;
      for (const auto& name : option->get_snames()) names.push_back("-" + name);
      for (const auto& name : option->get_lnames()) names.push_back("--" + name);
      command.flags.insert(command.flags.end(), names.begin(), names.end());
      if (option->get_expected_max() != 0) {
        command.value_options.insert(command.value_options.end(), names.begin(), names.end());
      }
    } else {
      command.positionals.push_back(PositionalKind(option->get_name()));
      command.last_repeats = option->get_items_expected_max() > 1;
    }
  }
  return command;
}

std::vector<std::string> AllValueOptions(const CompletionSpec& spec) {
  std::set<std::string> all(spec.top.value_options.begin(), spec.top.value_options.end());
  for (const auto& command : spec.commands) {
    all.insert(command.value_options.begin(), command.value_options.end());
  }
  return {all.begin(), all.end()};
}

// The options of a subcommand with the global ones, which may follow it (fallthrough).
std::vector<std::string> FlagsOf(const CompletionSpec& spec, const CompletionCommand& command) {
  std::vector<std::string> flags = command.flags;
  flags.insert(flags.end(), spec.top.flags.begin(), spec.top.flags.end());
  return flags;
}

std::vector<std::string> Names(const CompletionSpec& spec) {
  std::vector<std::string> names;
  for (const auto& command : spec.commands) names.push_back(command.name);
  return names;
}

// Shell words are quoted with single quotes; the binary's path may hold anything but one.
std::string Quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string BashValueArms(const std::vector<std::string>& value_options) {
  std::map<std::string, std::vector<std::string>> by_kind;
  for (const auto& option : value_options) by_kind[ValueKind(option)].push_back(option);
  std::string out;
  for (const auto& [kind, options] : by_kind) {
    std::string action;
    if (kind == "dir") {
      action = "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- \"$cur\"))";
    } else if (kind == "file") {
      action = "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\"))";
    } else if (kind.starts_with("words:")) {
      std::string words = kind.substr(6);
      std::ranges::replace(words, ',', ' ');
      action = fmt::format("COMPREPLY=($(compgen -W \"{}\" -- \"$cur\"))", words);
    } else {
      action = "COMPREPLY=()";
    }
    out += fmt::format("    {}) {}; return ;;\n", fmt::join(options, "|"), action);
  }
  return out;
}

std::string ZshValueArms(const std::vector<std::string>& value_options) {
  std::map<std::string, std::vector<std::string>> by_kind;
  for (const auto& option : value_options) by_kind[ValueKind(option)].push_back(option);
  std::string out;
  for (const auto& [kind, options] : by_kind) {
    std::string action;
    if (kind == "dir") {
      action = "_files -/";
    } else if (kind == "file") {
      action = "_files";
    } else if (kind.starts_with("words:")) {
      std::string words = kind.substr(6);
      std::ranges::replace(words, ',', ' ');
      action = "compadd -- " + words;
    } else {
      action = ":";
    }
    out += fmt::format("    ({}) {}; return ;;\n", fmt::join(options, "|"), action);
  }
  return out;
}

}  // namespace

CompletionSpec CompletionSpecOf(const CLI::App& root) {
  CompletionSpec spec;
  spec.top = CommandOf(root);
  for (const CLI::App* sub : root.get_subcommands([](const CLI::App*) { return true; })) {
    spec.commands.push_back(CommandOf(*sub));
  }
  return spec;
}

std::string BashCompletion(const CompletionSpec& spec, const std::filesystem::path& judge) {
  const auto value_options = AllValueOptions(spec);
  std::string arms;
  for (const auto& command : spec.commands) {
    arms += fmt::format("    {}) options=\"{}\"; kinds=({}); repeats={} ;;\n", command.name,
                        fmt::join(FlagsOf(spec, command), " "),
                        fmt::join(command.positionals, " "), command.last_repeats ? 1 : 0);
  }
  return fmt::format(R"SH(# bash completion for judge, written by `judge completion bash`.
# Enable it for this shell with: source <(judge completion bash)
_judge_bin={judge}

_judge() {{
  local cur="${{COMP_WORDS[COMP_CWORD]}}" prev=""
  (( COMP_CWORD > 0 )) && prev="${{COMP_WORDS[COMP_CWORD-1]}}"
  local cmd="" npos=0 i word
  local -a problems=() kinds=()
  # The subcommand and how many positionals precede the word; values of options skipped.
  for (( i = 1; i < COMP_CWORD; i++ )); do
    word="${{COMP_WORDS[i]}}"
    case "$word" in
      --problems) problems=(--problems "${{COMP_WORDS[i+1]}}"); (( i++ )); continue ;;
      {value_options}) (( i++ )); continue ;;
      -*) continue ;;
    esac
    if [[ -z "$cmd" ]]; then cmd="$word"; else (( npos++ )); fi
  done
  case "$prev" in
{value_arms}  esac
  if [[ -z "$cmd" ]]; then
    if [[ "$cur" == -* ]]; then
      COMPREPLY=($(compgen -W "{top_flags}" -- "$cur"))
    else
      COMPREPLY=($(compgen -W "{commands}" -- "$cur"))
    fi
    return
  fi
  local options="" repeats=0
  case "$cmd" in
{arms}    *) return ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
    return
  fi
  local kind=""
  if (( npos < ${{#kinds[@]}} )); then
    kind="${{kinds[npos]}}"
  elif (( repeats && ${{#kinds[@]}} )); then
    kind="${{kinds[-1]}}"
  fi
  case "$kind" in
    problem) COMPREPLY=($(compgen -W "$("$_judge_bin" "${{problems[@]}}" list --names 2>/dev/null)" -- "$cur")) ;;
    file) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")) ;;
    words:*) local words="${{kind#words:}}"; COMPREPLY=($(compgen -W "${{words//,/ }}" -- "$cur")) ;;
    *) COMPREPLY=() ;;
  esac
}}
complete -F _judge judge
)SH",
                     fmt::arg("judge", Quoted(judge.string())),
                     fmt::arg("value_options", fmt::join(value_options, "|")),
                     fmt::arg("value_arms", BashValueArms(value_options)),
                     fmt::arg("top_flags", fmt::join(spec.top.flags, " ")),
                     fmt::arg("commands", fmt::join(Names(spec), " ")),
                     fmt::arg("arms", arms));
}

std::string ZshCompletion(const CompletionSpec& spec, const std::filesystem::path& judge) {
  const auto value_options = AllValueOptions(spec);
  std::string arms;
  for (const auto& command : spec.commands) {
    arms += fmt::format("    ({}) options=({}); kinds=({}); repeats={} ;;\n", command.name,
                        fmt::join(FlagsOf(spec, command), " "),
                        fmt::join(command.positionals, " "), command.last_repeats ? 1 : 0);
  }
  return fmt::format(R"SH(#compdef judge
# zsh completion for judge, written by `judge completion zsh`.
# Enable it for this shell (after compinit) with: source <(judge completion zsh)
_judge_bin={judge}

_judge() {{
  local cur="${{words[CURRENT]}}" prev="${{words[CURRENT-1]}}"
  local cmd="" npos=0 i word repeats=0 kind=""
  local -a problems options kinds
  for (( i = 2; i < CURRENT; i++ )); do
    word="${{words[i]}}"
    case "$word" in
      (--problems) problems=(--problems "${{words[i+1]}}"); (( i++ )); continue ;;
      ({value_options}) (( i++ )); continue ;;
      (-*) continue ;;
    esac
    if [[ -z "$cmd" ]]; then cmd="$word"; else (( npos++ )); fi
  done
  case "$prev" in
{value_arms}  esac
  if [[ -z "$cmd" ]]; then
    if [[ "$cur" == -* ]]; then
      compadd -- {top_flags}
    else
      compadd -- {commands}
    fi
    return
  fi
  case "$cmd" in
{arms}    (*) return ;;
  esac
  if [[ "$cur" == -* ]]; then
    compadd -- $options
    return
  fi
  if (( npos < ${{#kinds}} )); then
    kind="${{kinds[npos+1]}}"
  elif (( repeats && ${{#kinds}} )); then
    kind="${{kinds[-1]}}"
  fi
  case "$kind" in
    (problem) compadd -- ${{(f)"$("$_judge_bin" $problems list --names 2>/dev/null)"}} ;;
    (file) _files ;;
    (words:*) compadd -- ${{(s:,:)${{kind#words:}}}} ;;
  esac
}}
compdef _judge judge
)SH",
                     fmt::arg("judge", Quoted(judge.string())),
                     fmt::arg("value_options", fmt::join(value_options, "|")),
                     fmt::arg("value_arms", ZshValueArms(value_options)),
                     fmt::arg("top_flags", fmt::join(spec.top.flags, " ")),
                     fmt::arg("commands", fmt::join(Names(spec), " ")),
                     fmt::arg("arms", arms));
}

}  // namespace judge::cli

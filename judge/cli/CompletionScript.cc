#include "judge/cli/CompletionScript.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

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

// What differs between the bash and the zsh script in the case arms both write. One table,
// so that the options, their values and the subcommands reach both shells by the same code.
struct ShellSyntax {
  std::string_view pattern_open;           // before a case pattern: zsh's "(a|b)", bash's "a|b)"
  std::string_view list_open, list_close;  // around the words of `options=...`
  std::string_view complete_dirs, complete_files;
  std::string_view complete_words;    // {} takes the words, space-separated
  std::string_view complete_nothing;  // a value to type (a number, a title)
};

constexpr ShellSyntax kBash{
    .pattern_open = "",
    .list_open = "\"",
    .list_close = "\"",
    .complete_dirs = "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- \"$cur\"))",
    .complete_files = "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\"))",
    .complete_words = "COMPREPLY=($(compgen -W \"{}\" -- \"$cur\"))",
    .complete_nothing = "COMPREPLY=()",
};

constexpr ShellSyntax kZsh{
    .pattern_open = "(",
    .list_open = "(",
    .list_close = ")",
    .complete_dirs = "_files -/",
    .complete_files = "_files",
    .complete_words = "compadd -- {}",
    .complete_nothing = ":",
};

// The scripts, for fmt: {judge} the binary, {value_options} every option that takes a value,
// {value_arms} how each value completes, {top_flags} and {commands} the top level's words,
// {arms} each subcommand's options and positionals.
constexpr std::string_view kBashScript =
    R"SH(# bash completion for judge, written by `judge completion bash`.
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
)SH";

constexpr std::string_view kZshScript =
    R"SH(#compdef judge
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
)SH";

// After the previous word, an option that takes a value: how that value completes.
std::string ValueArms(const std::vector<std::string>& value_options, const ShellSyntax& shell) {
  std::map<std::string, std::vector<std::string>> by_kind;
  for (const auto& option : value_options) by_kind[ValueKind(option)].push_back(option);
  std::string out;
  for (const auto& [kind, options] : by_kind) {
    std::string action(shell.complete_nothing);
    if (kind == "dir") {
      action = shell.complete_dirs;
    } else if (kind == "file") {
      action = shell.complete_files;
    } else if (kind.starts_with("words:")) {
      std::string words = kind.substr(6);
      std::ranges::replace(words, ',', ' ');
      action = fmt::format(fmt::runtime(shell.complete_words), words);
    }
    out += fmt::format("    {}{}) {}; return ;;\n", shell.pattern_open, fmt::join(options, "|"),
                       action);
  }
  return out;
}

// Per subcommand: its options, what its positionals complete to, whether the last repeats.
std::string CommandArms(const CompletionSpec& spec, const ShellSyntax& shell) {
  std::string out;
  for (const auto& command : spec.commands) {
    out += fmt::format("    {}{}) options={}{}{}; kinds=({}); repeats={} ;;\n", shell.pattern_open,
                       command.name, shell.list_open, fmt::join(FlagsOf(spec, command), " "),
                       shell.list_close, fmt::join(command.positionals, " "),
                       command.last_repeats ? 1 : 0);
  }
  return out;
}

// The script: `script` with the spec's lists put in, in `shell`'s syntax.
std::string Script(std::string_view script, const CompletionSpec& spec,
                   const std::filesystem::path& judge, const ShellSyntax& shell) {
  const auto value_options = AllValueOptions(spec);
  return fmt::format(fmt::runtime(script), fmt::arg("judge", Quoted(judge.string())),
                     fmt::arg("value_options", fmt::join(value_options, "|")),
                     fmt::arg("value_arms", ValueArms(value_options, shell)),
                     fmt::arg("top_flags", fmt::join(spec.top.flags, " ")),
                     fmt::arg("commands", fmt::join(Names(spec), " ")),
                     fmt::arg("arms", CommandArms(spec, shell)));
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
  return Script(kBashScript, spec, judge, kBash);
}

std::string ZshCompletion(const CompletionSpec& spec, const std::filesystem::path& judge) {
  return Script(kZshScript, spec, judge, kZsh);
}

}  // namespace judge::cli

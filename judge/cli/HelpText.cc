#include "judge/cli/HelpText.h"

#include <array>
#include <utility>

namespace judge::cli {
namespace {

constexpr std::string_view kRoot = R"(
A typical practice loop:
  judge list                                   the problems, with difficulty and tags
  judge start two-sum --lang py                write two_sum.py to fill in, show the statement
  judge watch two-sum two_sum.py               judge it again on every save
  judge submit two-sum two_sum.py              judge it once: every case, then the budget
  judge stats                                  your progress: topics, weak edge cases
  judge mock --minutes 45 --topics graphs,dp   a timed round of two problems

Every solution is compiled and run inside the sandbox (seccomp, namespaces, rlimits,
cgroups and Landlock where the kernel has them); `judge doctor` says which layers are on.
Run `judge COMMAND --help` for each command's details.

Exit status:
  0  accepted (or: all verified, linted without errors, listed)
  1  judged and not accepted (or: a verification failed, lint found an error)
  2  a usage or problem error: bad arguments, unknown problem, broken problem.yaml, missing
     file; one line names the file and line
  3  the judge itself failed

Environment:
  JUDGE_PROBLEMS   the problems folder when --problems is not given
  JUDGE_CACHE_DIR  the build cache (precompiled prelude, compiled solutions); default
                   $XDG_CACHE_HOME/judge or ~/.cache/judge (as root: /var/cache/judge)
  JUDGE_DATA_DIR   the submission history; default $XDG_DATA_HOME/judge or
                   ~/.local/share/judge
  NO_COLOR         no colours, even on a terminal

See also: README.md, docs/json.md (the --json forms), problems/README.md (the problem format).
)";

constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kCommands = {{
    {"submit", R"(
Judges FILE (C++ by .cpp/.cc, Python by .py, or --lang) against every test of PROBLEM, in
the sandbox, and prints a line per case: verdict (AC WA TLE MLE RE OLE CE), CPU time, peak
memory; the first failing visible case with a diff of expected and actual. Once every case
passes, a problem with a complexity budget runs your solution and the reference on inputs
of growing size and says whether yours grows within the budget (TLE-C / MLE-C if not);
meanwhile a terminal shows which size is under way on stderr. The submission is recorded
in the history (see `judge stats`).

Examples:
  judge submit two-sum solution.cpp
  judge submit two-sum solution.py --no-budget --fail-fast
  judge --json submit lru-cache lru.py > result.json

Exit status: 0 accepted, 1 not accepted, 2 usage or problem error, 3 internal error.
)"},
    {"verify", R"(
Judges every reference solution of the named problems (all by default) and checks that each
earns the verdict its problem.yaml expects: accepted, wrong_answer, time_limit,
time_budget, ... Ends with `N passed, N failed`. Problem authors and CI run it.

Examples:
  judge verify two-sum lru-cache
  judge verify -j 2 --junit verify.xml
  judge verify --shard 2/4          (the second of four slices, for a CI matrix)

Exit status: 0 all verified, 1 a solution did not earn its verdict, 2 usage or problem error.
)"},
    {"watch", R"(
Judges FILE now and again on every save (inotify on its folder, so editors that save by
renaming a new file over the old one are seen): the sample cases first, for a quick
answer, then every case and the budget. On a terminal the report is redrawn; in a pipe a
line of dashes separates the runs. A compile error or a missing file is reported and
watching goes on. Ctrl-C ends it; the last judgement goes into the history.

Example:
  judge watch two-sum two_sum.py
)"},
    {"list", R"(
Lists the problems: slug, title, difficulty and tags.

Examples:
  judge list
  judge list --names              (slugs only, one a line: for scripts)
)"},
    {"show", R"(
Prints a problem's statement and its sample cases.

Example:
  judge show word-ladder
)"},
    {"start", R"(
Writes the file to start from, then prints the statement: LeetCode's empty class with the
problem's exact signature, or, for a review-and-debug problem, the subtly wrong solution
to fix. It never overwrites a file.

Examples:
  judge start coin-change --lang cpp
  judge start debug-sqrtx --lang py --out sqrt.py
)"},
    {"lint", R"(
Reports what problems (all by default) lack by the bank's rules: a statement, a sample and
15 hidden tests, 3 kinds of edge: tag including edge:max-size, accepted and wrong solutions
in each language, a LeetCode number, a complexity budget (a warning only).

Example:
  judge lint my-new-problem

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 a problem does not load.
)"},
    {"new", R"(
Writes problems/SLUG/ to fill in: a problem.yaml that loads, a statement with its headings,
sample and hidden tests with edge tags, and solutions whose bodies are TODO. Fill them in,
then `judge lint SLUG` and `judge verify SLUG`.

Example:
  judge new sum-of-list --title "Sum of a List" --difficulty easy
)"},
    {"doctor", R"(
Says which sandbox layers this machine offers (seccomp, rlimits, unprivileged uid,
namespaces, Landlock, memory cgroup) and why any is off.

Example:
  judge doctor

Exit status: 0 the sandbox is complete enough to run untrusted code, 3 it is not.
)"},
    {"stats", R"(
Reads the submission history: submissions and problems solved, progress per topic, the
edge-case tags you fail most (and where), problems attempted but not solved, and the last
10 submissions.

Examples:
  judge stats
  judge --json stats
)"},
    {"mock", R"(
A simulated coding round: picks two problems (one medium, one medium or hard) matching the
topics, writes their starters and statements into the round's folder, and counts down.
At the prompt: `submit 1` or `s 2` judges a file as `judge submit` does, `status` shows
the time left, `end` (or Ctrl-C, or Ctrl-D) finishes. At the end a scorecard: solved,
attempts, time to first accepted, complexity met, edge cases missed.

Examples:
  judge mock
  judge mock --minutes 45 --topics graphs,dp --lang py
  judge mock --seed 7 --dir round7

Exit status: 0 both problems solved, 1 otherwise (however the round ended), 2 usage error
(unknown topic, ...), 130 Ctrl-C twice: stopped at once, with no scorecard.
)"},
    {"completion", R"(
Prints a completion script for subcommands, options, problem slugs and files.

Examples:
  source <(judge completion bash)          (add it to ~/.bashrc to keep it)
  source <(judge completion zsh)           (zsh, after compinit)
)"},
}};

}  // namespace

std::string_view RootHelpFooter() { return kRoot; }

std::string_view CommandHelpFooter(std::string_view command) {
  for (const auto& [name, text] : kCommands) {
    if (name == command) return text;
  }
  return {};
}

}  // namespace judge::cli

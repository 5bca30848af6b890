// The hostile-program suite: every attack listed in tests/attacks/attacks.yaml is submitted
// through the real `judge` binary, and its verdict and effects are checked from outside the
// sandbox once the judge has exited (see tests/attacks/README.md for the manifest's keys).
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "judge/problem/YamlTree.h"
#include "tests/JudgeProcess.h"
#include "tests/TestPaths.h"

extern char** environ;

namespace judge {
namespace {

namespace fs = std::filesystem;
using testing::ProblemsDir;
using testing::Slurp;
using testing::SourceDir;

// ---- The manifest.

struct Attack {
  std::string file;
  std::string problem;
  std::vector<std::string> verdicts;
  int runs = 1;
  std::vector<std::string> no_paths;
  bool no_survivor = false;
  bool listener_receives_nothing = false;
  bool judge_survives = false;
  std::optional<std::int64_t> stderr_bytes_at_most;
  std::optional<std::int64_t> report_bytes_at_most;
  std::optional<std::int64_t> judge_rss_mib_at_most;
  std::vector<std::string> detail_lacks;
  std::optional<std::string> detail_has;
  std::optional<double> within_seconds;
  std::optional<std::int64_t> case_wall_ms_at_most;
  std::optional<std::int64_t> case_cpu_ms_at_most;
  std::optional<std::int64_t> case_cpu_ms_at_least;
  std::string manifest_error;  // a broken entry still becomes a test, which fails with this
};

// gtest names a failing parameter by this, rather than by a dump of its bytes.
void PrintTo(const Attack& attack, std::ostream* out) { *out << attack.file; }

std::vector<std::string> OneOrMany(const YamlNode& node) {
  if (!node.IsSequence()) return {node.Scalar()};
  std::vector<std::string> items;
  for (const YamlNode& item : node) items.push_back(item.Scalar());
  return items;
}

// Strict, like the judge's own loader: a misspelt key or a value that is not of its kind
// must not silently drop a check.
Attack ParseAttack(const YamlNode& entry) {
  Attack attack;
  if (!entry.IsMap()) attack.manifest_error += "an attack must be a map; ";
  for (std::size_t i = 0; i < entry.size(); ++i) {
    const std::string key = entry.Key(i).Scalar();
    const YamlNode value = entry.Value(i);
    const std::string& text = value.Scalar();
    const auto number = [&]() -> std::int64_t {
      std::int64_t parsed = 0;
      const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), parsed);
      if (ec != std::errc{} || end != text.data() + text.size()) {
        attack.manifest_error += "'" + key + "' must be a whole number; ";
      }
      return parsed;
    };
    const auto real = [&]() -> double {
      double parsed = 0;
      const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), parsed);
      if (ec != std::errc{} || end != text.data() + text.size()) {
        attack.manifest_error += "'" + key + "' must be a number; ";
      }
      return parsed;
    };
    const auto flag = [&] {
      if (text != "true" && text != "false") attack.manifest_error += "'" + key + "' must be true or false; ";
      return text == "true";
    };
    if (key == "file") attack.file = text;
    else if (key == "problem") attack.problem = text;
    else if (key == "verdict") attack.verdicts = OneOrMany(value);
    else if (key == "runs") attack.runs = static_cast<int>(number());
    else if (key == "no_path") attack.no_paths = OneOrMany(value);
    else if (key == "no_survivor") attack.no_survivor = flag();
    else if (key == "listener_receives_nothing") attack.listener_receives_nothing = flag();
    else if (key == "judge_survives") attack.judge_survives = flag();
    else if (key == "stderr_bytes_at_most") attack.stderr_bytes_at_most = number();
    else if (key == "report_bytes_at_most") attack.report_bytes_at_most = number();
    else if (key == "judge_rss_mib_at_most") attack.judge_rss_mib_at_most = number();
    else if (key == "detail_lacks") attack.detail_lacks = OneOrMany(value);
    else if (key == "detail_has") attack.detail_has = text;
    else if (key == "within_seconds") attack.within_seconds = real();
    else if (key == "case_wall_ms_at_most") attack.case_wall_ms_at_most = number();
    else if (key == "case_cpu_ms_at_most") attack.case_cpu_ms_at_most = number();
    else if (key == "case_cpu_ms_at_least") attack.case_cpu_ms_at_least = number();
    else attack.manifest_error += "unknown key '" + key + "'; ";
  }
  if (attack.file.empty() || attack.problem.empty() || attack.verdicts.empty()) {
    attack.manifest_error += "file, problem and verdict are required; ";
  }
  return attack;
}

std::vector<Attack> LoadManifest() {
  const fs::path manifest = SourceDir() / "tests" / "attacks" / "attacks.yaml";
  std::vector<Attack> attacks;
  const auto broken = [&](const std::string& why) {
    Attack attack;
    attack.file = "manifest";
    attack.manifest_error = manifest.string() + ": " + why;
    attacks.push_back(attack);
  };
  try {
    const YamlNode root = ParseYaml(Slurp(manifest));
    YamlNode list;
    for (std::size_t i = 0; i < root.size(); ++i) {
      if (root.IsMap() && root.Key(i).Scalar() == "attacks") list = root.Value(i);
    }
    if (!list.IsSequence()) broken("'attacks' must be a list");
    for (const YamlNode& entry : list) attacks.push_back(ParseAttack(entry));
  } catch (const YamlSyntaxError& error) {
    broken("line " + std::to_string(error.mark().line + 1) + ": " + error.what());
  }
  return attacks;
}

// ---- Watching from outside: processes, listener, files.

std::set<pid_t> Children() {
  std::set<pid_t> children;
  for (const auto& task : fs::directory_iterator("/proc/self/task")) {
    std::ifstream in(task.path() / "children");
    for (pid_t pid; in >> pid;) children.insert(pid);
  }
  return children;
}

// Whether the process will never run its own code again: a zombie, a process already
// tearing itself down (PF_EXITING), or one with SIGKILL pending. A judge that kills a
// helper and exits at once leaves it in the middle of that for a few milliseconds.
bool IsDying(pid_t pid) {
  const fs::path proc = fs::path("/proc") / std::to_string(pid);
  // stat is "pid (comm) state ppid pgrp session tty tpgid flags ...": comm may hold spaces.
  const std::string stat = Slurp(proc / "stat");
  const auto close = stat.rfind(')');
  if (close == std::string::npos) return true;  // gone already
  std::istringstream fields(stat.substr(close + 1));
  char state = '?';
  std::string skip;
  unsigned long flags = 0;
  fields >> state >> skip >> skip >> skip >> skip >> skip >> flags;
  constexpr unsigned long kExiting = 0x4;  // PF_EXITING
  if (state == 'Z' || state == 'X' || (flags & kExiting) != 0) return true;
  std::ifstream status(proc / "status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("SigPnd:", 0) == 0 || line.rfind("ShdPnd:", 0) == 0) {
      const unsigned long long pending = std::stoull(line.substr(7), nullptr, 16);
      if ((pending & (1ULL << (SIGKILL - 1))) != 0) return true;
    }
  }
  return false;
}

std::string Describe(pid_t pid) {
  const fs::path proc = fs::path("/proc") / std::to_string(pid);
  std::string cmdline = Slurp(proc / "cmdline");
  std::replace(cmdline.begin(), cmdline.end(), '\0', ' ');
  std::string name = Slurp(proc / "comm");
  if (!name.empty() && name.back() == '\n') name.pop_back();
  return "pid " + std::to_string(pid) + " " + name + " (" + cmdline + ")";
}

// The test process is the child subreaper of every run: whatever a run leaves behind,
// however it detached (setsid, double fork), is re-parented to it when the judge exits.
class SurvivorWatch {
 public:
  SurvivorWatch() : before_(Children()) { prctl(PR_SET_CHILD_SUBREAPER, 1); }
  ~SurvivorWatch() { prctl(PR_SET_CHILD_SUBREAPER, 0); }

  // Processes of the run alive now (the dead are reaped), then killed so that a failing
  // attack does not keep running on the machine.
  std::vector<std::string> CollectAndKill() {
    std::vector<std::string> survivors;
    for (int round = 0; round < 1000; ++round) {
      bool any = false;
      for (pid_t pid : Children()) {
        if (before_.count(pid) != 0) continue;
        any = true;
        if (round == 0 && !IsDying(pid)) survivors.push_back(Describe(pid));
        kill(pid, SIGKILL);
        waitpid(pid, nullptr, 0);
      }
      if (!any) break;
    }
    return survivors;
  }

 private:
  std::set<pid_t> before_;
};

class Listener {
 public:
  Listener() {
    fd_ = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (fd_ < 0 || bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        listen(fd_, 16) != 0 ||
        getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
      ADD_FAILURE() << "cannot listen on 127.0.0.1: " << std::strerror(errno);
      return;
    }
    port_ = ntohs(address.sin_port);
  }
  ~Listener() {
    if (fd_ >= 0) close(fd_);
  }
  int port() const { return port_; }

  // A connection completes in the kernel's backlog whether or not anyone accepts it, so
  // a non-blocking accept after the run tells whether one was made.
  std::optional<std::string> Received() {
    const int connection = accept4(fd_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (connection < 0) return std::nullopt;
    char buffer[256];
    const ssize_t n = read(connection, buffer, sizeof buffer);
    close(connection);
    return "a connection, sending '" + std::string(buffer, n > 0 ? n : 0) + "'";
  }

 private:
  int fd_ = -1;
  int port_ = 0;
};

bool PathExists(const fs::path& path) {
  std::error_code error;
  return fs::exists(fs::symlink_status(path, error));  // a dangling symlink counts
}

std::vector<std::string> EntriesOf(const fs::path& dir) {
  std::vector<std::string> entries;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    entries.push_back(entry.path().filename().string());
  }
  return entries;
}

// ---- Running the judge: in its own working directory and TMPDIR, with its memory watched.

struct JudgeRun {
  int exit_code = -1;  // -1 when killed by a signal
  int signal = 0;
  bool hung = false;   // still running at the watchdog's deadline
  std::string out, err;
  double seconds = 0;
  std::int64_t peak_rss_bytes = 0;
};

std::int64_t PeakRssBytes(pid_t pid) {
  std::ifstream in(fs::path("/proc") / std::to_string(pid) / "status");
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stoll(line.substr(6)) * 1024;
  }
  return 0;
}

JudgeRun RunJudge(const std::vector<std::string>& args, const fs::path& dir, double deadline_s) {
  const std::string out = (dir / "judge.out").string(), err = (dir / "judge.err").string();
  posix_spawn_file_actions_t files;
  posix_spawn_file_actions_init(&files);
  posix_spawn_file_actions_addopen(&files, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&files, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&files, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addchdir_np(&files, (dir / "cwd").c_str());
  std::vector<std::string> env_storage{"TMPDIR=" + (dir / "tmp").string()};
  for (char** var = environ; *var != nullptr; ++var) {
    if (std::string_view(*var).rfind("TMPDIR=", 0) != 0) env_storage.emplace_back(*var);
  }
  std::vector<char*> envp, argv;
  for (auto& var : env_storage) envp.push_back(var.data());
  envp.push_back(nullptr);
  std::vector<std::string> arg_storage = args;
  arg_storage.insert(arg_storage.begin(), testing::JudgeBinary().string());
  for (auto& arg : arg_storage) argv.push_back(arg.data());
  argv.push_back(nullptr);

  JudgeRun run;
  const auto started = std::chrono::steady_clock::now();
  pid_t pid = -1;
  const int spawned = posix_spawn(&pid, argv[0], &files, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&files);
  if (spawned != 0) {
    ADD_FAILURE() << "cannot run " << argv[0] << ": " << std::strerror(spawned);
    return run;
  }
  int status = 0;
  while (waitpid(pid, &status, WNOHANG) == 0) {
    run.peak_rss_bytes = std::max(run.peak_rss_bytes, PeakRssBytes(pid));
    if (std::chrono::steady_clock::now() - started > std::chrono::duration<double>(deadline_s)) {
      run.hung = true;
      kill(pid, SIGKILL);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (WIFEXITED(status)) run.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) run.signal = WTERMSIG(status);
  run.out = Slurp(out);
  run.err = Slurp(err);
  return run;
}

// ---- One attack.

std::string TestName(const ::testing::TestParamInfo<Attack>& info) {
  std::string name = info.param.file;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

std::string Replaced(std::string text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

fs::path ProblemDir(const std::string& problem) {
  return problem.find('/') != std::string::npos ? SourceDir() / problem : ProblemsDir() / problem;
}

std::string CasesSummary(const nlohmann::json& report) {
  std::string summary;
  for (const auto& judged : report.value("cases", nlohmann::json::array())) {
    summary += "\n  " + judged.value("name", "?") + ": " + judged.value("verdict", "?") + " " +
               judged.value("detail", "") + " (cpu " +
               std::to_string(judged.value("cpu_time_us", 0LL)) + " us, wall " +
               std::to_string(judged.value("wall_time_us", 0LL)) + " us)";
    if (judged.contains("stderr") && !judged["stderr"].get<std::string>().empty()) {
      summary += "\n    stderr: " + judged["stderr"].get<std::string>().substr(0, 300);
    }
  }
  if (report.contains("compile_output")) {
    summary += "\n  compile output: " + report["compile_output"].get<std::string>().substr(0, 300);
  }
  if (report.contains("internal_error")) {
    summary += "\n  internal error: " + report["internal_error"].dump();
  }
  return summary;
}

class HostileProgram : public ::testing::TestWithParam<Attack> {};

// Submits the attack once and checks everything the manifest asks of that run.
void SubmitAndCheck(const Attack& attack, const fs::path& source, const fs::path& dir,
                    Listener* listener) {
  for (const auto& path : attack.no_paths) {
    std::error_code error;
    fs::remove_all(dir / "cwd" / path, error);  // an absolute path replaces the prefix
    ASSERT_FALSE(PathExists(dir / "cwd" / path)) << "cannot remove " << path << " before the run";
  }
  SurvivorWatch watch;
  const double deadline_s = std::max(120.0, attack.within_seconds.value_or(0) * 2);
  const JudgeRun run = RunJudge({"--problems", ProblemsDir().string(), "submit",
                                 ProblemDir(attack.problem).string(), source.string(), "--json"},
                                dir, deadline_s);
  const std::vector<std::string> survivors = watch.CollectAndKill();

  ASSERT_FALSE(run.hung) << "the judge was still running after " << deadline_s << " s";
  const auto report = nlohmann::json::parse(run.out, nullptr, false);
  ASSERT_FALSE(report.is_discarded() || !report.is_object())
      << "exit " << run.exit_code << ", signal " << run.signal << ", no JSON report:\n"
      << run.out.substr(0, 2000) << "\nstderr:\n" << run.err.substr(0, 2000);
  const std::string verdict = report.value("verdict", "(none)");
  const std::string context = "verdict " + verdict + ", exit " + std::to_string(run.exit_code) +
                              ", " + std::to_string(run.seconds) + " s" + CasesSummary(report);

  // In the XML output (--gtest_output=xml), what each attack got, passing or not.
  ::testing::Test::RecordProperty("outcome", context);
  EXPECT_NE(std::find(attack.verdicts.begin(), attack.verdicts.end(), verdict),
            attack.verdicts.end())
      << context;
  EXPECT_EQ(run.exit_code, verdict == "accepted" ? 0 : 1) << context;
  if (attack.judge_survives) {
    EXPECT_EQ(run.signal, 0) << "the judge was killed by signal " << run.signal;
    EXPECT_NE(verdict, "internal_error") << context;
  }
  if (attack.no_survivor) {
    EXPECT_TRUE(survivors.empty())
        << "alive after the judge exited: " << ::testing::PrintToString(survivors);
  }
  if (listener != nullptr) {
    const auto received = listener->Received();
    EXPECT_FALSE(received.has_value()) << "the loopback listener received " << *received;
  }
  for (const auto& path : attack.no_paths) {
    EXPECT_FALSE(PathExists(dir / "cwd" / path)) << path << " exists after the run";
    std::error_code error;
    fs::remove_all(dir / "cwd" / path, error);
  }
  // Whatever the attack tried, the run leaves nothing in the judge's working directory
  // or TMPDIR (the judge removes its own work folder).
  EXPECT_EQ(EntriesOf(dir / "cwd"), std::vector<std::string>{}) << "left in the working directory";
  EXPECT_EQ(EntriesOf(dir / "tmp"), std::vector<std::string>{}) << "left in TMPDIR";
  for (const auto& secret : attack.detail_lacks) {
    EXPECT_EQ((run.out + run.err).find(secret), std::string::npos)
        << "the report reveals '" << secret << "':\n" << run.out.substr(0, 4000);
  }
  if (attack.detail_has) {
    const auto& cases = report.value("cases", nlohmann::json::array());
    const std::string first = cases.empty() ? "" : cases[0].value("detail", "");
    EXPECT_NE(first.find(*attack.detail_has), std::string::npos)
        << "the first case's detail does not say '" << *attack.detail_has << "': " << context;
  }
  if (attack.within_seconds) {
    EXPECT_LE(run.seconds, *attack.within_seconds) << context;
  }
  if (attack.stderr_bytes_at_most) {
    EXPECT_LE(std::ssize(run.err), *attack.stderr_bytes_at_most) << run.err.substr(0, 2000);
  }
  if (attack.report_bytes_at_most) {
    EXPECT_LE(std::ssize(run.out), *attack.report_bytes_at_most) << run.out.substr(0, 2000);
  }
  if (attack.judge_rss_mib_at_most) {
    EXPECT_LE(run.peak_rss_bytes, *attack.judge_rss_mib_at_most << 20)
        << "the judge's own peak RSS";
  }
  for (const auto& judged : report.value("cases", nlohmann::json::array())) {
    if (attack.case_wall_ms_at_most) {
      EXPECT_LE(judged.value("wall_time_us", 0LL), *attack.case_wall_ms_at_most * 1000) << context;
    }
    if (attack.case_cpu_ms_at_most) {
      EXPECT_LE(judged.value("cpu_time_us", 0LL), *attack.case_cpu_ms_at_most * 1000) << context;
    }
    if (attack.case_cpu_ms_at_least) {
      EXPECT_GE(judged.value("cpu_time_us", 0LL), *attack.case_cpu_ms_at_least * 1000) << context;
    }
  }
}

TEST_P(HostileProgram, GetsItsVerdictAndHasNoEffect) {
  const Attack& attack = GetParam();
  ASSERT_TRUE(attack.manifest_error.empty()) << attack.manifest_error;
  const fs::path original = SourceDir() / "tests" / "attacks" / attack.file;
  ASSERT_TRUE(fs::is_regular_file(original)) << original;

  // A folder per attack: the judge's working directory and TMPDIR, writable by the
  // sandbox's user as a candidate's own folder would be, and the source's copy.
  const fs::path dir = fs::temp_directory_path() /
                       ("judge-attack-" + TestName({attack, 0}) + "-" + std::to_string(getpid()));
  std::error_code error;
  fs::remove_all(dir, error);
  for (const char* sub : {"cwd", "tmp", "src"}) fs::create_directories(dir / sub);
  fs::permissions(dir / "cwd", fs::perms::all);
  fs::permissions(dir / "tmp", fs::perms::all);

  std::optional<Listener> listener;
  if (attack.listener_receives_nothing) listener.emplace();
  std::string text = Slurp(original);
  if (listener) text = Replaced(text, "@PORT@", std::to_string(listener->port()));
  text = Replaced(text, "@PROBLEM_DIR@", fs::canonical(ProblemDir(attack.problem)).string());
  const fs::path source = dir / "src" / original.filename();
  std::ofstream(source) << text;

  for (int run = 1; run <= attack.runs; ++run) {
    SCOPED_TRACE("run " + std::to_string(run) + " of " + std::to_string(attack.runs));
    SubmitAndCheck(attack, source, dir, listener ? &*listener : nullptr);
  }
  fs::remove_all(dir, error);
}

INSTANTIATE_TEST_SUITE_P(Attacks, HostileProgram, ::testing::ValuesIn(LoadManifest()), TestName);

}  // namespace
}  // namespace judge

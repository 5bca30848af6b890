// Runs the real sandbox_probe program under the real Launcher and checks each way a run
// can end. Nothing here runs the probe outside the sandbox.
#include "sandbox/Launcher.h"

#include <gtest/gtest.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <filesystem>

#include <thread>
#include <vector>

#include "sandbox/EmptyRoot.h"
#include "sandbox/MemoryCgroup.h"
#include "sandbox/SandboxSupport.h"
#include "tests/TestPaths.h"

namespace sandbox {
namespace {

const SeccompPolicy& ProgramPolicy() {
  static const SeccompPolicy policy = [] {
    PolicyBuilder builder;
    builder.AllowExit().AllowStdio().AllowMemory().AllowStaticStartup().AllowSignalsToSelf()
        .AllowTime();
    auto built = builder.Build();
    if (!built) throw std::runtime_error(built.error().message);
    return std::move(*built);
  }();
  return policy;
}

RunResult RunProbe(std::vector<std::string> args, RunLimits limits = {}, std::string input = "") {
  LaunchSpec spec;
  spec.executable = judge::testing::ProbeProgram();
  spec.argv = {"probe"};
  spec.argv.insert(spec.argv.end(), args.begin(), args.end());
  spec.stdin_data = std::move(input);
  spec.limits = limits;
  spec.policy = &ProgramPolicy();
  auto result = Launch(spec);
  EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().message);
  return result.value_or(RunResult{});
}

TEST(LauncherTest, EchoesStdinAndExitsZero) {
  const RunResult result = RunProbe({"echo"}, {}, "1 2\nthree\n");
  EXPECT_EQ(result.status, RunStatus::Exited);
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.stdout_data, "1 2\nthree\n");
  EXPECT_GT(result.usage.wall_time_us, 0);
  EXPECT_GT(result.usage.peak_memory_bytes, 0);
}

TEST(LauncherTest, ReportsNonZeroExitAndStderr) {
  EXPECT_EQ(RunProbe({"exit", "42"}).exit_code, 42);
  const RunResult result = RunProbe({"stderr"});
  EXPECT_EQ(result.stderr_data, "oops");
  EXPECT_EQ(result.stderr_bytes, 4);
}

TEST(LauncherTest, ReportsTheSignalOfACrash) {
  const RunResult segv = RunProbe({"segv"});
  EXPECT_EQ(segv.status, RunStatus::Signaled);
  EXPECT_EQ(segv.signal, SIGSEGV);
  // abort() signals itself with tgkill, which the self-signal rule must allow.
  const RunResult abort = RunProbe({"abort"});
  EXPECT_EQ(abort.status, RunStatus::Signaled);
  EXPECT_EQ(abort.signal, SIGABRT);
}

TEST(LauncherTest, StopsACpuHogNearTheLimit) {
  RunLimits limits;
  limits.cpu_time_ms = 300;
  limits.wall_time_ms = 5000;
  const RunResult result = RunProbe({"spin"}, limits);
  EXPECT_EQ(result.status, RunStatus::Timeout);
  EXPECT_NE(result.reason.find("CPU"), std::string::npos);
  EXPECT_GE(result.usage.cpu_time_us, 300'000);
  EXPECT_LT(result.usage.cpu_time_us, 600'000);
}

TEST(LauncherTest, StopsASleeperOnWallTime) {
  RunLimits limits;
  limits.cpu_time_ms = 1000;
  limits.wall_time_ms = 300;
  const RunResult result = RunProbe({"sleep"}, limits);
  EXPECT_EQ(result.status, RunStatus::Timeout);
  EXPECT_NE(result.reason.find("wall"), std::string::npos);
  EXPECT_LT(result.usage.wall_time_us, 2'000'000);
}

TEST(LauncherTest, StopsAMemoryHog) {
  RunLimits limits;
  limits.memory_bytes = 64LL << 20;
  const RunResult result = RunProbe({"memory"}, limits);
  EXPECT_EQ(result.status, RunStatus::MemoryLimit) << RunStatusName(result.status) << " "
                                                   << result.reason;
}

TEST(LauncherTest, MeasuresPeakMemoryOfTheProgramItself) {
  RunLimits limits;
  limits.memory_bytes = 256LL << 20;
  const RunResult result = RunProbe({"allocate", "100"}, limits);
  ASSERT_EQ(result.status, RunStatus::Exited);
  // 100 MiB touched: the figure must be at least that, and not include the judge's own.
  EXPECT_GE(result.usage.peak_memory_bytes, 100LL << 20);
  EXPECT_LT(result.usage.peak_memory_bytes, 140LL << 20);
}

TEST(LauncherTest, StopsAnOutputFloodOnEitherStream) {
  RunLimits limits;
  limits.output_bytes = 1 << 20;
  for (const char* action : {"flood-stdout", "flood-stderr"}) {
    const RunResult result = RunProbe({action}, limits);
    EXPECT_EQ(result.status, RunStatus::OutputLimit) << action;
    EXPECT_LE(std::ssize(result.stdout_data), limits.output_bytes) << action;
    EXPECT_LE(std::ssize(result.stderr_data), RunResult::kStderrKeptBytes) << action;
  }
}

TEST(LauncherTest, DeepRecursionWorksWithTheLargeStack) {
  const RunResult result = RunProbe({"recurse", "200000"});  // ~50 MiB of frames
  EXPECT_EQ(result.status, RunStatus::Exited) << result.reason;
}

TEST(LauncherTest, ForbiddenSystemCallsKillTheProgram) {
  for (const char* action : {"fork", "exec", "socket", "open", "kill-parent", "kill-all"}) {
    const RunResult result = RunProbe({action});
    EXPECT_EQ(result.status, RunStatus::Violation) << action << ": " << RunStatusName(result.status)
                                                   << " exit=" << result.exit_code;
  }
}

TEST(LauncherTest, TheLaunchersExecDescriptorCannotBeReused) {
  const RunResult result = RunProbe({"exec-fd"});
  EXPECT_EQ(result.status, RunStatus::Exited);
  EXPECT_EQ(result.exit_code, 5);
}

TEST(LauncherTest, Clone3FailsWithEnosysInsteadOfKilling) {
  const RunResult result = RunProbe({"clone3"});
  EXPECT_EQ(result.status, RunStatus::Exited);
  EXPECT_EQ(result.exit_code, 0);
}

TEST(LauncherTest, RunsAsAnUnprivilegedUser) {
  const RunResult result = RunProbe({"uid"});
  ASSERT_EQ(result.status, RunStatus::Exited);
  EXPECT_NE(result.stdout_data, "0\n");
  EXPECT_EQ(result.stdout_data, std::to_string(RunIdentity().uid) + "\n");
}

TEST(LauncherTest, ConcurrentRunsOfOneUserAllStart) {
  // Each run holds a process of the sandbox user alive while the others start. With a
  // process limit of 1 set before the uid change, the kernel refused their exec (EAGAIN).
  RunLimits limits;
  limits.wall_time_ms = 400;
  limits.processes = 1;
  std::vector<RunStatus> statuses(6, RunStatus::Exited);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < statuses.size(); ++i) {
    threads.emplace_back([&, i] { statuses[i] = RunProbe({"sleep"}, limits).status; });
  }
  for (auto& thread : threads) thread.join();
  for (RunStatus status : statuses) EXPECT_EQ(status, RunStatus::Timeout);
}

TEST(LauncherTest, AMissingExecutableIsASandboxErrorNotAResult) {
  LaunchSpec spec;
  spec.executable = "/nonexistent/program";
  spec.policy = &ProgramPolicy();
  auto result = Launch(spec);
  ASSERT_FALSE(result.has_value());
  EXPECT_NE(result.error().message.find("/nonexistent/program"), std::string::npos);
}

TEST(LauncherTest, AFailedSetupStepIsReportedByName) {
  LaunchSpec spec;
  spec.executable = judge::testing::ProbeProgram();
  spec.working_dir = "/nonexistent-dir";
  spec.files.allowed = {{"/tmp", true, false, false}};  // the host's files, not the empty root
  spec.policy = &ProgramPolicy();
  auto result = Launch(spec);
  ASSERT_FALSE(result.has_value());
  EXPECT_NE(result.error().message.find("chdir"), std::string::npos) << result.error().message;
}

// Landlock, checked with a policy that lets the program open files at all: only the paths
// given are reachable, each with its own rights.
TEST(LauncherTest, LandlockConfinesFilesToWhatTheRunAllows) {
  if (LandlockAbi() == 0) GTEST_SKIP() << "this kernel has no Landlock";
  static const SeccompPolicy files_policy = [] {
    PolicyBuilder builder;
    builder.AllowExit().AllowStdio().AllowMemory().AllowStaticStartup().AllowTime()
        .AllowFileSystem();
    return *builder.Build();
  }();
  char folder_template[] = "/tmp/judge-landlock-XXXXXX";
  const std::filesystem::path folder = mkdtemp(folder_template);
  const SandboxIdentity identity = RunIdentity();
  ASSERT_EQ(chown(folder.c_str(), identity.uid, identity.gid), 0);
  const auto run = [&](const std::string& action, const std::string& path, FileAccess files) {
    LaunchSpec spec;
    spec.executable = judge::testing::ProbeProgram();
    spec.argv = {"probe", action, path};
    spec.policy = &files_policy;
    spec.files = std::move(files);
    auto result = Launch(spec);
    EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().message);
    return result ? result->stdout_data : "";
  };
  const std::string denied = "errno " + std::to_string(EACCES);
  const FileAccess read_only{{{folder, true, false, false}}};
  const FileAccess writable{{{folder, true, false, true}}};
  // Nothing allowed: in the empty root the file is not even there.
  EXPECT_EQ(run("read", "/etc/hostname", {}),
            SharedEmptyRoot() ? "errno " + std::to_string(ENOENT) : denied);
  EXPECT_EQ(run("write", (folder / "made").string(), read_only), denied);
  EXPECT_EQ(run("write", (folder / "made").string(), writable), "ok");
  EXPECT_EQ(run("read", (folder / "made").string(), read_only), "ok");
  EXPECT_EQ(run("read", "/etc/hostname", read_only), denied);
  std::filesystem::remove_all(folder);
}

// A run that may touch no file sees an empty, read-only root (Landlock would deny opening
// the host's files; here they are not there at all, not even for stat or access).
TEST(LauncherTest, ARunThatMayTouchNoFileSeesAnEmptyReadOnlyRoot) {
  const auto root = SharedEmptyRoot();
  if (!root) GTEST_SKIP() << root.error().message << " (judge doctor)";
  static const SeccompPolicy files_policy = [] {
    PolicyBuilder builder;
    builder.AllowExit().AllowStdio().AllowMemory().AllowStaticStartup().AllowFileSystem();
    return *builder.Build();
  }();
  const auto run = [](const std::string& action, const std::string& path, FileAccess files) {
    LaunchSpec spec;
    spec.executable = judge::testing::ProbeProgram();
    spec.argv = {"probe", action, path};
    spec.policy = &files_policy;
    spec.files = std::move(files);
    spec.working_dir = "/tmp";
    auto result = Launch(spec);
    EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().message);
    return result ? result->stdout_data : "";
  };
  const std::string absent = "errno " + std::to_string(ENOENT);
  for (const char* host_path : {"/etc/passwd", "/proc/self", "/tmp", "/usr", "/dev/null"}) {
    EXPECT_EQ(run("exists", host_path, {}), absent) << host_path;
  }
  EXPECT_EQ(run("cwd", "", {}), "/");
  const std::string made = run("write", "/made", {});
  EXPECT_TRUE(made == "errno " + std::to_string(EROFS) || made == "errno " + std::to_string(EACCES))
      << made;
  // A run given files sees the host's file system, confined by Landlock.
  EXPECT_EQ(run("exists", "/etc/passwd", {{{"/etc", true, false, false}}}), "ok");
  EXPECT_EQ(run("cwd", "", {{{"/etc", true, false, false}}}), "/tmp");
}

// Where the kernel allows new namespaces, a run shares no network, IPC or host name with
// the machine (judge doctor says when it does not).
TEST(LauncherTest, ARunHasNamespacesOfItsOwn) {
  if (ProbeNamespaces() == 0) GTEST_SKIP() << "no namespaces allowed here (judge doctor)";
  static const SeccompPolicy links_policy = [] {
    PolicyBuilder builder;
    builder.AllowExit().AllowStdio().AllowMemory().AllowStaticStartup().AllowFileSystem();
    return *builder.Build();
  }();
  std::vector<std::string> kinds = {"net", "ipc", "uts"};
  if ((ProbeNamespaces() & CLONE_NEWPID) != 0) kinds.push_back("pid");
  for (const std::string& kind : kinds) {
    char own[256] = {};
    ASSERT_GT(readlink(("/proc/self/ns/" + kind).c_str(), own, sizeof own - 1), 0);
    LaunchSpec spec;
    spec.executable = judge::testing::ProbeProgram();
    spec.argv = {"probe", "namespace", kind};
    spec.policy = &links_policy;
    spec.files.allowed = {{"/proc", true, false, false}};  // not the empty root: /proc is there
    auto result = Launch(spec);
    ASSERT_TRUE(result.has_value()) << result.error().message;
    EXPECT_EQ(result->stdout_data.rfind(kind + ":[", 0), 0u) << result->stdout_data;
    EXPECT_NE(result->stdout_data, own) << kind;
  }
}

// In a PID namespace of its own, a program is PID 2: PID 1 is the sandbox's own init.
TEST(LauncherTest, AProgramIsPidTwoInANamespaceOfItsOwn) {
  if ((ProbeNamespaces() & CLONE_NEWPID) == 0) GTEST_SKIP() << "no PID namespace here";
  const RunResult result = RunProbe({"pid"});
  ASSERT_EQ(result.status, RunStatus::Exited) << result.reason;
  EXPECT_EQ(result.stdout_data, "2\n");
}

// A process the program leaves behind holds the run's stdout open and sleeps forever. The
// run still ends, soon, with the program's own status, and its stdout reached EOF: no
// holder of that pipe, the left-behind process included, is alive.
TEST(LauncherTest, NothingAProgramStartsOutlivesTheRun) {
  static const SeccompPolicy processes_policy = [] {
    PolicyBuilder builder;
    builder.AllowExit().AllowStdio().AllowMemory().AllowStaticStartup().AllowTime()
        .AllowProcesses();
    return *builder.Build();
  }();
  LaunchSpec spec;
  spec.executable = judge::testing::ProbeProgram();
  spec.argv = {"probe", "orphan"};
  spec.policy = &processes_policy;
  // RLIMIT_NPROC counts every process of the run's user (nobody, under root), other tests'
  // included: a tight limit would fail the fork, not test the sandbox.
  spec.limits.processes = 512;
  spec.limits.wall_time_ms = 10'000;
  auto result = Launch(spec);
  ASSERT_TRUE(result.has_value()) << result.error().message;
  EXPECT_EQ(result->status, RunStatus::Exited) << result->reason;
  EXPECT_EQ(result->exit_code, 0);
  EXPECT_EQ(result->stdout_data.rfind("left ", 0), 0u) << result->stdout_data;
  EXPECT_LT(result->usage.wall_time_us, 5'000'000);
}

TEST(PolicyBuilderTest, AnUnknownSystemCallIsABuildError) {
  PolicyBuilder builder;
  builder.AllowExit().DenyWithErrno("no_such_syscall", 1);
  auto policy = builder.Build();
  ASSERT_FALSE(policy.has_value());
  EXPECT_NE(policy.error().message.find("no_such_syscall"), std::string::npos);
}

}  // namespace
}  // namespace sandbox

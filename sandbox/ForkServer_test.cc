// A fork server's children go through the same sandbox as exec'd programs: the same limits,
// the same seccomp verdicts, the same supervision. The entries here are the test's own code,
// run only inside the sandbox.
#include "sandbox/ForkServer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "sandbox/Launcher.h"

namespace sandbox {
namespace {

const SeccompPolicy& ChildPolicy() {
  static const SeccompPolicy policy = [] {
    PolicyBuilder builder;
    builder.AllowExit().AllowStdio().AllowMemory().AllowSignalsToSelf().AllowTime();
    auto built = builder.Build();
    if (!built) throw std::runtime_error(built.error().message);
    return std::move(*built);
  }();
  return policy;
}

void WriteText(int fd, const std::string& text) { (void)!write(fd, text.data(), text.size()); }

// The entry: the payload names what to do. The warm-up leaves a mark that every child sees.
std::string warmed_up;

int Entry(const std::string& payload) {
  if (payload == "echo") {
    char buffer[256];
    ssize_t n;
    WriteText(1, warmed_up + ":");
    while ((n = read(0, buffer, sizeof buffer)) > 0) WriteText(1, std::string(buffer, n));
    return 7;
  }
  if (payload == "fork") return fork() >= 0 ? 0 : 1;
  if (payload == "spin") {
    volatile unsigned long long spin = 0;
    while (true) spin = spin + 1;
  }
  if (payload == "bomb") {
    std::vector<char*> blocks;
    while (true) {
      char* block = static_cast<char*>(malloc(8 << 20));
      if (block == nullptr) return 3;
      std::memset(block, 1, 8 << 20);
      blocks.push_back(block);
    }
  }
  if (payload == "uid") {
    WriteText(1, std::to_string(getuid()));
    return 0;
  }
  return 99;
}

class ForkServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto started = ForkServer::Start(ChildPolicy(), [] { warmed_up = "warm"; }, Entry);
    ASSERT_TRUE(started.has_value()) << started.error().message;
    server_ = started->release();
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }

  RunResult Run(const std::string& payload, RunLimits limits = {}, std::string input = "") {
    LaunchSpec spec;
    spec.fork_server = server_;
    spec.payload = payload;
    spec.stdin_data = std::move(input);
    spec.limits = limits;
    auto result = Launch(spec);
    EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().message);
    return result.value_or(RunResult{});
  }

  static ForkServer* server_;
};
ForkServer* ForkServerTest::server_ = nullptr;

TEST_F(ForkServerTest, AChildSeesTheWarmUpAndItsOwnStdin) {
  const RunResult result = Run("echo", {}, "hello");
  EXPECT_EQ(result.status, RunStatus::Exited);
  EXPECT_EQ(result.exit_code, 7);
  EXPECT_EQ(result.stdout_data, "warm:hello");
}

TEST_F(ForkServerTest, AForbiddenCallIsAViolation) {
  EXPECT_EQ(Run("fork").status, RunStatus::Violation);
}

TEST_F(ForkServerTest, ACpuHogIsStopped) {
  RunLimits limits;
  limits.cpu_time_ms = 200;
  const RunResult result = Run("spin", limits);
  EXPECT_EQ(result.status, RunStatus::Timeout);
  EXPECT_GE(result.usage.cpu_time_us, 200'000);
}

TEST_F(ForkServerTest, AMemoryBombHitsTheMemoryLimit) {
  RunLimits limits;
  limits.memory_bytes = 64LL << 20;
  const RunResult result = Run("bomb", limits);
  EXPECT_TRUE(result.status == RunStatus::MemoryLimit ||
              (result.status == RunStatus::Exited && result.exit_code == 3))
      << RunStatusName(result.status) << " " << result.reason;
}

TEST_F(ForkServerTest, ARootJudgesChildrenRunAsNobody) {
  const RunResult result = Run("uid");
  EXPECT_EQ(result.stdout_data, std::to_string(RunIdentity().uid));
}

TEST_F(ForkServerTest, ConcurrentSpawnsAllRun) {
  std::vector<std::thread> threads;
  std::vector<RunResult> results(8);
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&, i] { results[i] = Run("echo", {}, std::to_string(i)); });
  }
  for (auto& thread : threads) thread.join();
  for (int i = 0; i < 8; ++i) {
    EXPECT_EQ(results[i].exit_code, 7) << i;
    EXPECT_EQ(results[i].stdout_data, "warm:" + std::to_string(i));
  }
}

}  // namespace
}  // namespace sandbox

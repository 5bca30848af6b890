// sandbox-overhead: the wall time of one sandboxed run of a trivial static program (the
// Launcher, with every layer this machine allows), against a bare fork + exec + wait of the
// same program, measured in turns in one process. The program is the tests' own probe,
// trusted code; no candidate's code runs here.
// Usage: sandbox_overhead STATIC_PROGRAM [TURNS]
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "sandbox/Launcher.h"
#include "sandbox/SeccompPolicy.h"

namespace {

using Clock = std::chrono::steady_clock;

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

double MicrosSince(Clock::time_point start) {
  return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s STATIC_PROGRAM [TURNS]\n", argv[0]);
    return 2;
  }
  const std::string program = argv[1];
  const int turns = argc > 2 ? std::atoi(argv[2]) : 200;
  sandbox::PolicyBuilder builder;
  builder.AllowExit().AllowStdio().AllowMemory().AllowStaticStartup().AllowSignalsToSelf()
      .AllowTime();
  auto policy = builder.Build();
  if (!policy) {
    std::fprintf(stderr, "sandbox-overhead: %s\n", policy.error().message.c_str());
    return 1;
  }
  sandbox::LaunchSpec spec;
  spec.executable = program;
  spec.argv = {"probe", "exit", "0"};
  spec.policy = &*policy;

  std::vector<double> bare, sandboxed, ratios;
  for (int turn = 0; turn < turns; ++turn) {
    auto start = Clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
      char* args[] = {const_cast<char*>("probe"), const_cast<char*>("exit"),
                      const_cast<char*>("0"), nullptr};
      execv(program.c_str(), args);
      _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    bare.push_back(MicrosSince(start));
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      std::fprintf(stderr, "sandbox-overhead: the bare run failed\n");
      return 1;
    }
    start = Clock::now();
    auto result = sandbox::Launch(spec);
    sandboxed.push_back(MicrosSince(start));
    if (!result || result->status != sandbox::RunStatus::Exited || result->exit_code != 0) {
      std::fprintf(stderr, "sandbox-overhead: the sandboxed run failed: %s\n",
                   result ? result->reason.c_str() : result.error().message.c_str());
      return 1;
    }
    ratios.push_back(sandboxed.back() / bare.back());
  }
  std::printf("sandbox-overhead: a trivial static program, median of %d turns\n", turns);
  std::printf("  bare fork+exec+wait       %8.0f us\n", Median(bare));
  std::printf("  sandboxed (Launcher)      %8.0f us   sandboxed/bare = %.2f (target <= 1.50)\n",
              Median(sandboxed), Median(ratios));
  return 0;
}

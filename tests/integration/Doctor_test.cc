// `judge doctor`: the real binary says which sandbox layers this machine offers, and they
// agree with what the sandbox itself finds.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "sandbox/EmptyRoot.h"
#include "sandbox/FileAccess.h"
#include "sandbox/SandboxSupport.h"
#include "tests/JudgeProcess.h"

namespace judge {
namespace {

using testing::Json;
using testing::Outcome;
using testing::RunJudge;

TEST(DoctorTest, ReportsEveryLayerAndRunsWhereSeccompIsThere) {
  const Outcome outcome = RunJudge({"doctor", "--json"});
  const auto json = Json(outcome);
  std::map<std::string, bool> active;
  for (const auto& layer : json["layers"]) {
    active[layer["name"]] = layer["active"];
    EXPECT_FALSE(layer["detail"].get<std::string>().empty()) << layer;
  }
  for (const char* name : {"seccomp", "rlimits", "unprivileged uid", "namespaces", "Landlock",
                           "memory cgroup", "pids cgroup", "mount namespace"}) {
    EXPECT_TRUE(active.contains(name)) << name;
  }
  EXPECT_EQ(active["seccomp"], sandbox::SeccompAvailable());
  EXPECT_EQ(active["Landlock"], sandbox::LandlockAbi() > 0);
  EXPECT_EQ(active["namespaces"], sandbox::ProbeNamespaces() != 0);
  EXPECT_EQ(active["mount namespace"], sandbox::SharedEmptyRoot().has_value());
  EXPECT_EQ(json["runs_untrusted_code"], sandbox::SeccompAvailable());
  EXPECT_EQ(outcome.exit_code, sandbox::SeccompAvailable() ? 0 : 3) << outcome.out;
  // The text form says the same in a line per layer.
  const Outcome text = RunJudge({"doctor"});
  EXPECT_NE(text.out.find("Landlock"), std::string::npos) << text.out;
}

}  // namespace
}  // namespace judge

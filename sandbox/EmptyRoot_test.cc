// The empty root's network, IPC and UTS namespaces: a run that joins them is in those very
// namespaces (the same for every run), and one that does not gets new ones.
#include "sandbox/EmptyRoot.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <string>

#include "sandbox/ChildSetup.h"

namespace sandbox {
namespace {

using Inodes = std::array<ino_t, 3>;
constexpr std::array<const char*, 3> kKinds = {"net", "ipc", "uts"};

// The network, IPC and UTS namespaces a child is in after EnterNamespaces(joined).
Inodes EnteredInChild(const JoinedNamespaces& joined) {
  int fds[2];
  EXPECT_EQ(pipe(fds), 0);
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    Inodes inodes{};
    if (EnterNamespaces(joined) > 0) {
      for (std::size_t i = 0; i < kKinds.size(); ++i) {
        struct stat info{};
        if (stat((std::string("/proc/self/ns/") + kKinds[i]).c_str(), &info) == 0) {
          inodes[i] = info.st_ino;
        }
      }
    }
    (void)!write(fds[1], &inodes, sizeof inodes);
    _exit(0);
  }
  close(fds[1]);
  Inodes inodes{};
  EXPECT_EQ(read(fds[0], &inodes, sizeof inodes), static_cast<ssize_t>(sizeof inodes));
  close(fds[0]);
  waitpid(pid, nullptr, 0);
  return inodes;
}

TEST(EmptyRootTest, ItsNetworkIpcAndUtsNamespacesAreJoinedByEveryRunThatAsks) {
  const auto root = SharedEmptyRoot();
  if (!root || root->net_ns < 0) GTEST_SKIP() << "no prepared namespaces here (judge doctor)";
  Inodes shared{};
  const int fds[3] = {root->net_ns, root->ipc_ns, root->uts_ns};
  for (int i = 0; i < 3; ++i) {
    struct stat info{};
    ASSERT_EQ(fstat(fds[i], &info), 0);
    shared[i] = info.st_ino;
  }
  const JoinedNamespaces joined{.user = root->user_ns, .net = root->net_ns,
                                .ipc = root->ipc_ns, .uts = root->uts_ns};
  EXPECT_EQ(EnteredInChild(joined), shared);
  EXPECT_EQ(EnteredInChild(joined), shared);
  // Without them, a run makes its own: none is the shared one, nor the judge's.
  const Inodes own = EnteredInChild({.user = root->user_ns});
  for (std::size_t i = 0; i < kKinds.size(); ++i) {
    struct stat judge{};
    ASSERT_EQ(stat((std::string("/proc/self/ns/") + kKinds[i]).c_str(), &judge), 0);
    EXPECT_NE(own[i], 0u) << kKinds[i];
    EXPECT_NE(own[i], shared[i]) << kKinds[i];
    EXPECT_NE(own[i], judge.st_ino) << kKinds[i];
    EXPECT_NE(shared[i], judge.st_ino) << kKinds[i];
  }
}

}  // namespace
}  // namespace sandbox

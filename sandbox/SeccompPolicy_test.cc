// What a built policy says about itself: whether it lets a run reach what lives in a
// network, IPC or UTS namespace, which decides whether runs may share such namespaces.
#include "sandbox/SeccompPolicy.h"

#include <gtest/gtest.h>

#include <cerrno>

namespace sandbox {
namespace {

PolicyBuilder ProgramBuilder() {
  PolicyBuilder builder;
  builder.AllowExit().AllowStdio().AllowMemory().AllowStaticStartup().AllowSignalsToSelf()
      .AllowTime();
  return builder;
}

bool Reaches(PolicyBuilder& builder) {
  auto policy = builder.Build();
  EXPECT_TRUE(policy.has_value()) << (policy ? "" : policy.error().message);
  return !policy || policy->reaches_namespaced_objects();
}

TEST(SeccompPolicyTest, SocketsIpcObjectsAndTheHostNameAreNamespacedObjects) {
  for (const char* name : {"socket", "socketpair", "bind", "connect", "sendmsg", "msgget",
                           "semget", "shmget", "shmat", "mq_open", "sethostname",
                           "setdomainname", "io_uring_setup"}) {
    EXPECT_TRUE(ReachesNamespacedObjects(name)) << name;
  }
  for (const char* name : {"read", "write", "open", "openat", "clone", "execve", "kill",
                           "mmap", "uname", "pipe2", "memfd_create", "ioctl"}) {
    EXPECT_FALSE(ReachesNamespacedObjects(name)) << name;
  }
}

TEST(SeccompPolicyTest, TheGroupsOfProgramsInterpretersAndTheCompilerReachNone) {
  PolicyBuilder program = ProgramBuilder();
  EXPECT_FALSE(Reaches(program));
  PolicyBuilder interpreter;
  interpreter.AllowExit().AllowStdio().AllowMemory().AllowSignalsToSelf().AllowTime()
      .AllowInterpreterRuntime();
  EXPECT_FALSE(Reaches(interpreter));
  // Files and processes are not kept per network, IPC or UTS namespace; the compiler gets
  // namespaces of its own anyway, as a run that is not in the empty root (Launcher.cc).
  PolicyBuilder compiler = ProgramBuilder();
  compiler.AllowFileSystem().AllowProcesses();
  EXPECT_FALSE(Reaches(compiler));
}

TEST(SeccompPolicyTest, ACallThatOnlyFailsWithAnErrnoReachesNothing) {
  PolicyBuilder refused = ProgramBuilder();
  refused.DenyWithErrno("socket", EACCES).DenyWithErrno("msgget", ENOSYS);
  EXPECT_FALSE(Reaches(refused));
}

}  // namespace
}  // namespace sandbox

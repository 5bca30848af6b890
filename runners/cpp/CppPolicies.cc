#include "runners/cpp/CppPolicies.h"

namespace runners::cpp {

const PolicyOrError& CompilerPolicy() {
  static const PolicyOrError policy = [] {
    sandbox::PolicyBuilder builder;
    // Signals: lld (FastLinker.h) sets up an alternate signal stack (sigaltstack).
    builder.AllowExit().AllowStdio().AllowMemory().AllowStaticStartup().AllowTime()
        .AllowFileSystem().AllowProcesses().AllowSignalsToSelf();
    return builder.Build();
  }();
  return policy;
}

const PolicyOrError& ProgramPolicy() {
  static const PolicyOrError policy = [] {
    sandbox::PolicyBuilder builder;
    builder.AllowExit().AllowStdio().AllowMemory().AllowStaticStartup().AllowSignalsToSelf()
        .AllowTime();
    return builder.Build();
  }();
  return policy;
}

}  // namespace runners::cpp

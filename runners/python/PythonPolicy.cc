#include "runners/python/PythonPolicy.h"

namespace runners::python {

const std::expected<sandbox::SeccompPolicy, sandbox::SandboxError>& PythonPolicy() {
  static const auto policy = [] {
    sandbox::PolicyBuilder builder;
    // No threads: the calls run on the process's own thread (with a stack switched in).
    builder.AllowExit().AllowStdio().AllowMemory().AllowSignalsToSelf().AllowTime()
        .AllowInterpreterRuntime();
    return builder.Build();
  }();
  return policy;
}

}  // namespace runners::python

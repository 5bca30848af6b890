#include "runners/python/PythonPolicy.h"

namespace runners::python {

const std::expected<sandbox::SeccompPolicy, sandbox::SandboxError>& PythonPolicy() {
  static const auto policy = [] {
    sandbox::PolicyBuilder builder;
    builder.AllowExit().AllowStdio().AllowMemory().AllowSignalsToSelf().AllowTime()
        .AllowThreads().AllowInterpreterRuntime();
    return builder.Build();
  }();
  return policy;
}

}  // namespace runners::python

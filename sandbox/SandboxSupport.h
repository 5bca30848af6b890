// SandboxSupport: which of the sandbox's layers this machine offers and, for each one that
// is off, why; what `judge doctor` prints and what the launcher checks before any run.
#pragma once

#include <string>
#include <vector>

namespace sandbox {

/// One layer: whether runs get it here, and what it is or why it is missing.
struct SandboxLayer {
  std::string name;
  bool active = false;
  std::string detail;
  bool required = false;  // without it the judge refuses to run untrusted code
};

/// Every layer, probed now (the namespaces by a short-lived child that tries them).
std::vector<SandboxLayer> ProbeSandboxLayers();

/// The namespaces (CLONE_NEW* flags) a run gets here, tried in a child that exits at once.
int ProbeNamespaces();

/// Whether seccomp filters can be installed here: without them no untrusted code runs.
bool SeccompAvailable();

}  // namespace sandbox

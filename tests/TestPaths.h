// TestPaths: where tests find the source tree, the judge binary and the sandbox probe:
// the build's own paths, unless the unprivileged run points them at its private copy.
#pragma once

#include <cstdlib>
#include <filesystem>

namespace judge::testing {

inline std::filesystem::path FromEnvOr(const char* variable, const char* fallback) {
  const char* value = std::getenv(variable);
  return value != nullptr && *value != '\0' ? value : fallback;
}

inline std::filesystem::path SourceDir() {
  return FromEnvOr("JUDGE_TEST_SOURCE_DIR", JUDGE_SOURCE_DIR);
}
inline std::filesystem::path TestDataDir() { return SourceDir() / "tests" / "data"; }
inline std::filesystem::path ProblemsDir() { return SourceDir() / "problems"; }
inline std::filesystem::path JudgeBinary() { return FromEnvOr("JUDGE_TEST_BINARY", JUDGE_BINARY); }
inline std::filesystem::path ProbeProgram() {
  return FromEnvOr("JUDGE_TEST_PROBE", JUDGE_PROBE_PROGRAM);
}

}  // namespace judge::testing

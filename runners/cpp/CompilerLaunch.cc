#include "runners/cpp/CompilerLaunch.h"

#include "runners/cpp/CppPolicies.h"

namespace runners::cpp {

sandbox::LaunchSpec CompilerLaunch(const std::filesystem::path& compiler,
                                   std::vector<std::string> argv,
                                   const std::filesystem::path& work_dir,
                                   const sandbox::RunLimits& limits,
                                   const std::vector<std::filesystem::path>& readable) {
  sandbox::LaunchSpec spec;
  spec.executable = compiler;
  spec.argv = std::move(argv);
  spec.env = {std::string("PATH=") + kCompilerPath, "LC_ALL=C", "TMPDIR=" + work_dir.string()};
  spec.working_dir = work_dir;
  spec.limits = limits;
  // The caller has checked that the policy exists (CompilerPolicy() is built once).
  spec.policy = &*CompilerPolicy();
  spec.files.allowed = {{"/usr", true, true, false},
                        {"/lib", true, true, false},
                        {"/lib64", true, true, false},
                        {"/etc/ld.so.cache", true, false, false},
                        {work_dir, true, false, true}};
  for (const auto& path : readable) spec.files.allowed.push_back({path, true, false, false});
  return spec;
}

}  // namespace runners::cpp

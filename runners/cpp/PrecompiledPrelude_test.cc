// The precompiled prelude as a stdio compile meets it: g++, in the sandbox, with the flags
// CppRunner compiles with, takes it for a source's own #include <bits/stdc++.h>, and
// refuses it (reading the real header) after a macro the header mentions.
#include "runners/cpp/PrecompiledPrelude.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>

#include "runners/WorkDir.h"
#include "runners/cpp/CompilerLaunch.h"
#include "runners/cpp/CppRunner.h"

namespace runners::cpp {
namespace {

namespace fs = std::filesystem;

TEST(PrecompiledPreludeTest, AStdioSourcesOwnIncludeTakesItUnlessAMacroForbids) {
  const fs::path compiler = fs::canonical("/usr/bin/g++");
  const CompileSettings settings;
  auto prelude = PrecompiledPrelude(compiler, settings.flags, settings.limits);
  ASSERT_TRUE(prelude.has_value()) << prelude.error().message;
  const fs::path gch = prelude->include_dir / "bits" / "stdc++.h.gch";
  ASSERT_TRUE(fs::exists(gch));
  auto dir = WorkDir::Create();
  ASSERT_TRUE(dir.has_value()) << dir.error();
  // g++ -H lists each header it reads; a precompiled one with "! " when used, "x " when not.
  const auto headers = [&](const std::string& text) {
    const fs::path source = dir->path() / "source.cpp";
    std::ofstream(source) << text;
    chmod(source.c_str(), 0644);
    std::vector<std::string> argv = {"g++"};
    argv.insert(argv.end(), settings.flags.begin(), settings.flags.end());
    // -S into the work folder: -fsyntax-only would write /dev/null, which Landlock denies.
    argv.insert(argv.end(), {"-I", prelude->include_dir.string(), "-H", "-Winvalid-pch", "-S",
                             "source.cpp", "-o", "source.s"});
    auto result = sandbox::Launch(
        CompilerLaunch(compiler, argv, dir->path(), settings.limits, {prelude->include_dir}));
    EXPECT_TRUE(result.has_value()) << result.error().message;
    EXPECT_TRUE(result && result->status == sandbox::RunStatus::Exited && result->exit_code == 0)
        << (result ? result->stderr_data : "");
    return result ? result->stderr_data : "";
  };
  const std::string used = headers("#include <bits/stdc++.h>\nint main() {}\n");
  EXPECT_NE(used.find("! " + gch.string()), std::string::npos) << used;
  const std::string refused =
      headers("#define _GLIBCXX_DEBUG\n#include <bits/stdc++.h>\nint main() {}\n");
  EXPECT_NE(refused.find("x " + gch.string()), std::string::npos) << refused;
  EXPECT_NE(refused.find("not used because `_GLIBCXX_DEBUG' is defined"), std::string::npos)
      << refused;
  EXPECT_NE(refused.find("/bits/stdc++.h\n"), std::string::npos) << refused;  // the real one
}

}  // namespace
}  // namespace runners::cpp

#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "judge/cli/Command.h"
#include "judge/cli/CompletionScript.h"

namespace judge::cli {
namespace {

namespace fs = std::filesystem;

// The script calls back this very binary for problem slugs: `scripts/judge` would check
// the build on every Tab.
fs::path ThisBinary() {
  std::error_code error;
  fs::path self = fs::read_symlink("/proc/self/exe", error);
  return error ? fs::path("judge") : self;
}

}  // namespace

CommandAction AttachCompletion(CLI::App& app) {
  auto shell = std::make_shared<std::string>();
  app.add_option("shell", *shell, "bash or zsh")->required();
  const CLI::App* root = app.get_parent();
  return [shell, root](const GlobalOptions& options) {
    const CompletionSpec spec = CompletionSpecOf(*root);
    if (*shell == "bash") {
      std::cout << BashCompletion(spec, ThisBinary());
    } else if (*shell == "zsh") {
      std::cout << ZshCompletion(spec, ThisBinary());
    } else {
      return Fail(options, kUsageError, "usage",
                  fmt::format("no completion for '{}': use bash or zsh", *shell));
    }
    return static_cast<int>(kAccepted);
  };
}

}  // namespace judge::cli

#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "judge/cli/Command.h"
#include "sandbox/SandboxSupport.h"

namespace judge::cli {

CommandAction AttachDoctor(CLI::App&) {
  return [](const GlobalOptions& options) {
    const auto layers = sandbox::ProbeSandboxLayers();
    bool refuses = false;
    for (const auto& layer : layers) refuses |= layer.required && !layer.active;
    if (options.json) {
      nlohmann::json out = {{"runs_untrusted_code", !refuses}, {"layers", nlohmann::json::array()}};
      for (const auto& layer : layers) {
        out["layers"].push_back({{"name", layer.name}, {"active", layer.active},
                                 {"required", layer.required}, {"detail", layer.detail}});
      }
      std::cout << out.dump(2) << "\n";
    } else {
      for (const auto& layer : layers) {
        std::cout << fmt::format("{:<26} {:<4} {}\n", layer.name, layer.active ? "on" : "off",
                                 layer.detail);
      }
      std::cout << (refuses ? "\nThe judge refuses to run untrusted code here: a required layer "
                              "is missing.\n"
                            : "\nUntrusted code runs with every layer marked on.\n");
    }
    return static_cast<int>(refuses ? kInternalError : kAccepted);
  };
}

}  // namespace judge::cli

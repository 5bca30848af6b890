#include "runners/python/PythonZygote.h"

#include <array>
#include <memory>
#include <mutex>

#include "runners/python/PythonEntry.h"
#include "runners/python/PythonInterpreter.h"
#include "runners/python/PythonPolicy.h"

namespace runners::python {

std::expected<const sandbox::ForkServer*, std::string> PythonZygote(bool numpy) {
  static std::mutex mutex;
  static std::array<std::unique_ptr<sandbox::ForkServer>, 2> servers;
  static std::array<std::string, 2> errors;
  std::lock_guard lock(mutex);
  const int which = numpy ? 1 : 0;
  if (servers[which]) return servers[which].get();
  if (!errors[which].empty()) return std::unexpected(errors[which]);
  const auto& policy = PythonPolicy();
  if (!policy) {
    errors[which] = "the Python policy: " + policy.error().message;
    return std::unexpected(errors[which]);
  }
  auto warm_up = numpy ? WarmUpInterpreterWithNumpy : WarmUpInterpreter;
  auto started = sandbox::ForkServer::Start(*policy, warm_up, RunPythonEntry);
  if (!started) {
    errors[which] = "the Python zygote: " + started.error().message;
    return std::unexpected(errors[which]);
  }
  servers[which] = *std::move(started);
  return servers[which].get();
}

}  // namespace runners::python

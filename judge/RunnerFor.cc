#include "judge/RunnerFor.h"

#include "runners/cpp/CppRunner.h"

namespace judge {

std::expected<std::unique_ptr<runners::Runner>, std::string> RunnerFor(Language language) {
  switch (language) {
    case Language::Cpp: return std::make_unique<runners::cpp::CppRunner>();
    case Language::Python: return std::unexpected("Python solutions are not supported yet");
  }
  return std::unexpected("unknown language");
}

}  // namespace judge

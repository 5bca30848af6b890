#include "judge/RunnerFor.h"

#include "runners/cpp/CppRunner.h"
#include "runners/python/PythonRunner.h"

namespace judge {

std::expected<std::unique_ptr<runners::Runner>, std::string> RunnerFor(Language language) {
  switch (language) {
    case Language::Cpp: return std::make_unique<runners::cpp::CppRunner>();
    case Language::Python: return std::make_unique<runners::python::PythonRunner>();
  }
  return std::unexpected("unknown language");
}

}  // namespace judge

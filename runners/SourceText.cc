#include "runners/SourceText.h"

#include <fstream>
#include <sstream>

namespace runners {

std::expected<std::string, RunnerError> ReadSourceText(const std::filesystem::path& source) {
  std::ifstream in(source, std::ios::binary);
  if (!in) return std::unexpected(RunnerError{"cannot read " + source.string()});
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace runners

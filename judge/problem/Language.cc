#include "judge/problem/Language.h"

namespace judge {

std::string_view LanguageName(Language language) {
  switch (language) {
    case Language::Cpp: return "cpp";
    case Language::Python: return "py";
  }
  return "?";
}

std::optional<Language> LanguageFromName(std::string_view name) {
  if (name == "cpp" || name == "c++") return Language::Cpp;
  if (name == "py" || name == "python") return Language::Python;
  return std::nullopt;
}

std::optional<Language> LanguageFromPath(const std::filesystem::path& file) {
  const std::string ext = file.extension().string();
  if (ext == ".cpp" || ext == ".cc" || ext == ".cxx" || ext == ".C") return Language::Cpp;
  if (ext == ".py") return Language::Python;
  return std::nullopt;
}

}  // namespace judge

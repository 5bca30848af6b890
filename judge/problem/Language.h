// Language: the solution languages the judge knows, named as on the command line and in
// problem.yaml, and guessed from a file's extension.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

namespace judge {

enum class Language { Cpp, Python };

/// "cpp" or "py".
std::string_view LanguageName(Language language);
/// Accepts cpp, c++, py, python.
std::optional<Language> LanguageFromName(std::string_view name);
/// .cpp .cc .cxx .C → Cpp; .py → Python.
std::optional<Language> LanguageFromPath(const std::filesystem::path& file);

}  // namespace judge

// type_quantity_fuzz: problem.yaml's small text parsers, TypeSpec::Parse, ParseDurationMs and
// ParseSizeBytes, on arbitrary text: each result must write back to text that parses the same.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "judge/problem/Quantity.h"
#include "judge/problem/TypeSpec.h"
#include "tests/fuzz/FuzzCheck.h"

namespace {

using judge::TypeKind;
using judge::TypeSpec;

bool IsList(const TypeSpec& type) { return type.kind == TypeKind::List; }

void CheckType(std::string_view text) {
  const auto type = TypeSpec::Parse(text);
  if (!type) {
    fuzz::Check(!type.error().empty(), "a refused type says why");
    return;
  }
  // Spaces are allowed only around names, so the text without them is the canonical form.
  std::string bare;
  for (char c : text) {
    if (c != ' ') bare += c;
  }
  const std::string canonical = type->ToString();
  fuzz::Check(canonical == bare, "a type's ToString is its text without spaces",
              canonical + " vs " + bare);
  const auto again = TypeSpec::Parse(canonical);
  fuzz::Check(again && again->ToString() == canonical, "ToString parses to the same type",
              canonical);
  int depth = 0;
  for (const TypeSpec* level = &*type; IsList(*level); level = level->element.get()) {
    fuzz::Check(level->element != nullptr && level->element->kind != TypeKind::Void,
                "a list holds a value type", canonical);
    fuzz::Check(level->Uses(TypeKind::List), "a list uses List", canonical);
    ++depth;
  }
  // TypeSpec.cc's cap: 100,000 levels overflowed the stack of a release build.
  fuzz::Check(depth <= 32, "lists nest at most 32 deep", std::to_string(depth));
}

// "<whole>.<3 digits>s" for a count of milliseconds.
std::string AsSeconds(std::int64_t ms) {
  std::string fraction = std::to_string(ms % 1000);
  return std::to_string(ms / 1000) + "." + std::string(3 - fraction.size(), '0') + fraction + "s";
}

void CheckDuration(std::string_view text) {
  const auto ms = judge::ParseDurationMs(text);
  if (!ms) {
    fuzz::Check(ms.error().find(text) != std::string::npos, "a refused duration is quoted",
                ms.error());
    return;
  }
  fuzz::Check(*ms >= 0, "a duration is not negative", std::to_string(*ms));
  const auto as_ms = judge::ParseDurationMs(std::to_string(*ms) + "ms");
  fuzz::Check(as_ms && *as_ms == *ms, "a duration written in ms reads the same",
              std::to_string(*ms));
  // Seconds may be refused as too large near the top of the range, never misread.
  const auto as_s = judge::ParseDurationMs(AsSeconds(*ms));
  fuzz::Check(!as_s || *as_s == *ms, "a duration written in s reads the same", AsSeconds(*ms));
  fuzz::Check(as_s || *ms > INT64_MAX - 2000, "a duration written in s reads",
              AsSeconds(*ms));
}

void CheckSize(std::string_view text) {
  const auto bytes = judge::ParseSizeBytes(text);
  // Bytes and milliseconds share their integer rule: "<digits>B" and "<digits>ms" agree.
  if (text.ends_with("B") && !text.ends_with("iB")) {
    const auto ms = judge::ParseDurationMs(std::string(text.substr(0, text.size() - 1)) + "ms");
    const bool has_point = text.find('.') != std::string_view::npos;
    fuzz::Check(has_point || bytes.has_value() == ms.has_value(),
                "B and ms accept the same integers", std::string(text));
    fuzz::Check(!bytes || !ms || *bytes == *ms, "B and ms read the same integer",
                std::string(text));
  }
  if (!bytes) {
    fuzz::Check(bytes.error().find(text) != std::string::npos, "a refused size is quoted",
                bytes.error());
    return;
  }
  fuzz::Check(*bytes >= 0, "a size is not negative", std::to_string(*bytes));
  const auto as_b = judge::ParseSizeBytes(std::to_string(*bytes) + "B");
  fuzz::Check(as_b && *as_b == *bytes, "a size written in B reads the same",
              std::to_string(*bytes));
  if (*bytes % 1024 == 0) {
    const auto as_kib = judge::ParseSizeBytes(std::to_string(*bytes / 1024) + "KiB");
    fuzz::Check(as_kib && *as_kib == *bytes, "a size written in KiB reads the same",
                std::to_string(*bytes));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  CheckType(text);
  CheckDuration(text);
  CheckSize(text);
  return 0;
}

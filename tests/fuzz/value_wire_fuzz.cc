// value_wire_fuzz: WireReader (runners/call/ValueWire.h) on bytes a hostile harness may write:
// clean failures, memory bounded by the input, and every value read re-encodes to itself.
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runners/call/ValueWire.h"
#include "tests/fuzz/AllocationMeter.h"
#include "tests/fuzz/FuzzCheck.h"

namespace {

using judge::Value;

// An honest read allocates a Value per item, and an item takes at least 2 input bytes
// ("n "). A list grown by doubling allocates in all up to 4 items' worth per item (2080
// items: 1 + 2 + ... + 4096 = 8191 slots), so a list of nulls may reach 2 Values per
// input byte, and no more: the reader reserves nothing on a count's word.
constexpr std::size_t kBytesPerInputByte = 2 * sizeof(Value);
constexpr std::size_t kFixedBytes = 4096;  // error messages and small buffers

// Equal as values, where any NaN equals any NaN (the wire writes them all as "nan") and
// doubles are otherwise compared bit for bit (0 and -0 differ).
bool Same(const Value& a, const Value& b) {
  if (a.is_double() && b.is_double()) {
    const double x = a.as_double(), y = b.as_double();
    return (std::isnan(x) && std::isnan(y)) ||
           std::bit_cast<std::uint64_t>(x) == std::bit_cast<std::uint64_t>(y);
  }
  if (a.is_list() && b.is_list()) {
    if (a.as_list().size() != b.as_list().size()) return false;
    for (std::size_t i = 0; i < a.as_list().size(); ++i) {
      if (!Same(a.as_list()[i], b.as_list()[i])) return false;
    }
    return true;
  }
  return a == b;
}

void CheckRoundTrip(const Value& value) {
  const std::string wire = runners::ToWire(value);
  runners::WireReader reader(wire);
  const auto back = reader.Next();
  fuzz::Check(back.has_value(), "a value read re-encodes to wire that reads",
              wire + " -> " + (back ? "" : back.error()));
  fuzz::Check(reader.AtEnd(), "the re-encoded wire is read whole", wire);
  // Not the same bytes: "-nan" reads as a NaN, which writes as "nan".
  fuzz::Check(Same(*back, value), "the re-encoded wire reads back the same value", wire);
}

// The records' integers (case indices, times) are read with NextInt alone.
void CheckIntegers(std::string_view text) {
  runners::WireReader reader(text);
  while (!reader.AtEnd()) {
    const std::size_t before = reader.position();
    const auto value = reader.NextInt();
    if (!value) break;
    fuzz::Check(reader.position() > before && reader.position() <= text.size(),
                "NextInt moves forward within the text");
    const std::string decimal = std::to_string(*value);
    runners::WireReader again(decimal);
    const auto back = again.NextInt();
    fuzz::Check(back && *back == *value && again.AtEnd(), "an integer read reads again",
                decimal);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  runners::WireReader reader(text);
  std::vector<Value> values;
  while (!reader.AtEnd()) {
    const std::size_t before = reader.position();
    std::size_t allocated = 0;
    auto value = [&] {
      fuzz::AllocationMeter meter;
      auto read = reader.Next();
      allocated = meter.bytes();
      return read;
    }();
    // Measured per value against what was left to read: a read may not claim the same
    // bytes again at every level of nesting.
    const std::size_t left = size - before;
    fuzz::Check(allocated <= kBytesPerInputByte * left + kFixedBytes,
                "a read allocates in proportion to the bytes left",
                std::to_string(allocated) + " bytes allocated for " + std::to_string(left) +
                    " bytes");
    if (!value) {
      fuzz::Check(!value.error().empty(), "a failed read says why");
      break;
    }
    fuzz::Check(reader.position() > before && reader.position() <= size,
                "Next moves forward within the text");
    values.push_back(*std::move(value));
  }
  for (const Value& value : values) CheckRoundTrip(value);
  CheckIntegers(text);
  return 0;
}

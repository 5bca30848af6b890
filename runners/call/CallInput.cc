#include "runners/call/CallInput.h"

#include "runners/call/ValueWire.h"

namespace runners {

std::string EncodeFunctionCase(const judge::TestCase& test) {
  std::string out;
  for (const judge::Value& arg : test.args) {
    if (!out.empty()) out += ' ';
    AppendWire(arg, out);
  }
  return out;
}

std::string EncodeDesignCase(const judge::DesignSpec& design, const judge::TestCase& test) {
  std::string out = "l" + std::to_string(test.operations.size());
  for (std::size_t i = 0; i < test.operations.size(); ++i) {
    // The loader checked that the first operation constructs and the others are methods.
    std::size_t method = 0;
    if (i > 0) {
      for (std::size_t m = 0; m < design.methods.size(); ++m) {
        if (design.methods[m].name == test.operations[i]) method = m + 1;
      }
    }
    const auto& args = test.operation_args[i];
    out += " l" + std::to_string(args.size() + 1) + " i" + std::to_string(method);
    for (const judge::Value& arg : args) {
      out += ' ';
      AppendWire(arg, out);
    }
  }
  return out;
}

}  // namespace runners

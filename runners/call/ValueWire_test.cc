#include "runners/call/ValueWire.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace runners {
namespace {

using judge::Value;

Value RoundTrip(const Value& value) {
  std::string wire;
  AppendWire(value, wire);
  WireReader reader(wire);
  auto back = reader.Next();
  EXPECT_TRUE(back.has_value()) << wire << ": " << (back ? "" : back.error());
  EXPECT_TRUE(reader.AtEnd()) << wire;
  return back ? *back : Value::String("<unreadable>");
}

TEST(ValueWireTest, EveryKindOfValueComesBackEqual) {
  const Value values[] = {
      Value::Null(),
      Value::Bool(true),
      Value::Bool(false),
      Value::Int(0),
      Value::Int(std::numeric_limits<std::int64_t>::min()),
      Value::Int(std::numeric_limits<std::int64_t>::max()),
      Value::Double(0.1),
      Value::Double(-1e300),
      Value::Double(5e-324),
      Value::String(""),
      Value::String("with spaces and\nnewlines and 7:colons l3 i1"),
      Value::String("unicode: héllo ✓ 日本 🙂"),
      Value::String(std::string("nul\0byte", 8)),
      Value::OfList({}),
      Value::OfList({Value::OfList({}), Value::OfList({Value::Null(), Value::Int(-3)})}),
      // A null-heavy tree in LeetCode's level order.
      Value::OfList({Value::Int(1), Value::Null(), Value::Int(2), Value::Null(), Value::Null()}),
  };
  for (const Value& value : values) {
    EXPECT_EQ(RoundTrip(value), value) << value.ToDisplay();
  }
}

TEST(ValueWireTest, InfinitiesAndNanSurvive) {
  EXPECT_EQ(RoundTrip(Value::Double(INFINITY)), Value::Double(INFINITY));
  EXPECT_EQ(RoundTrip(Value::Double(-INFINITY)), Value::Double(-INFINITY));
  EXPECT_TRUE(std::isnan(RoundTrip(Value::Double(NAN)).as_double()));
}

TEST(ValueWireTest, ReadsTheHarnessSpellingOfDoubles) {
  // The harness prints with %.17g, which is not the shortest form.
  WireReader reader("d0.10000000000000001 d-nan d1e+300 ");
  EXPECT_EQ(*reader.Next(), Value::Double(0.1));
  EXPECT_TRUE(std::isnan(reader.Next()->as_double()));
  EXPECT_EQ(*reader.Next(), Value::Double(1e300));
  EXPECT_TRUE(reader.AtEnd());
}

TEST(ValueWireTest, HostileInputIsAnErrorNotACrash) {
  for (const char* text : {"", "x", "i", "i99999999999999999999", "s5:abc", "s-1:", "s3abc",
                           "l3 i1 i2", "l999999999999 i1", "l-1", "dnotanumber"}) {
    WireReader reader(text);
    EXPECT_FALSE(reader.Next().has_value()) << text;
  }
  // Nesting deep enough to overflow a recursive reader is refused instead.
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "l1 ";
  deep += "n";
  WireReader reader(deep);
  auto value = reader.Next();
  ASSERT_FALSE(value.has_value());
  EXPECT_NE(value.error().find("deeply"), std::string::npos);
}

}  // namespace
}  // namespace runners

#include "judge/check/ValueChecker.h"

#include <gtest/gtest.h>

namespace judge {
namespace {

Value Ints(std::initializer_list<std::int64_t> items) {
  Value::List list;
  for (auto item : items) list.push_back(Value::Int(item));
  return Value::OfList(std::move(list));
}
Value Strings(std::initializer_list<const char*> items) {
  Value::List list;
  for (auto item : items) list.push_back(Value::String(item));
  return Value::OfList(std::move(list));
}
TypeSpec Type(const char* text) { return *TypeSpec::Parse(text); }
CheckerSpec Checker(CheckerKind kind) { return CheckerSpec{kind, 1e-6, 1e-6}; }

TEST(ValueCheckerTest, ExactComparesOrderAndPointsAtTheFirstDifference) {
  const auto exact = Checker(CheckerKind::Exact);
  EXPECT_TRUE(CheckValue(exact, Type("list<int>"), Ints({1, 2, 3}), Ints({1, 2, 3})).accepted);
  const CheckOutcome wrong = CheckValue(exact, Type("list<int>"), Ints({1, 2, 3}), Ints({1, 5, 3}));
  EXPECT_FALSE(wrong.accepted);
  EXPECT_EQ(wrong.message, "expected [1,2,3], got [1,5,3] (at result[1]: expected 2, got 5)");
  const CheckOutcome shorter = CheckValue(exact, Type("list<int>"), Ints({1, 2}), Ints({1}));
  EXPECT_NE(shorter.message.find("expected 2 items, got 1"), std::string::npos);
}

TEST(ValueCheckerTest, AnyOrderIgnoresTheOuterOrderOnly) {
  const auto any = Checker(CheckerKind::AnyOrder);
  EXPECT_TRUE(CheckValue(any, Type("list<int>"), Ints({0, 1}), Ints({1, 0})).accepted);
  EXPECT_FALSE(CheckValue(any, Type("list<int>"), Ints({0, 1}), Ints({1, 1})).accepted);
  EXPECT_FALSE(CheckValue(any, Type("list<int>"), Ints({0, 1}), Ints({0, 1, 1})).accepted);
  const Value groups = Value::OfList({Strings({"ate", "eat"}), Strings({"bat"})});
  const Value swapped_inside = Value::OfList({Strings({"bat"}), Strings({"eat", "ate"})});
  EXPECT_FALSE(CheckValue(any, Type("list<list<string>>"), groups, swapped_inside).accepted);
}

TEST(ValueCheckerTest, NestedAnyOrderIgnoresBothOrders) {
  const auto nested = Checker(CheckerKind::AnyOrderNested);
  const Value groups = Value::OfList({Strings({"ate", "eat", "tea"}), Strings({"bat"})});
  const Value shuffled = Value::OfList({Strings({"bat"}), Strings({"tea", "ate", "eat"})});
  EXPECT_TRUE(CheckValue(nested, Type("list<list<string>>"), groups, shuffled).accepted);
  const Value regrouped = Value::OfList({Strings({"bat", "tea"}), Strings({"ate", "eat"})});
  EXPECT_FALSE(CheckValue(nested, Type("list<list<string>>"), groups, regrouped).accepted);
}

TEST(ValueCheckerTest, FloatAllowsTheToleranceAndNoMore) {
  const CheckerSpec loose{CheckerKind::Float, 1e-5, 0};
  EXPECT_TRUE(CheckValue(loose, Type("double"), Value::Double(2.5), Value::Double(2.500001)).accepted);
  EXPECT_FALSE(CheckValue(loose, Type("double"), Value::Double(2.5), Value::Double(2.5001)).accepted);
  EXPECT_TRUE(CheckValue(loose, Type("list<double>"),
                         Value::OfList({Value::Double(1), Value::Double(2)}),
                         Value::OfList({Value::Double(1.000001), Value::Int(2)}))
                  .accepted);
  // Exact means exact, even for doubles.
  EXPECT_FALSE(CheckValue(Checker(CheckerKind::Exact), Type("double"), Value::Double(2.5),
                          Value::Double(2.500001))
                   .accepted);
}

TEST(ValueCheckerTest, AWrongTypeIsAWrongAnswerThatSaysSo) {
  const auto exact = Checker(CheckerKind::Exact);
  const CheckOutcome text = CheckValue(exact, Type("list<int>"), Ints({1}), Value::String("[1]"));
  EXPECT_FALSE(text.accepted);
  EXPECT_EQ(text.message, "wrong type: the result is a string, not list<int> (\"[1]\")");
  const CheckOutcome inner = CheckValue(exact, Type("list<list<int>>"), Value::OfList({Ints({1})}),
                                        Value::OfList({Strings({"1"})}));
  EXPECT_NE(inner.message.find("the result[0][0] is a string, not int"), std::string::npos)
      << inner.message;
  EXPECT_NE(CheckValue(exact, Type("int"), Value::Int(1), Value::Int(1LL << 40)).message.find(
                "out of int's range"),
            std::string::npos);
  // A tree's level order may hold nulls; a linked list's may not.
  const Value with_null = Value::OfList({Value::Int(1), Value::Null(), Value::Int(2)});
  EXPECT_TRUE(CheckValue(exact, Type("TreeNode"), with_null, with_null).accepted);
  EXPECT_FALSE(CheckValue(exact, Type("ListNode"), with_null, with_null).accepted);
}

TEST(ValueCheckerTest, DesignResultsAreCheckedPerOperation) {
  DesignSpec design;
  design.class_name = "MinStack";
  design.methods = {MethodSpec{"push", {Param{"x", Type("int"), "", ""}}, Type("void")},
                    MethodSpec{"getMin", {}, Type("int")}};
  TestCase test;
  test.operations = {"MinStack", "push", "getMin"};
  test.operation_args = {{}, {Value::Int(-2)}, {}};
  test.expected = Value::OfList({Value::Null(), Value::Null(), Value::Int(-2)});
  const auto exact = Checker(CheckerKind::Exact);
  EXPECT_TRUE(CheckOperations(exact, design, test, test.expected).accepted);
  const CheckOutcome wrong = CheckOperations(
      exact, design, test, Value::OfList({Value::Null(), Value::Null(), Value::Int(0)}));
  EXPECT_EQ(wrong.message, "operation 2 (getMin): expected -2, got 0");
  EXPECT_FALSE(CheckOperations(exact, design, test, Ints({1})).accepted);
}

// What a design's custom checker may receive: one result per operation, each typed.
TEST(ValueCheckerTest, OperationsMismatchChecksTheShapeOnly) {
  DesignSpec design;
  design.class_name = "Solution";
  design.constructor = {Param{"w", Type("list<int>"), "", ""}};
  design.methods = {MethodSpec{"pickIndex", {}, Type("int")}};
  TestCase test;
  test.operations = {"Solution", "pickIndex", "pickIndex"};
  test.operation_args = {{Ints({1, 3})}, {}, {}};
  test.expected = Value::OfList({Value::Null(), Value::Int(1), Value::Int(1)});
  // Any ints fit the shape, whatever the expected ones are.
  EXPECT_EQ(OperationsMismatch(design, test, Value::OfList({Value::Null(), Value::Int(7),
                                                             Value::Int(-4)})),
            "");
  EXPECT_EQ(OperationsMismatch(design, test, Value::OfList({Value::Null(), Value::Int(0)})),
            "expected 3 results, one per operation, got [null,0]");
  EXPECT_EQ(OperationsMismatch(design, test, Value::OfList({Value::Null(), Value::Int(0),
                                                             Value::String("1")})),
            "operation 2 (pickIndex): wrong type: the result is a string, not int");
  EXPECT_NE(OperationsMismatch(design, test, Value::OfList({Value::Int(0), Value::Int(0),
                                                             Value::Int(0)})),
            "");
}

}  // namespace
}  // namespace judge

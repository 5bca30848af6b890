#include "judge/check/DesignCheckerCalls.h"

#include <gtest/gtest.h>

namespace judge {
namespace {

TypeSpec Type(const char* text) { return *TypeSpec::Parse(text); }
Param Plain(const char* name, const char* type) { return Param{name, Type(type), "", ""}; }

Value List(std::initializer_list<Value> items) { return Value::OfList(items); }

// LRU Cache's shape: a constructor argument, a method with a result, a void one.
DesignSpec Cache() {
  DesignSpec design;
  design.class_name = "LRUCache";
  design.constructor = {Plain("capacity", "int")};
  design.methods = {MethodSpec{"get", {Plain("key", "int")}, Type("int")},
                    MethodSpec{"put", {Plain("key", "int"), Plain("value", "int")}, Type("void")}};
  return design;
}

TestCase CacheCase() {
  TestCase test;
  test.name = "small";
  test.operations = {"LRUCache", "put", "get"};
  test.operation_args = {{Value::Int(2)}, {Value::Int(1), Value::Int(10)}, {Value::Int(1)}};
  test.expected = List({Value::Null(), Value::Null(), Value::Int(10)});
  return test;
}

TEST(CheckerDesignTest, MirrorsTheClassWithExpectedAndActualAfterEachMethodsArguments) {
  const DesignSpec checker = CheckerDesign(Cache());
  EXPECT_EQ(checker.class_name, "Checker");
  ASSERT_EQ(checker.constructor.size(), 1u);
  EXPECT_EQ(checker.constructor[0].type.ToString(), "int");
  ASSERT_EQ(checker.methods.size(), 3u);

  const MethodSpec& get = checker.methods[0];
  EXPECT_EQ(get.name, "get");
  ASSERT_EQ(get.params.size(), 3u);  // key, expected, actual
  EXPECT_EQ(get.params[1].name, "expected");
  EXPECT_EQ(get.params[2].name, "actual");
  EXPECT_EQ(get.params[2].type.ToString(), "int");
  EXPECT_EQ(get.returns.ToString(), "string");

  // A void method has no result to compare: its arguments only.
  const MethodSpec& put = checker.methods[1];
  EXPECT_EQ(put.name, "put");
  EXPECT_EQ(put.params.size(), 2u);
  EXPECT_EQ(put.returns.ToString(), "string");

  const MethodSpec& check = checker.methods[2];
  EXPECT_EQ(check.name, kDesignCheckerFinalMethod);
  EXPECT_TRUE(check.params.empty());
  EXPECT_EQ(check.returns.ToString(), "string");
}

TEST(CheckerDesignTest, KeepsTheResultTypeOfEachMethod) {
  DesignSpec design;
  design.class_name = "Codec";
  design.methods = {MethodSpec{"words", {}, Type("list<string>")}};
  const DesignSpec checker = CheckerDesign(design);
  ASSERT_EQ(checker.methods[0].params.size(), 2u);
  EXPECT_EQ(checker.methods[0].params[0].type.ToString(), "list<string>");
  EXPECT_EQ(checker.methods[0].params[1].type.ToString(), "list<string>");
}

TEST(CheckerOperationsTest, ReplaysTheCaseOnTheCheckerAndEndsWithCheck) {
  const TestCase test = CacheCase();
  const Value actual = List({Value::Null(), Value::Null(), Value::Int(-1)});
  const TestCase replay = CheckerOperations(Cache(), test, actual);
  EXPECT_EQ(replay.operations, (std::vector<std::string>{"Checker", "put", "get", "check"}));
  ASSERT_EQ(replay.operation_args.size(), 4u);
  EXPECT_EQ(replay.operation_args[0], (std::vector<Value>{Value::Int(2)}));
  EXPECT_EQ(replay.operation_args[1], (std::vector<Value>{Value::Int(1), Value::Int(10)}));
  // get(1): the key, then the expected 10, then the actual -1.
  EXPECT_EQ(replay.operation_args[2],
            (std::vector<Value>{Value::Int(1), Value::Int(10), Value::Int(-1)}));
  EXPECT_TRUE(replay.operation_args[3].empty());
}

TEST(ReadCheckerVerdictsTest, AcceptsWhenEveryCallAndCheckSayNothing) {
  const auto outcome = ReadCheckerVerdicts(
      CacheCase(), List({Value::Null(), Value::String(""), Value::String(""), Value::String("")}));
  ASSERT_TRUE(outcome.has_value()) << outcome.error();
  EXPECT_TRUE(outcome->accepted);
  EXPECT_EQ(outcome->message, "");
}

TEST(ReadCheckerVerdictsTest, NamesTheFirstOperationThatGaveAReason) {
  const auto outcome = ReadCheckerVerdicts(
      CacheCase(), List({Value::Null(), Value::String(""), Value::String("1 holds 10, not -1"),
                         Value::String("counts are off")}));
  ASSERT_TRUE(outcome.has_value()) << outcome.error();
  EXPECT_FALSE(outcome->accepted);
  EXPECT_EQ(outcome->message, "operation 2 (get): 1 holds 10, not -1");
}

TEST(ReadCheckerVerdictsTest, GivesChecksReasonAsItIs) {
  const auto outcome = ReadCheckerVerdicts(
      CacheCase(),
      List({Value::Null(), Value::String(""), Value::String(""), Value::String("counts are off")}));
  ASSERT_TRUE(outcome.has_value()) << outcome.error();
  EXPECT_FALSE(outcome->accepted);
  EXPECT_EQ(outcome->message, "counts are off");
}

TEST(ReadCheckerVerdictsTest, ResultsOfAnotherShapeAreTheCheckersFailure) {
  const TestCase test = CacheCase();
  EXPECT_FALSE(ReadCheckerVerdicts(test, List({Value::Null(), Value::String("")})).has_value());
  EXPECT_FALSE(ReadCheckerVerdicts(test, Value::String("")).has_value());
  const auto not_text = ReadCheckerVerdicts(
      test, List({Value::Null(), Value::String(""), Value::Int(3), Value::String("")}));
  ASSERT_FALSE(not_text.has_value());
  EXPECT_EQ(not_text.error(), "the checker's get returned 3, not a string");
}

}  // namespace
}  // namespace judge

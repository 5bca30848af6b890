#include "judge/scale/ScaleInput.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <functional>
#include <map>
#include <ranges>
#include <numeric>
#include <set>

namespace judge {
namespace {

Param ParamOf(const std::string& name, const std::string& type) {
  return Param{name, *TypeSpec::Parse(type), "", ""};
}

GeneratorSpec Generator(const std::string& param, GeneratorKind kind, const std::string& length,
                        const std::string& count = "0") {
  GeneratorSpec spec;
  spec.param = param;
  spec.kind = kind;
  spec.length = *SizeExpr::Parse(length);
  spec.count = *SizeExpr::Parse(count);
  return spec;
}

std::vector<Value> Build(const FunctionSignature& signature, ScaleSpec scale, std::int64_t n) {
  auto args = GenerateScaleInput(scale, signature, n);
  EXPECT_TRUE(args.has_value()) << (args ? "" : args.error());
  return args ? *args : std::vector<Value>{};
}

TEST(ScaleInputTest, TheSameSeedAndSizeGiveTheSameInputAndOthersDiffer) {
  FunctionSignature signature;
  signature.params = {ParamOf("nums", "list<int>")};
  ScaleSpec scale;
  scale.inputs = {Generator("nums", GeneratorKind::Ints, "n")};
  const auto first = Build(signature, scale, 100);
  EXPECT_EQ(first, Build(signature, scale, 100));
  EXPECT_NE(first, Build(signature, scale, 101));
  scale.seed = 2;
  EXPECT_NE(first, Build(signature, scale, 100));
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].as_list().size(), 100u);
}

TEST(ScaleInputTest, IntsHonourRangeDistinctAndOrder) {
  FunctionSignature signature;
  signature.params = {ParamOf("nums", "list<long>")};
  ScaleSpec scale;
  GeneratorSpec ints = Generator("nums", GeneratorKind::Ints, "2*n");
  ints.min = -50;
  ints.max = 49;
  ints.distinct = true;
  ints.order = "descending";
  scale.inputs = {ints};
  const Value::List nums = Build(signature, scale, 50)[0].as_list();
  ASSERT_EQ(nums.size(), 100u);  // every value of the range, once
  std::set<std::int64_t> seen;
  for (std::size_t i = 0; i < nums.size(); ++i) {
    seen.insert(nums[i].as_int());
    if (i > 0) EXPECT_GT(nums[i - 1].as_int(), nums[i].as_int());
  }
  EXPECT_EQ(seen.size(), 100u);
  EXPECT_EQ(*seen.begin(), -50);
  // One more than the range holds is the author's mistake, named.
  auto too_many = GenerateScaleInput(scale, signature, 51);
  ASSERT_FALSE(too_many.has_value());
  EXPECT_NE(too_many.error().find("'nums'"), std::string::npos) << too_many.error();
}

TEST(ScaleInputTest, SumOfAddsTheNamedPositionsOfAnEarlierList) {
  FunctionSignature signature;
  signature.params = {ParamOf("nums", "list<int>"), ParamOf("target", "int")};
  ScaleSpec scale;
  GeneratorSpec sum;
  sum.param = "target";
  sum.kind = GeneratorKind::SumOf;
  sum.of = "nums";
  sum.at = {-2, -1};
  scale.inputs = {Generator("nums", GeneratorKind::Ints, "n"), sum};
  const auto args = Build(signature, scale, 64);
  const Value::List& nums = args[0].as_list();
  EXPECT_EQ(args[1].as_int(), nums[62].as_int() + nums[63].as_int());
}

// A level-order list describes a tree of `nodes` nodes whose every null has a parent.
int CountNodesAndCheck(const Value::List& order) {
  int nodes = 0, slots = 1;
  for (const Value& value : order) {
    EXPECT_GT(slots, 0) << "more entries than free child slots";
    --slots;
    if (!value.is_null()) {
      ++nodes;
      slots += 2;
    }
  }
  return nodes;
}

int Depth(const Value::List& order) {
  // Rebuild the parent links of the level order and measure the deepest node.
  std::vector<int> depth;
  std::vector<std::size_t> queue;
  std::size_t next = 1;
  if (order.empty()) return 0;
  depth.assign(order.size(), 0);
  depth[0] = 1;
  queue.push_back(0);
  int deepest = 1;
  for (std::size_t head = 0; head < queue.size(); ++head) {
    for (int side = 0; side < 2 && next < order.size(); ++side, ++next) {
      if (order[next].is_null()) continue;
      depth[next] = depth[queue[head]] + 1;
      deepest = std::max(deepest, depth[next]);
      queue.push_back(next);
    }
  }
  return deepest;
}

TEST(ScaleInputTest, TreesHaveTheirShape) {
  FunctionSignature signature;
  signature.params = {ParamOf("root", "TreeNode")};
  ScaleSpec scale;
  for (const auto& [shape, low, high] : {std::tuple{"balanced", 10, 10}, std::tuple{"path", 1000, 1000},
                                         std::tuple{"random", 12, 60}}) {
    GeneratorSpec tree = Generator("root", GeneratorKind::Tree, "n");
    tree.shape = shape;
    scale.inputs = {tree};
    const Value::List order = Build(signature, scale, 1000)[0].as_list();
    EXPECT_EQ(CountNodesAndCheck(order), 1000) << shape;
    EXPECT_FALSE(order.back().is_null()) << shape;
    const int depth = Depth(order);
    EXPECT_GE(depth, low) << shape;
    EXPECT_LE(depth, high) << shape;
  }
}

TEST(ScaleInputTest, GraphsAreConnectedOrAcyclicWhenAsked) {
  FunctionSignature signature;
  signature.params = {ParamOf("edges", "list<list<int>>")};
  ScaleSpec scale;
  GeneratorSpec graph = Generator("edges", GeneratorKind::Edges, "n", "n + n/2");
  graph.connected = true;
  scale.inputs = {graph};
  const Value::List edges = Build(signature, scale, 200)[0].as_list();
  EXPECT_EQ(edges.size(), 300u);
  std::vector<int> parent(200);
  std::iota(parent.begin(), parent.end(), 0);
  std::function<int(int)> find = [&](int x) { return parent[x] == x ? x : parent[x] = find(parent[x]); };
  std::set<std::pair<std::int64_t, std::int64_t>> seen;
  for (const Value& edge : edges) {
    const auto u = edge.as_list()[0].as_int(), v = edge.as_list()[1].as_int();
    EXPECT_NE(u, v);
    EXPECT_TRUE(seen.insert({std::min(u, v), std::max(u, v)}).second) << "edge repeated";
    parent[find(static_cast<int>(u))] = find(static_cast<int>(v));
  }
  for (int i = 0; i < 200; ++i) EXPECT_EQ(find(i), find(0)) << "node " << i << " is cut off";

  // A DAG: some order of the nodes puts every edge forward (Kahn's algorithm empties it).
  graph.connected = false;
  graph.acyclic = true;
  graph.directed = true;
  graph.count = *SizeExpr::Parse("3*n");
  scale.inputs = {graph};
  const Value::List dag = Build(signature, scale, 100)[0].as_list();
  EXPECT_EQ(dag.size(), 300u);
  std::vector<int> indegree(100);
  std::vector<std::vector<int>> out(100);
  for (const Value& edge : dag) {
    out[edge.as_list()[0].as_int()].push_back(static_cast<int>(edge.as_list()[1].as_int()));
    ++indegree[edge.as_list()[1].as_int()];
  }
  std::vector<int> ready;
  for (int i = 0; i < 100; ++i) {
    if (indegree[i] == 0) ready.push_back(i);
  }
  int removed = 0;
  while (!ready.empty()) {
    const int node = ready.back();
    ready.pop_back();
    ++removed;
    for (int next : out[node]) {
      if (--indegree[next] == 0) ready.push_back(next);
    }
  }
  EXPECT_EQ(removed, 100) << "the graph has a cycle";
}

TEST(ScaleInputTest, SearchTreesHoldDistinctValuesInOrder) {
  FunctionSignature signature;
  signature.params = {ParamOf("root", "TreeNode")};
  ScaleSpec scale;
  GeneratorSpec tree = Generator("root", GeneratorKind::Tree, "n");
  tree.bst = true;
  tree.min = -1000;
  tree.max = 1000;
  scale.inputs = {tree};
  const Value::List order = Build(signature, scale, 500)[0].as_list();
  ASSERT_EQ(CountNodesAndCheck(order), 500);
  // Rebuild the tree from its level order and walk it in order: strictly ascending.
  std::vector<std::array<int, 2>> children(order.size(), {-1, -1});
  std::vector<std::size_t> present;
  std::size_t next = 1;
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (order[i].is_null()) continue;
    present.push_back(i);
    for (int side = 0; side < 2 && next < order.size(); ++side, ++next) {
      if (!order[next].is_null()) children[i][side] = static_cast<int>(next);
    }
  }
  std::vector<std::int64_t> in_order;
  std::function<void(int)> walk = [&](int node) {
    if (node < 0) return;
    walk(children[node][0]);
    in_order.push_back(order[node].as_int());
    walk(children[node][1]);
  };
  walk(0);
  ASSERT_EQ(in_order.size(), 500u);
  for (std::size_t i = 1; i < in_order.size(); ++i) EXPECT_LT(in_order[i - 1], in_order[i]);
  EXPECT_GE(in_order.front(), -1000);
  EXPECT_LE(in_order.back(), 1000);
}

TEST(ScaleInputTest, IntervalsStartBeforeTheyEnd) {
  FunctionSignature signature;
  signature.params = {ParamOf("intervals", "list<list<int>>")};
  ScaleSpec scale;
  GeneratorSpec intervals = Generator("intervals", GeneratorKind::Intervals, "0", "n");
  intervals.min = 0;
  intervals.max = 10000;
  intervals.max_length = 50;
  intervals.order = "ascending";
  scale.inputs = {intervals};
  const Value::List list = Build(signature, scale, 300)[0].as_list();
  ASSERT_EQ(list.size(), 300u);
  std::int64_t previous = -1;
  for (const Value& pair : list) {
    const auto start = pair.as_list()[0].as_int(), end = pair.as_list()[1].as_int();
    EXPECT_LE(start, end);
    EXPECT_LE(end - start, 50);
    EXPECT_GE(start, 0);
    EXPECT_LE(end, 10000);
    EXPECT_GE(start, previous);
    previous = start;
  }
}

TEST(ScaleInputTest, AdjacencyForANodeGraphNamesTheNodesByValFromOne) {
  FunctionSignature signature;
  signature.params = {ParamOf("node", "Node")};
  ScaleSpec scale;
  GeneratorSpec graph = Generator("node", GeneratorKind::Adjacency, "n", "n");
  graph.connected = true;
  scale.inputs = {graph};
  const Value::List lists = Build(signature, scale, 40)[0].as_list();
  ASSERT_EQ(lists.size(), 40u);
  std::set<std::int64_t> named;
  std::size_t ends = 0;
  for (std::size_t i = 0; i < lists.size(); ++i) {
    for (const Value& neighbour : lists[i].as_list()) {
      named.insert(neighbour.as_int());
      ++ends;
      // Symmetric, by val: node i + 1 is in its neighbour's list.
      const Value::List& back = lists[static_cast<std::size_t>(neighbour.as_int() - 1)].as_list();
      EXPECT_NE(std::ranges::find(back, Value::Int(static_cast<std::int64_t>(i) + 1)), back.end());
    }
  }
  EXPECT_EQ(*named.begin(), 1);
  EXPECT_EQ(*named.rbegin(), 40);  // connected: every node is someone's neighbour
  EXPECT_EQ(ends, 80u);            // 40 edges, each listed at both ends
}

TEST(ScaleInputTest, AdjacencyListsAreSymmetricAndBipartiteWhenAsked) {
  FunctionSignature signature;
  signature.params = {ParamOf("graph", "list<list<int>>")};
  ScaleSpec scale;
  GeneratorSpec graph = Generator("graph", GeneratorKind::Adjacency, "n", "2*n");
  graph.connected = true;
  graph.bipartite = true;
  scale.inputs = {graph};
  const Value::List lists = Build(signature, scale, 200)[0].as_list();
  ASSERT_EQ(lists.size(), 200u);
  std::vector<std::set<std::int64_t>> neighbours(200);
  std::size_t degrees = 0;
  for (std::size_t u = 0; u < lists.size(); ++u) {
    for (const Value& v : lists[u].as_list()) {
      EXPECT_NE(v.as_int(), static_cast<std::int64_t>(u));
      EXPECT_TRUE(neighbours[u].insert(v.as_int()).second) << "repeated neighbour";
      ++degrees;
    }
  }
  EXPECT_EQ(degrees, 2u * 400u);
  for (std::size_t u = 0; u < 200; ++u) {
    for (std::int64_t v : neighbours[u]) EXPECT_TRUE(neighbours[v].contains(u)) << "not symmetric";
  }
  // Two-colouring from node 0 reaches every node and never meets a conflict.
  std::vector<int> colour(200, -1);
  std::vector<std::int64_t> queue = {0};
  colour[0] = 0;
  for (std::size_t head = 0; head < queue.size(); ++head) {
    for (std::int64_t v : neighbours[queue[head]]) {
      if (colour[v] < 0) {
        colour[v] = 1 - colour[queue[head]];
        queue.push_back(v);
      }
      EXPECT_NE(colour[v], colour[queue[head]]) << "an odd cycle";
    }
  }
  EXPECT_EQ(queue.size(), 200u) << "not connected";
}

TEST(ScaleInputTest, GridsOfCharsFollowTheFill) {
  FunctionSignature signature;
  signature.params = {ParamOf("grid", "list<list<char>>")};
  ScaleSpec scale;
  GeneratorSpec grid = Generator("grid", GeneratorKind::Grid, "sqrt(n)", "sqrt(n)");
  grid.alphabet = "10";
  grid.fill = 0.3;
  scale.inputs = {grid};
  const Value::List rows = Build(signature, scale, 10000)[0].as_list();
  ASSERT_EQ(rows.size(), 100u);
  int ones = 0;
  for (const Value& row : rows) {
    ASSERT_EQ(row.as_list().size(), 100u);
    for (const Value& cell : row.as_list()) ones += cell.as_string() == "1";
  }
  EXPECT_NEAR(ones / 10000.0, 0.3, 0.03);
}

TEST(ScaleInputTest, ASnakeGridIsOnePathThatAFloodFromItsStartWalksCellByCell) {
  FunctionSignature signature;
  signature.params = {ParamOf("grid", "list<list<int>>")};
  ScaleSpec scale;
  GeneratorSpec grid = Generator("grid", GeneratorKind::Grid, "sqrt(n)", "sqrt(n)");
  grid.shape = "snake";
  grid.min = 0;
  grid.max = 1;
  grid.has_start = true;
  grid.start = 2;
  scale.inputs = {grid};
  for (const std::int64_t side : {1, 2, 7, 10}) {
    const Value::List rows = Build(signature, scale, side * side)[0].as_list();
    ASSERT_EQ(std::ssize(rows), side);
    std::vector<std::vector<std::int64_t>> cells;
    for (const Value& row : rows) {
      cells.emplace_back();
      for (const Value& cell : row.as_list()) cells.back().push_back(cell.as_int());
      ASSERT_EQ(std::ssize(cells.back()), side);
    }
    ASSERT_EQ(cells[0][0], 2) << "the path starts at the top left";
    // Each path cell has at most two path neighbours, so the flood below is the path itself,
    // and the last cell it reaches is path length - 1 steps away.
    std::int64_t on_path = 0, farthest = 0;
    std::vector<std::vector<std::int64_t>> distance(side, std::vector<std::int64_t>(side, -1));
    std::vector<std::pair<std::int64_t, std::int64_t>> queue = {{0, 0}};
    distance[0][0] = 0;
    for (std::size_t head = 0; head < queue.size(); ++head) {
      const auto [r, c] = queue[head];
      int neighbours = 0;
      for (const auto& [dr, dc] : {std::pair{0, 1}, {1, 0}, {0, -1}, {-1, 0}}) {
        const std::int64_t nr = r + dr, nc = c + dc;
        if (nr < 0 || nc < 0 || nr >= side || nc >= side || cells[nr][nc] == 0) continue;
        ++neighbours;
        if (distance[nr][nc] >= 0) continue;
        distance[nr][nc] = distance[r][c] + 1;
        farthest = std::max(farthest, distance[nr][nc]);
        queue.push_back({nr, nc});
      }
      EXPECT_LE(neighbours, 2) << "a branch at " << r << "," << c << " (side " << side << ")";
    }
    for (const auto& row : cells) on_path += std::ranges::count_if(row, [](auto v) { return v != 0; });
    EXPECT_EQ(std::ssize(queue), on_path) << "the path is not connected (side " << side << ")";
    EXPECT_EQ(farthest, on_path - 1) << "side " << side;
    EXPECT_GE(on_path, side * side / 2) << "side " << side;
  }
}

TEST(ScaleInputTest, DoublesFillScalarsListsAndMatricesWithinTheirRange) {
  FunctionSignature signature;
  signature.params = {ParamOf("X", "list<list<double>>"), ParamOf("y", "list<double>"),
                      ParamOf("rate", "double")};
  ScaleSpec scale;
  GeneratorSpec matrix = Generator("X", GeneratorKind::Doubles, "n", "3");
  matrix.real_min = -2.5;
  matrix.real_max = 2.5;
  GeneratorSpec list = Generator("y", GeneratorKind::Doubles, "2*n");
  GeneratorSpec rate = Generator("rate", GeneratorKind::Doubles, "0");
  rate.real_min = 0.01;
  rate.real_max = 0.02;
  scale.inputs = {matrix, list, rate};
  const auto args = Build(signature, scale, 500);
  ASSERT_EQ(args.size(), 3u);
  const Value::List& rows = args[0].as_list();
  ASSERT_EQ(rows.size(), 500u);
  double lowest = 0, highest = 0;
  std::set<double> distinct;
  for (const Value& row : rows) {
    ASSERT_EQ(row.as_list().size(), 3u);
    for (const Value& cell : row.as_list()) {
      lowest = std::min(lowest, cell.as_double());
      highest = std::max(highest, cell.as_double());
      distinct.insert(cell.as_double());
    }
  }
  EXPECT_GE(lowest, -2.5);
  EXPECT_LT(highest, 2.5);
  // Spread over the range, not stuck at a corner.
  EXPECT_LT(lowest, -2.0);
  EXPECT_GT(highest, 2.0);
  EXPECT_EQ(distinct.size(), 1500u);
  ASSERT_EQ(args[1].as_list().size(), 1000u);
  for (const Value& value : args[1].as_list()) {
    EXPECT_GE(value.as_double(), -1.0);  // the default range [-1, 1)
    EXPECT_LT(value.as_double(), 1.0);
  }
  EXPECT_GE(args[2].as_double(), 0.01);
  EXPECT_LT(args[2].as_double(), 0.02);
  EXPECT_EQ(args, Build(signature, scale, 500));
  EXPECT_TRUE(Build(signature, scale, 0)[0].as_list().empty());
}

TEST(ScaleInputTest, PalindromesMirrorAndNearPalindromesNeedOneDeletion) {
  const auto is_palindrome = [](const std::string& text) {
    return std::equal(text.begin(), text.end(), text.rbegin());
  };
  FunctionSignature signature;
  signature.params = {ParamOf("s", "string")};
  ScaleSpec scale;
  GeneratorSpec text = Generator("s", GeneratorKind::String, "n");
  text.alphabet = "abc";
  for (std::int64_t n : {1, 2, 7, 8, 1000, 1001}) {
    text.shape = "palindrome";
    scale.inputs = {text};
    const std::string palindrome = Build(signature, scale, n)[0].as_string();
    EXPECT_EQ(std::ssize(palindrome), n);
    EXPECT_TRUE(is_palindrome(palindrome)) << palindrome;

    text.shape = "near-palindrome";
    scale.inputs = {text};
    const std::string near = Build(signature, scale, n)[0].as_string();
    EXPECT_EQ(std::ssize(near), n);
    if (n < 2) continue;
    EXPECT_FALSE(is_palindrome(near)) << near;
    // The flaw is at the middle: the outer halves mirror each other.
    const std::size_t outer = (near.size() - 2) / 2;
    EXPECT_TRUE(std::equal(near.begin(), near.begin() + outer, near.rbegin())) << near;
    int deletions = 0;
    for (std::size_t i = 0; i < near.size(); ++i) {
      std::string without = near;
      without.erase(i, 1);
      deletions += is_palindrome(without);
    }
    EXPECT_GE(deletions, 1) << near;
  }
}

// Evaluated here as the calculators must: * and / first, left to right, truncating.
std::int64_t Evaluate(const std::string& expression, std::int64_t& most) {
  std::vector<std::int64_t> stack;
  char op = '+';
  std::int64_t number = 0;
  for (std::size_t i = 0; i <= expression.size(); ++i) {
    const char c = i < expression.size() ? expression[i] : '+';
    if (c == ' ') continue;
    if (std::isdigit(static_cast<unsigned char>(c))) {
      number = number * 10 + (c - '0');
      continue;
    }
    if (op == '+') stack.push_back(number);
    if (op == '-') stack.push_back(-number);
    if (op == '*') stack.back() *= number;
    if (op == '/') {
      EXPECT_NE(number, 0) << expression;
      stack.back() /= number;
    }
    most = std::max(most, std::abs(stack.back()));
    op = c;
    number = 0;
  }
  return std::accumulate(stack.begin(), stack.end(), std::int64_t{0});
}

TEST(ScaleInputTest, ExpressionsAreValidAndStayWithin32Bits) {
  FunctionSignature signature;
  signature.params = {ParamOf("s", "string")};
  ScaleSpec scale;
  GeneratorSpec expression = Generator("s", GeneratorKind::Expression, "0", "n");
  expression.min = 0;
  expression.max = 100;  // 100³ · 2000 = 2 · 10^9 < 2^31
  scale.inputs = {expression};
  const std::string text = Build(signature, scale, 2000)[0].as_string();
  int numbers = 0, longest_run = 0, run = 1;
  bool digit = false;
  for (char c : text) {
    ASSERT_NE(std::string("0123456789+-*/ ").find(c), std::string::npos) << c;
    if (std::isdigit(static_cast<unsigned char>(c)) && !digit) ++numbers;
    digit = std::isdigit(static_cast<unsigned char>(c));
    if (c == '*' || c == '/') longest_run = std::max(longest_run, ++run);
    if (c == '+' || c == '-') run = 1;
  }
  EXPECT_EQ(numbers, 2000);
  EXPECT_LE(longest_run, 3);
  EXPECT_GE(longest_run, 2);
  std::int64_t most = 0;
  Evaluate(text, most);
  EXPECT_LE(most, 2147483647);
  // Numbers too large for the promise of no overflow are the author's mistake, said here.
  expression.max = 1000;
  scale.inputs = {expression};
  auto refused = GenerateScaleInput(scale, signature, 2000);
  ASSERT_FALSE(refused.has_value());
  EXPECT_NE(refused.error().find("32 bits"), std::string::npos) << refused.error();
}

TEST(ScaleInputTest, NodesAreValsOfTheirTreeAtTheEndsOfTheDeepestLevelWhenAsked) {
  FunctionSignature signature;
  signature.params = {ParamOf("root", "TreeNode"), ParamOf("p", "int"), ParamOf("q", "int"),
                      ParamOf("r", "int")};
  for (int i = 1; i <= 3; ++i) signature.params[i].node_of = "root";
  ScaleSpec scale;
  GeneratorSpec tree = Generator("root", GeneratorKind::Tree, "n");
  tree.distinct = true;
  tree.min = 1;
  tree.max = 1'000'000;
  GeneratorSpec left = Generator("p", GeneratorKind::Node, "0");
  left.of = "root";
  left.pick = "deepest-left";
  GeneratorSpec right = left;
  right.param = "q";
  right.pick = "deepest-right";
  GeneratorSpec any = left;
  any.param = "r";
  any.pick = "random";
  scale.inputs = {tree, left, right, any};
  const auto args = Build(signature, scale, 300);
  // Depths from the level order, as LeetCode lays it out.
  const Value::List& order = args[0].as_list();
  std::vector<int> depth(order.size());
  std::map<std::int64_t, int> depth_of;
  for (std::size_t i = 0, child = 1; i < order.size(); ++i) {
    if (order[i].is_null()) continue;
    EXPECT_TRUE(depth_of.emplace(order[i].as_int(), depth[i]).second) << "repeated val";
    EXPECT_GE(order[i].as_int(), 1);
    EXPECT_LE(order[i].as_int(), 1'000'000);
    for (int side = 0; side < 2 && child < order.size(); ++side) depth[child++] = depth[i] + 1;
  }
  EXPECT_EQ(depth_of.size(), 300u);
  const int deepest = std::ranges::max(depth_of | std::views::values);
  EXPECT_EQ(depth_of.at(args[1].as_int()), deepest);
  EXPECT_EQ(depth_of.at(args[2].as_int()), deepest);
  EXPECT_NE(args[1].as_int(), args[2].as_int());  // the two ends (or the one before it)
  EXPECT_EQ(args[2].as_int(), order.back().as_int());
  for (std::size_t i = 0; i < order.size() && order[i] != args[1]; ++i) {
    if (!order[i].is_null()) EXPECT_LT(depth[i], deepest) << "a node before p on its level";
  }
  EXPECT_TRUE(depth_of.contains(args[3].as_int()));
  EXPECT_NE(args[3].as_int(), args[1].as_int());  // never a node picked before
  EXPECT_NE(args[3].as_int(), args[2].as_int());
}

TEST(ScaleInputTest, AccountsShareEmailsOnlyWithinAPersonAndNamesRepeat) {
  FunctionSignature signature;
  signature.params = {ParamOf("accounts", "list<list<string>>")};
  ScaleSpec scale;
  GeneratorSpec accounts = Generator("accounts", GeneratorKind::Accounts, "n/4", "n");
  accounts.most_emails = 5;
  scale.inputs = {accounts};
  const Value::List built = Build(signature, scale, 400)[0].as_list();
  ASSERT_EQ(built.size(), 400u);
  std::map<std::string, std::string> owner;  // email -> name
  std::map<std::string, int> holders;        // email -> accounts holding it
  std::set<std::string> names;
  for (const Value& account : built) {
    const Value::List& fields = account.as_list();
    ASSERT_GE(fields.size(), 2u);
    ASSERT_LE(fields.size(), 6u);
    names.insert(fields[0].as_string());
    std::set<std::string> own;
    for (std::size_t i = 1; i < fields.size(); ++i) {
      const std::string& email = fields[i].as_string();
      EXPECT_TRUE(own.insert(email).second) << "an email twice in one account";
      auto [at, fresh] = owner.emplace(email, fields[0].as_string());
      EXPECT_EQ(at->second, fields[0].as_string()) << email << " has two owners' names";
      ++holders[email];
    }
  }
  EXPECT_EQ(names.size(), 10u);  // 100 people, ten names: people share names
  const auto shared = std::ranges::count_if(holders, [](const auto& h) { return h.second > 1; });
  EXPECT_GT(shared, 50) << "accounts of one person should often share an email";
}

TEST(ScaleInputTest, AnAbsurdSizeIsRefusedNotAllocated) {
  FunctionSignature signature;
  signature.params = {ParamOf("nums", "list<int>")};
  ScaleSpec scale;
  scale.inputs = {Generator("nums", GeneratorKind::Ints, "n*n")};
  auto args = GenerateScaleInput(scale, signature, 1'000'000);
  ASSERT_FALSE(args.has_value());
  EXPECT_NE(args.error().find("limit"), std::string::npos) << args.error();
}

// A min stack's series: a phase of pushes, then a mix where top and getMin are drawn twice
// as often as push and pop, and every key bounded by a size.
struct MinStackSeries {
  DesignSpec design;
  ScaleSpec scale;
  MinStackSeries() {
    design.class_name = "MinStack";
    design.constructor = {ParamOf("capacity", "int")};
    design.methods = {MethodSpec{"push", {ParamOf("val", "int")}, *TypeSpec::Parse("void")},
                      MethodSpec{"pop", {}, *TypeSpec::Parse("void")},
                      MethodSpec{"top", {}, *TypeSpec::Parse("int")},
                      MethodSpec{"getMin", {}, *TypeSpec::Parse("int")}};
    GeneratorSpec capacity;
    capacity.param = "capacity";
    capacity.has_value = true;
    capacity.value = *SizeExpr::Parse("n/4 + 1");
    scale.inputs = {capacity};
    GeneratorSpec val;
    val.param = "val";
    val.min = 5;
    val.has_max_size = true;
    val.max_size = *SizeExpr::Parse("n/8");
    const OperationDraw push{"push", 1, {val}};
    scale.phases = {OperationPhase{*SizeExpr::Parse("n/2"), {push}},
                    OperationPhase{*SizeExpr::Parse("n/2"),
                                   {push, OperationDraw{"pop", 1, {}}, OperationDraw{"top", 2, {}},
                                    OperationDraw{"getMin", 2, {}}}}};
  }
};

TEST(ScaleInputTest, DesignSeriesConstructsThenRunsEachPhaseDrawnByWeight) {
  const MinStackSeries series;
  auto input = GenerateDesignScaleInput(series.scale, series.design, 4000);
  ASSERT_TRUE(input.has_value()) << input.error();
  ASSERT_EQ(input->operations.size(), 4001u);
  ASSERT_EQ(input->arguments.size(), 4001u);
  EXPECT_EQ(input->operations[0], "MinStack");
  EXPECT_EQ(input->arguments[0], std::vector<Value>{Value::Int(1001)});
  std::map<std::string, int> second_phase;
  for (std::size_t i = 1; i < input->operations.size(); ++i) {
    const std::string& name = input->operations[i];
    if (i <= 2000) {
      EXPECT_EQ(name, "push") << "call " << i;
    } else {
      ++second_phase[name];
    }
    // push carries its val in [5, n/8]; the others nothing.
    if (name == "push") {
      ASSERT_EQ(input->arguments[i].size(), 1u);
      EXPECT_GE(input->arguments[i][0].as_int(), 5);
      EXPECT_LE(input->arguments[i][0].as_int(), 500);
    } else {
      EXPECT_TRUE(input->arguments[i].empty()) << name;
    }
  }
  // Weights 1:1:2:2 over 2000 draws: about 333, 333, 667, 667 (far outside chance if not).
  EXPECT_NEAR(second_phase["push"], 333, 100);
  EXPECT_NEAR(second_phase["pop"], 333, 100);
  EXPECT_NEAR(second_phase["top"], 667, 100);
  EXPECT_NEAR(second_phase["getMin"], 667, 100);
  // The same seed and size, the same sequence.
  auto again = GenerateDesignScaleInput(series.scale, series.design, 4000);
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(again->operations, input->operations);
  EXPECT_EQ(again->arguments, input->arguments);
}

TEST(ScaleInputTest, DesignSeriesAtZeroIsTheConstructorAlone) {
  MinStackSeries series;
  series.scale.phases[0].draws[0].args[0].min = 0;
  series.scale.phases[1].draws[0].args[0].min = 0;
  auto input = GenerateDesignScaleInput(series.scale, series.design, 0);
  ASSERT_TRUE(input.has_value()) << input.error();
  EXPECT_EQ(input->operations, std::vector<std::string>{"MinStack"});
}

TEST(ScaleInputTest, AnIntBoundBySizeBelowItsMinimumIsNamed) {
  const MinStackSeries series;  // val in [5, n/8]: empty below n = 40
  auto input = GenerateDesignScaleInput(series.scale, series.design, 16);
  ASSERT_FALSE(input.has_value());
  EXPECT_NE(input.error().find("'val': max n/8 is 2 at n = 16, below min 5"), std::string::npos)
      << input.error();
}

}  // namespace
}  // namespace judge

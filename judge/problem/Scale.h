// Scale: a problem's complexity budget and the declarative, seeded generators that build its
// inputs at any size n, so the judge can measure how a solution's cost grows (plain data).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "judge/problem/SizeExpr.h"

namespace judge {

/// `budget: {time: "O(n log n)", space: "O(n)", n: "len(nums)"}`: the classes as written
/// (judge/complexity parses them; the loader has checked that they parse).
struct BudgetSpec {
  std::string time;
  std::string space;  // empty: no space budget
  // Python only, empty when not set: how fast the lines of Python a call executes may grow.
  // "O(1)" asks for vectorised code: numpy does the per-element work, in C.
  std::string interpreted;
  std::string n;      // what n counts, for the report
};

/// The shapes of input the generators know. Each builds one parameter's value for size n.
enum class GeneratorKind {
  Int,     // int/long: `value: <expr>`, or uniform in [min, max]
  Ints,    // list<int>/list<long>/ListNode: `length`, [min, max], distinct, order
  SumOf,   // int/long: the sum of the elements of an earlier list parameter at `at`
  String,  // string: `length` characters of `alphabet`; shape random / palindrome / near-palindrome
  Words,   // list<string>: `count` words of `length` characters of `alphabet`
  Grid,    // list<list<char>>, list<string>, list<list<int>>: `rows` × `cols`; int cells
           // random in [min, max], or shape snake: one winding path of `max` cells on `min`
  Tree,    // TreeNode: `nodes`, shape random / balanced / path, values in [min, max]
  Edges,   // list<list<int>>: `nodes`, `count` edges; connected, acyclic, directed
  Intervals,  // list<list<int>>: `count` pairs [start, end], start <= end, in [min, max]
  Adjacency,  // list<list<int>>: an undirected graph's adjacency lists; connected, bipartite
  Doubles,    // double, list<double> (`length`), list<list<double>> (`rows` × `cols`) in [min, max)
  Expression, // string: `terms` whole numbers in [min, max] joined by `operators` (+ - * /)
  Node,       // a node_of parameter: the val of one node of its tree (random, deepest-left/-right)
  Accounts,   // list<list<string>>: `count` accounts [name, emails...] of `people` people
};

struct GeneratorSpec {
  std::string param;  // the parameter it builds
  GeneratorKind kind = GeneratorKind::Int;
  SizeExpr length;     // ints, string, words (each word's length), grid rows, tree and graph
                       // nodes, accounts' people
  SizeExpr count;      // words: how many; edges: how many; grid: columns
  bool has_value = false;
  SizeExpr value;      // int: a value from n instead of a random one
  std::int64_t min = 0;
  std::int64_t max = 1'000'000'000;
  // int: `max` written as a size ("n/32"), so that a design series' keys cover a range
  // that grows with it; at each size it replaces `max`.
  bool has_max_size = false;
  SizeExpr max_size;
  double real_min = -1, real_max = 1;  // doubles: the range its values are drawn from
  bool distinct = false;          // ints; tree: every val differs (a node_of needs it)
  std::string order = "random";    // ints: random, ascending, descending
  std::string alphabet = "abcdefghijklmnopqrstuvwxyz";  // string, words, char grid cells
  double fill = 0.5;               // char grid: the share of cells holding alphabet[0]
  std::string shape = "random";    // tree: random, balanced, path; string: random,
                                   // palindrome, near-palindrome; int grid: random, snake
  bool has_start = false;          // int grid, snake: the path's first cell holds `start`
  std::int64_t start = 0;
  bool connected = false, acyclic = false, directed = false;  // edges (connected: adjacency)
  bool bst = false;                // tree: distinct values in search-tree order
  std::string pick = "random";     // node: random, deepest-left, deepest-right
  std::int64_t most_emails = 9;    // accounts: each holds 1 to this many of its person's emails
  bool bipartite = false;          // adjacency: edges only between two sides
  std::int64_t max_length = -1;    // intervals: the longest end - start (-1: max - min)
  std::string operators = "+-*/";  // expression: the operators it may use
  std::string of;                  // sum_of: the list parameter
  std::vector<std::int64_t> at;    // sum_of: positions in it (negative: from the end)
};

/// Design mode: one method a phase may call, how often it is drawn against the others, and
/// a generator for each of its parameters.
struct OperationDraw {
  std::string method;
  std::int64_t weight = 1;
  std::vector<GeneratorSpec> args;  // in the method's parameter order
};

/// Design mode: `count` calls, each drawn by weight from `draws`. Phases run in order after
/// the constructor, so a series can fill a structure before it queries it.
struct OperationPhase {
  SizeExpr count;
  std::vector<OperationDraw> draws;
};

/// `scale:` the sizes of the series (a doubling grid), its seed, and a generator for every
/// parameter the method receives (design mode: the constructor's, then the phases of calls).
struct ScaleSpec {
  std::vector<std::int64_t> sizes;
  std::uint64_t seed = 1;
  std::vector<GeneratorSpec> inputs;  // in signature (design: constructor) order
  std::vector<OperationPhase> phases;  // design mode
};

}  // namespace judge

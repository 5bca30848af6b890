#include "judge/scale/ScaleInput.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <random>
#include <ranges>
#include <set>
#include <unordered_set>
#include <utility>

namespace judge {
namespace {

// The largest value a generator may build: far above any series a budget needs, and small
// enough that a typo (sizes to 10^9 with n² cells) fails here instead of exhausting memory.
constexpr std::int64_t kMostElements = 50'000'000;

class Random {
 public:
  explicit Random(std::uint64_t seed) : engine_(seed) {}
  std::int64_t Between(std::int64_t low, std::int64_t high) {  // inclusive
    return std::uniform_int_distribution<std::int64_t>(low, high)(engine_);
  }
  double Unit() { return std::uniform_real_distribution<double>(0, 1)(engine_); }
  double Real(double low, double high) {  // [low, high)
    return std::uniform_real_distribution<double>(low, high)(engine_);
  }
  template <typename T>
  void Shuffle(std::vector<T>& items) {
    std::shuffle(items.begin(), items.end(), engine_);
  }

 private:
  std::mt19937_64 engine_;
};

struct GenerateError {
  std::string message;
};

std::int64_t Checked(const GeneratorSpec& spec, const SizeExpr& expr, std::int64_t n) {
  const std::int64_t value = expr.At(n);
  if (value > kMostElements) {
    throw GenerateError{"'" + spec.param + "': " + expr.text() + " is " +
                        std::to_string(value) + " at n = " + std::to_string(n) +
                        ", above the generators' limit of " + std::to_string(kMostElements)};
  }
  return value;
}

Value Ints(const GeneratorSpec& spec, std::int64_t n, Random& random) {
  const std::int64_t length = Checked(spec, spec.length, n);
  std::vector<std::int64_t> numbers;
  numbers.reserve(static_cast<std::size_t>(length));
  if (spec.distinct) {
    // The range may hold fewer values than asked (it is an author's mistake, said here).
    const auto range = static_cast<unsigned long long>(spec.max - spec.min) + 1;
    if (range < static_cast<unsigned long long>(length)) {
      throw GenerateError{"'" + spec.param + "': " + std::to_string(length) +
                          " distinct values do not fit in [" + std::to_string(spec.min) + ", " +
                          std::to_string(spec.max) + "]"};
    }
    std::unordered_set<std::int64_t> seen;
    while (static_cast<std::int64_t>(numbers.size()) < length) {
      const std::int64_t value = random.Between(spec.min, spec.max);
      if (seen.insert(value).second) numbers.push_back(value);
    }
  } else {
    for (std::int64_t i = 0; i < length; ++i) numbers.push_back(random.Between(spec.min, spec.max));
  }
  if (spec.order == "ascending") std::ranges::sort(numbers);
  if (spec.order == "descending") std::ranges::sort(numbers, std::greater<>());
  Value::List items;
  items.reserve(numbers.size());
  for (std::int64_t number : numbers) items.push_back(Value::Int(number));
  return Value::OfList(std::move(items));
}

std::string Text(const std::string& alphabet, std::int64_t length, Random& random) {
  std::string text(static_cast<std::size_t>(length), ' ');
  for (char& c : text) {
    c = alphabet[static_cast<std::size_t>(random.Between(0, std::ssize(alphabet) - 1))];
  }
  return text;
}

// A palindrome of `length` letters; or a near-palindrome: a palindrome one letter shorter
// with a letter unlike its neighbours inserted at the middle, so that it is not one, but
// deleting that letter makes it one, and a scan from both ends meets the flaw only at the
// middle (the worst case for trying each deletion in turn).
std::string Palindrome(const GeneratorSpec& spec, std::int64_t length, Random& random) {
  const bool near = spec.shape == "near-palindrome";
  const std::int64_t mirrored = near ? std::max<std::int64_t>(length - 1, 0) : length;
  std::string half = Text(spec.alphabet, mirrored / 2, random);
  std::string text = half;
  if (mirrored % 2 == 1) text += Text(spec.alphabet, 1, random);
  text.append(half.rbegin(), half.rend());
  if (near && length > 0) {
    // Just before the centre of an odd palindrome, just after it in an even one: at the
    // centre itself the letter would leave it a palindrome.
    const std::size_t middle = text.size() / 2 + (text.size() % 2 == 0 && !text.empty() ? 1 : 0);
    char odd = spec.alphabet[0];
    for (char letter : spec.alphabet) {
      const bool unlike_left = middle == 0 || text[middle - 1] != letter;
      const bool unlike_right = middle >= text.size() || text[middle] != letter;
      if (unlike_left && unlike_right) odd = letter;
    }
    text.insert(text.begin() + static_cast<std::ptrdiff_t>(middle), odd);
  }
  return text;
}

// An arithmetic expression as LeetCode's calculators take it: `terms` whole numbers joined
// by operators, a space on either side of each operator or not. A run of * and / holds at
// most three numbers and a divisor is never 0, so every value met on the way stays within
// max³ · terms, which must fit in 32 bits: the problems promise no overflow.
std::string Expression(const GeneratorSpec& spec, std::int64_t n, Random& random) {
  constexpr int kLongestProductRun = 3;
  const std::int64_t terms = Checked(spec, spec.count, n);
  const double largest = static_cast<double>(std::max<std::int64_t>(std::abs(spec.max), 1));
  if (spec.min < 0 || largest * largest * largest * static_cast<double>(terms) > 2147483647.0) {
    throw GenerateError{"'" + spec.param + "': " + std::to_string(terms) +
                        " terms of numbers in [" + std::to_string(spec.min) + ", " +
                        std::to_string(spec.max) + "] may not fit in 32 bits at n = " +
                        std::to_string(n) + " (min must be >= 0 and max³ · terms < 2^31)"};
  }
  std::string additive, multiplicative;
  for (char op : spec.operators) (op == '+' || op == '-' ? additive : multiplicative) += op;
  std::string text;
  int run = 1;  // numbers in the current run of * and /
  for (std::int64_t i = 0; i < terms; ++i) {
    char op = '+';
    if (i > 0) {
      op = spec.operators[static_cast<std::size_t>(random.Between(0, std::ssize(spec.operators) - 1))];
      const bool multiplies = op == '*' || op == '/';
      if (multiplies && run >= kLongestProductRun) {
        if (additive.empty()) throw GenerateError{"'" + spec.param + "': needs + or - among its operators"};
        op = additive[static_cast<std::size_t>(random.Between(0, std::ssize(additive) - 1))];
      }
      run = op == '*' || op == '/' ? run + 1 : 1;
      const bool spaced = random.Between(0, 1) == 1;
      text += spaced ? std::string(" ") + op + " " : std::string(1, op);
    }
    text += std::to_string(random.Between(op == '/' ? std::max<std::int64_t>(spec.min, 1) : spec.min,
                                          spec.max));
  }
  return text;
}

// Accounts as LeetCode's Accounts Merge takes them: [name, email, ...]. Each belongs to one
// of `people` people and holds 1 to most_emails of that person's 12 emails, so accounts of
// one person often share one (they merge, transitively), an email never has two owners, and
// people share names (ten names in all): merging by name is wrong.
Value Accounts(const GeneratorSpec& spec, std::int64_t n, Random& random) {
  static constexpr std::array<std::string_view, 10> kNames = {
      "Alex", "Ana", "John", "Kim", "Li", "Mary", "Noor", "Omar", "Priya", "Sam"};
  constexpr std::int64_t kEmailsPerPerson = 12;
  const std::int64_t count = Checked(spec, spec.count, n);
  const std::int64_t people = std::max<std::int64_t>(Checked(spec, spec.length, n), 1);
  const std::int64_t most = std::min(spec.most_emails, kEmailsPerPerson);
  Value::List accounts;
  accounts.reserve(static_cast<std::size_t>(count));
  std::vector<std::int64_t> emails(kEmailsPerPerson);
  for (std::int64_t i = 0; i < count; ++i) {
    const std::int64_t person = random.Between(0, people - 1);
    Value::List account = {Value::String(std::string(kNames[static_cast<std::size_t>(person % 10)]))};
    for (std::int64_t e = 0; e < kEmailsPerPerson; ++e) emails[e] = e;
    random.Shuffle(emails);
    const std::int64_t held = random.Between(1, most);
    for (std::int64_t e = 0; e < held; ++e) {
      account.push_back(Value::String("p" + std::to_string(person) + "_" +
                                      std::to_string(emails[e]) + "@mail.com"));
    }
    accounts.push_back(Value::OfList(std::move(account)));
  }
  return Value::OfList(std::move(accounts));
}

// The longest shortest path a grid holds: every even row full, joined at alternate ends
// through one cell of the odd row between, so that a flood from its first cell takes about
// rows·cols/2 steps, one per cell, and a search that rescans the grid each step pays for it.
Value SnakeGrid(const GeneratorSpec& spec, std::int64_t rows, std::int64_t cols) {
  Value::List grid;
  for (std::int64_t r = 0; r < rows; ++r) {
    Value::List row;
    for (std::int64_t c = 0; c < cols; ++c) {
      const bool joint = c == ((r / 2) % 2 == 0 ? cols - 1 : 0);
      const bool on_path = r % 2 == 0 || (joint && r + 1 < rows);
      const bool first = r == 0 && c == 0;
      row.push_back(Value::Int(first && spec.has_start ? spec.start : on_path ? spec.max : spec.min));
    }
    grid.push_back(Value::OfList(std::move(row)));
  }
  return Value::OfList(std::move(grid));
}

Value Grid(const GeneratorSpec& spec, const TypeSpec& type, std::int64_t n, Random& random) {
  const std::int64_t rows = Checked(spec, spec.length, n);
  const std::int64_t cols = Checked(spec, spec.count, n);
  if (rows * cols > kMostElements) {
    throw GenerateError{"'" + spec.param + "': a grid of " + std::to_string(rows) + " x " +
                        std::to_string(cols) + " at n = " + std::to_string(n) + " is too large"};
  }
  const bool ints = type.kind == TypeKind::List && type.element->kind == TypeKind::List &&
                    type.element->element->kind == TypeKind::Int;
  const bool strings = type.element->kind == TypeKind::String;
  if (spec.shape == "snake") return SnakeGrid(spec, rows, cols);
  const auto cell = [&]() -> char {
    // alphabet[0] with probability `fill`, else one of the others.
    if (spec.alphabet.size() == 1 || random.Unit() < spec.fill) return spec.alphabet[0];
    return spec.alphabet[static_cast<std::size_t>(random.Between(1, std::ssize(spec.alphabet) - 1))];
  };
  Value::List grid;
  for (std::int64_t r = 0; r < rows; ++r) {
    if (strings) {
      std::string row;
      for (std::int64_t c = 0; c < cols; ++c) row += cell();
      grid.push_back(Value::String(std::move(row)));
      continue;
    }
    Value::List row;
    for (std::int64_t c = 0; c < cols; ++c) {
      row.push_back(ints ? Value::Int(random.Between(spec.min, spec.max))
                         : Value::String(std::string(1, cell())));
    }
    grid.push_back(Value::OfList(std::move(row)));
  }
  return Value::OfList(std::move(grid));
}

// LeetCode's level order with nulls for missing children, trailing nulls dropped.
Value Tree(const GeneratorSpec& spec, std::int64_t n, Random& random) {
  const std::int64_t nodes = Checked(spec, spec.length, n);
  if (nodes == 0) return Value::OfList({});
  std::vector<std::array<std::int64_t, 2>> children(static_cast<std::size_t>(nodes), {-1, -1});
  if (spec.shape == "balanced") {
    for (std::int64_t i = 1; i < nodes; ++i) children[(i - 1) / 2][(i - 1) % 2] = i;
  } else if (spec.shape == "path") {
    for (std::int64_t i = 1; i < nodes; ++i) children[i - 1][random.Between(0, 1)] = i;
  } else {
    // Each new node takes a free child slot chosen uniformly: random shapes of depth
    // about 2 ln n, as LeetCode's random tests have.
    std::vector<std::pair<std::int64_t, int>> free = {{0, 0}, {0, 1}};
    for (std::int64_t i = 1; i < nodes; ++i) {
      const auto pick = static_cast<std::size_t>(random.Between(0, std::ssize(free) - 1));
      const auto [parent, side] = free[pick];
      free[pick] = free.back();
      free.pop_back();
      children[parent][side] = i;
      free.push_back({i, 0});
      free.push_back({i, 1});
    }
  }
  // A search tree's values: distinct, sorted, handed out in in-order; or distinct values in
  // a random order.
  std::vector<std::int64_t> value_of;
  if (spec.distinct && !spec.bst) {
    GeneratorSpec distinct = spec;
    distinct.length = SizeExpr::Constant(nodes);
    distinct.order = "random";
    const Value vals = Ints(distinct, n, random);  // kept: a loop over a temporary's list dangles
    for (const Value& value : vals.as_list()) value_of.push_back(value.as_int());
  }
  if (spec.bst) {
    GeneratorSpec distinct = spec;
    distinct.distinct = true;
    distinct.order = "ascending";
    distinct.length = SizeExpr::Parse(std::to_string(nodes)).value();
    const Value sorted = Ints(distinct, n, random);
    value_of.resize(static_cast<std::size_t>(nodes));
    std::vector<std::int64_t> stack;
    std::size_t next = 0;
    for (std::int64_t node = 0; node >= 0 || !stack.empty();) {
      while (node >= 0) {
        stack.push_back(node);
        node = children[node][0];
      }
      node = stack.back();
      stack.pop_back();
      value_of[node] = sorted.as_list()[next++].as_int();
      node = children[node][1];
    }
  }
  Value::List order;
  std::vector<std::int64_t> queue = {0};
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const std::int64_t node = queue[head];
    if (node < 0) {
      order.push_back(Value::Null());
      continue;
    }
    order.push_back(Value::Int(value_of.empty() ? random.Between(spec.min, spec.max) : value_of[node]));
    for (std::int64_t child : children[node]) queue.push_back(child);
  }
  while (!order.empty() && order.back().is_null()) order.pop_back();
  return Value::OfList(std::move(order));
}

Value Edges(const GeneratorSpec& spec, std::int64_t n, Random& random) {
  const std::int64_t nodes = Checked(spec, spec.length, n);
  std::int64_t count = Checked(spec, spec.count, n);
  // A random rank orients a DAG's edges (lower rank to higher) and hides any structure.
  std::vector<std::int64_t> rank(static_cast<std::size_t>(nodes));
  for (std::int64_t i = 0; i < nodes; ++i) rank[i] = i;
  random.Shuffle(rank);
  const bool forest = spec.acyclic && !spec.directed;
  // The most edges such a graph can have (no loops, no repeated edge).
  const std::int64_t pairs = nodes * (nodes - 1) / 2;
  const std::int64_t most = nodes < 2                            ? 0
                            : forest                             ? nodes - 1
                            : spec.directed && !spec.acyclic ? 2 * pairs
                                                                 : pairs;
  count = std::min(count, most);
  std::set<std::pair<std::int64_t, std::int64_t>> seen;
  std::vector<std::pair<std::int64_t, std::int64_t>> edges;
  const auto add = [&](std::int64_t u, std::int64_t v) {
    if (u == v) return false;
    if (spec.acyclic && rank[u] > rank[v]) std::swap(u, v);
    const auto key = spec.directed ? std::pair{u, v} : std::pair{std::min(u, v), std::max(u, v)};
    if (!seen.insert(key).second) return false;
    edges.push_back({u, v});
    return true;
  };
  if (spec.connected || forest) {
    // A random spanning tree first: node order[i] joins one of the nodes before it.
    std::vector<std::int64_t> order = rank;
    random.Shuffle(order);
    for (std::int64_t i = 1; i < nodes && std::ssize(edges) < count; ++i) {
      add(order[i], order[random.Between(0, i - 1)]);
    }
  }
  std::int64_t attempts = 0;
  while (std::ssize(edges) < count && !forest && attempts++ < 20 * count + 100) {
    add(random.Between(0, nodes - 1), random.Between(0, nodes - 1));
  }
  random.Shuffle(edges);
  Value::List list;
  for (const auto& [u, v] : edges) list.push_back(Value::OfList({Value::Int(u), Value::Int(v)}));
  return Value::OfList(std::move(list));
}

// Pairs [start, end] with end - start in [0, max_length], both within [min, max].
Value Intervals(const GeneratorSpec& spec, std::int64_t n, Random& random) {
  const std::int64_t count = Checked(spec, spec.count, n);
  const std::int64_t span = spec.max - spec.min;
  const std::int64_t longest = spec.max_length < 0 ? span : std::min(spec.max_length, span);
  std::vector<std::pair<std::int64_t, std::int64_t>> pairs;
  for (std::int64_t i = 0; i < count; ++i) {
    const std::int64_t length = random.Between(0, longest);
    const std::int64_t start = random.Between(spec.min, spec.max - length);
    pairs.push_back({start, start + length});
  }
  if (spec.order == "ascending") std::ranges::sort(pairs);
  if (spec.order == "descending") std::ranges::sort(pairs, std::greater<>());
  Value::List list;
  for (const auto& [start, end] : pairs) {
    list.push_back(Value::OfList({Value::Int(start), Value::Int(end)}));
  }
  return Value::OfList(std::move(list));
}

// An undirected simple graph as LeetCode's adjacency lists (graph[i]: i's neighbours).
// Bipartite: every node gets a side, and edges only join opposite sides; connected: a
// random spanning tree first, each node joining an earlier one (of the other side).
// `first`: the number of the first node: 0 for list<list<int>>, 1 for a Node graph, whose
// adjacency lists name the nodes by val, and vals start at 1.
Value Adjacency(const GeneratorSpec& spec, std::int64_t n, Random& random, std::int64_t first) {
  const std::int64_t nodes = Checked(spec, spec.length, n);
  const std::int64_t wanted = Checked(spec, spec.count, n);
  std::vector<int> side(static_cast<std::size_t>(nodes));
  for (auto& s : side) s = static_cast<int>(random.Between(0, 1));
  std::vector<std::vector<std::int64_t>> lists(static_cast<std::size_t>(nodes));
  std::set<std::pair<std::int64_t, std::int64_t>> seen;
  std::int64_t edges = 0;
  const auto add = [&](std::int64_t u, std::int64_t v) {
    if (u == v || (spec.bipartite && side[u] == side[v])) return;
    if (!seen.insert({std::min(u, v), std::max(u, v)}).second) return;
    lists[u].push_back(v);
    lists[v].push_back(u);
    ++edges;
  };
  if (spec.connected) {
    std::vector<std::int64_t> order(static_cast<std::size_t>(nodes));
    for (std::int64_t i = 0; i < nodes; ++i) order[i] = i;
    random.Shuffle(order);
    for (std::int64_t i = 1; i < nodes; ++i) {
      const std::int64_t parent = order[random.Between(0, i - 1)];
      if (spec.bipartite) side[order[i]] = 1 - side[parent];
      add(order[i], parent);
    }
  }
  const std::int64_t pairs = nodes * (nodes - 1) / 2;
  const std::int64_t most = spec.bipartite ? pairs / 2 : pairs;
  std::int64_t attempts = 0;
  while (edges < std::min(wanted, most) && attempts++ < 20 * wanted + 100) {
    add(random.Between(0, nodes - 1), random.Between(0, nodes - 1));
  }
  Value::List graph;
  for (const auto& list : lists) {
    Value::List neighbours;
    for (std::int64_t v : list) neighbours.push_back(Value::Int(first + v));
    graph.push_back(Value::OfList(std::move(neighbours)));
  }
  return Value::OfList(std::move(graph));
}

// A double, a list of `length` doubles, or a `rows` × `cols` matrix, uniform in [min, max).
Value Doubles(const GeneratorSpec& spec, const TypeSpec& type, std::int64_t n, Random& random) {
  const auto row = [&](std::int64_t length) {
    Value::List items;
    items.reserve(static_cast<std::size_t>(length));
    for (std::int64_t i = 0; i < length; ++i) {
      items.push_back(Value::Double(random.Real(spec.real_min, spec.real_max)));
    }
    return Value::OfList(std::move(items));
  };
  if (type.kind == TypeKind::Double) return Value::Double(random.Real(spec.real_min, spec.real_max));
  if (type.element->kind == TypeKind::Double) return row(Checked(spec, spec.length, n));
  const std::int64_t rows = Checked(spec, spec.length, n);
  const std::int64_t cols = Checked(spec, spec.count, n);
  if (rows * cols > kMostElements) {
    throw GenerateError{"'" + spec.param + "': a matrix of " + std::to_string(rows) + " x " +
                        std::to_string(cols) + " at n = " + std::to_string(n) + " is too large"};
  }
  Value::List matrix;
  matrix.reserve(static_cast<std::size_t>(rows));
  for (std::int64_t r = 0; r < rows; ++r) matrix.push_back(row(cols));
  return Value::OfList(std::move(matrix));
}

Value Generate(const GeneratorSpec& spec, const TypeSpec& type, std::int64_t n, Random& random,
               const std::vector<std::pair<std::string, Value>>& built,
               const std::vector<GeneratorSpec>& specs) {
  switch (spec.kind) {
    case GeneratorKind::Int: {
      if (spec.has_value) return Value::Int(spec.value.At(n));
      const std::int64_t max = spec.has_max_size ? spec.max_size.At(n) : spec.max;
      if (max < spec.min) {
        throw GenerateError{"'" + spec.param + "': max " + spec.max_size.text() + " is " +
                            std::to_string(max) + " at n = " + std::to_string(n) +
                            ", below min " + std::to_string(spec.min)};
      }
      return Value::Int(random.Between(spec.min, max));
    }
    case GeneratorKind::Ints: return Ints(spec, n, random);
    case GeneratorKind::SumOf: {
      const auto found = std::ranges::find(built, spec.of, &std::pair<std::string, Value>::first);
      const Value::List& items = found->second.as_list();
      std::int64_t sum = 0;
      for (std::int64_t at : spec.at) {
        const std::int64_t index = at < 0 ? std::ssize(items) + at : at;
        if (index < 0 || index >= std::ssize(items)) {
          throw GenerateError{"'" + spec.param + "': position " + std::to_string(at) +
                              " is outside '" + spec.of + "' at n = " + std::to_string(n)};
        }
        sum += items[static_cast<std::size_t>(index)].as_int();
      }
      return Value::Int(sum);
    }
    case GeneratorKind::String: {
      const std::int64_t length = Checked(spec, spec.length, n);
      return Value::String(spec.shape == "random" ? Text(spec.alphabet, length, random)
                                                  : Palindrome(spec, length, random));
    }
    case GeneratorKind::Words: {
      const std::int64_t count = Checked(spec, spec.count, n);
      const std::int64_t length = spec.length.At(n);
      Value::List words;
      for (std::int64_t i = 0; i < count; ++i) {
        words.push_back(Value::String(Text(spec.alphabet, length, random)));
      }
      return Value::OfList(std::move(words));
    }
    case GeneratorKind::Accounts: return Accounts(spec, n, random);
    case GeneratorKind::Expression: return Value::String(Expression(spec, n, random));
    case GeneratorKind::Node: {
      // The val of one node of the tree built before it (the loader made sure it was).
      // The problems say p != q: a node already picked from the same tree is not picked again.
      std::set<std::int64_t> taken;
      for (const auto& [name, value] : built) {
        const auto other = std::ranges::find(specs, name, &GeneratorSpec::param);
        if (other != specs.end() && other->kind == GeneratorKind::Node && other->of == spec.of) {
          taken.insert(value.as_int());
        }
      }
      // Each node's depth, read off LeetCode's level order: the entries after the children
      // of the nodes before it are its children.
      const Value::List& order =
          std::ranges::find(built, spec.of, &std::pair<std::string, Value>::first)->second.as_list();
      std::vector<int> depth(order.size(), 0);
      for (std::size_t i = 0, child = 1; i < order.size(); ++i) {
        if (order[i].is_null()) continue;
        for (int side = 0; side < 2 && child < order.size(); ++side) depth[child++] = depth[i] + 1;
      }
      std::vector<std::size_t> candidates;
      for (std::size_t i = 0; i < order.size(); ++i) {
        if (!order[i].is_null() && !taken.contains(order[i].as_int())) candidates.push_back(i);
      }
      if (candidates.empty()) {
        throw GenerateError{"'" + spec.param + "': '" + spec.of + "' has no node left at n = " +
                            std::to_string(n)};
      }
      std::size_t picked = candidates.back();  // deepest-right: the last in level order
      if (spec.pick == "deepest-left") {
        const int deepest = std::ranges::max(candidates | std::views::transform([&](std::size_t i) {
                                               return depth[i];
                                             }));
        picked = *std::ranges::find_if(candidates, [&](std::size_t i) { return depth[i] == deepest; });
      } else if (spec.pick == "random") {
        picked = candidates[static_cast<std::size_t>(random.Between(0, std::ssize(candidates) - 1))];
      }
      return Value::Int(order[picked].as_int());
    }
    case GeneratorKind::Grid: return Grid(spec, type, n, random);
    case GeneratorKind::Tree: return Tree(spec, n, random);
    case GeneratorKind::Edges: return Edges(spec, n, random);
    case GeneratorKind::Intervals: return Intervals(spec, n, random);
    case GeneratorKind::Adjacency:
      return Adjacency(spec, n, random, type.kind == TypeKind::GraphNode ? 1 : 0);
    case GeneratorKind::Doubles: return Doubles(spec, type, n, random);
  }
  return Value::Null();
}

// Each size gets its own stream, so a series can be cut or extended without changing the
// inputs of the sizes it keeps.
Random StreamFor(const ScaleSpec& scale, std::int64_t n) {
  return Random(scale.seed * 0x9E3779B97F4A7C15ULL ^ static_cast<std::uint64_t>(n));
}

// One value per parameter, in order; a parameter the method does not receive (a cycle
// position) is -1.
std::vector<Value> GenerateArgs(const std::vector<GeneratorSpec>& specs,
                                const std::vector<Param>& params, std::int64_t n, Random& random) {
  std::vector<std::pair<std::string, Value>> built;
  std::vector<Value> args;
  for (const Param& param : params) {
    if (!param.passed()) {
      args.push_back(Value::Int(-1));
      continue;
    }
    const auto spec = std::ranges::find(specs, param.name, &GeneratorSpec::param);
    if (spec == specs.end()) throw GenerateError{"no generator for '" + param.name + "'"};
    Value value = Generate(*spec, param.type, n, random, built, specs);
    built.push_back({param.name, value});
    args.push_back(std::move(value));
  }
  return args;
}

}  // namespace

std::expected<std::vector<Value>, std::string> GenerateScaleInput(
    const ScaleSpec& scale, const FunctionSignature& signature, std::int64_t n) {
  Random random = StreamFor(scale, n);
  try {
    return GenerateArgs(scale.inputs, signature.params, n, random);
  } catch (const GenerateError& error) {
    return std::unexpected(error.message);
  }
}

std::expected<DesignScaleInput, std::string> GenerateDesignScaleInput(const ScaleSpec& scale,
                                                                      const DesignSpec& design,
                                                                      std::int64_t n) {
  Random random = StreamFor(scale, n);
  DesignScaleInput input;
  try {
    input.operations.push_back(design.class_name);
    input.arguments.push_back(GenerateArgs(scale.inputs, design.constructor, n, random));
    for (const OperationPhase& phase : scale.phases) {
      const std::int64_t count = phase.count.At(n);
      if (count > kMostElements) {
        throw GenerateError{"operations: " + phase.count.text() + " is " + std::to_string(count) +
                            " calls at n = " + std::to_string(n) + ", above the generators' limit"};
      }
      std::int64_t total_weight = 0;
      for (const OperationDraw& draw : phase.draws) total_weight += draw.weight;
      for (std::int64_t i = 0; i < count; ++i) {
        // Drawn by weight: the first draw whose running total passes the roll.
        std::int64_t roll = random.Between(1, total_weight);
        const OperationDraw* drawn = &phase.draws.back();
        for (const OperationDraw& draw : phase.draws) {
          if (roll <= draw.weight) {
            drawn = &draw;
            break;
          }
          roll -= draw.weight;
        }
        const MethodSpec* method = design.FindMethod(drawn->method);
        if (method == nullptr) throw GenerateError{"no method '" + drawn->method + "'"};
        input.operations.push_back(drawn->method);
        input.arguments.push_back(GenerateArgs(drawn->args, method->params, n, random));
      }
    }
  } catch (const GenerateError& error) {
    return std::unexpected(error.message);
  }
  return input;
}

}  // namespace judge

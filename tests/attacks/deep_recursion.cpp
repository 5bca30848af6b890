// Legitimate: a 10^6-deep recursion, as a DFS on a path graph does. The stack may use the
// whole memory limit, so this must be accepted.
#include <cstdio>

// Each level hands the address of its own local to the next, so every frame must exist:
// the compiler can neither inline the recursion into a loop nor make it a tail call.
__attribute__((noinline)) static long Depth(int n, const volatile long* parent) {
  volatile long here = *parent + 1;
  return n == 0 ? here : Depth(n - 1, &here);
}

int main() {
  int n;
  if (std::scanf("%d", &n) != 1) return 1;
  const volatile long start = 0;
  std::printf("%d\n", Depth(1000000, &start) == 1000001 ? 7919 : 0);
}

// Recursion without end: the stack runs out. Must be a runtime error (the crash), or a
// memory limit, since the stack may grow as large as the memory limit.
static int Deeper(int n) {
  volatile char frame[256];
  frame[0] = static_cast<char>(n);
  return Deeper(n + 1) + frame[0];
}

int main() { return Deeper(0); }

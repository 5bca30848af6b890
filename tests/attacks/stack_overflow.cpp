// Recursion without end: the stack runs out. Must be a runtime error (the crash): the stack
// may grow to nearly the memory limit, but stops short of it, so the cap is never reached.
static int Deeper(int n) {
  volatile char frame[256];
  frame[0] = static_cast<char>(n);
  return Deeper(n + 1) + frame[0];
}

int main() { return Deeper(0); }

// Wrong on purpose: a 32-bit int cannot hold 2147483647 + 1, nor inputs beyond its range
// (cin then fails and leaves INT_MAX or INT_MIN), so the int32 and 64-bit tests fail.
#include <iostream>

int main() {
  int a = 0;
  int b = 0;
  std::cin >> a >> b;
  std::cout << a + b << '\n';
}

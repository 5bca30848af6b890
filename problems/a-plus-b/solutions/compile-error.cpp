// Does not compile on purpose: a typo in a name, as a hurried submission might have.
#include <iostream>

int main() {
  long long a = 0;
  long long b = 0;
  std::cin >> a >> b;
  std::cout << a + bb << '\n';
}

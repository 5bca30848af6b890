// Correct, but spends about a second of CPU first: far beyond 3x the reference + 20 ms.
#include <iostream>

int main() {
  long long a = 0, b = 0;
  std::cin >> a >> b;
  volatile long long counter = 0;
  while (counter < 1'000'000'000LL) counter = counter + 1;
  std::cout << a + b << '\n';
}

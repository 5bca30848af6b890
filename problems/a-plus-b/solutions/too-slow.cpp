// Correct but too slow on purpose: some ten seconds of counting on a fast machine before
// answering, far beyond the 1s limit. A volatile counter is read and written each step,
// so the compiler can neither delete the loop nor fold it.
#include <iostream>

int main() {
  long long a = 0;
  long long b = 0;
  std::cin >> a >> b;
  volatile long long counter = 0;
  while (counter < 30'000'000'000LL) counter = counter + 1;
  std::cout << a + b << '\n';
}

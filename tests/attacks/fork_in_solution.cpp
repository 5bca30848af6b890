// Tries to start a second process from inside a stdio solution.
#include <unistd.h>
#include <iostream>
int main() {
  long long a, b;
  std::cin >> a >> b;
  if (fork() == 0) {
    while (true) {}
  }
  std::cout << a + b << "\n";
}

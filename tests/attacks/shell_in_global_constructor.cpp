// Runs a shell from a global constructor, before main: the sandbox must already be in place.
#include <cstdlib>
#include <iostream>
struct Escape {
  Escape() { std::system("touch /tmp/judge-attack-global-ctor"); }
} escape;
int main() {
  long long a, b;
  std::cin >> a >> b;
  std::cout << a + b << "\n";
}

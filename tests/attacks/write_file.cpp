// Tries to leave a file behind for the next run (or another user) to find.
#include <fstream>
#include <iostream>
int main() {
  std::ofstream("/tmp/judge-attack-write-file") << "owned";
  long long a, b;
  std::cin >> a >> b;
  std::cout << a + b << "\n";
}

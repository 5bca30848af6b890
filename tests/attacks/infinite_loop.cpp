// Spins forever. Must be a time limit, stopped within twice the CPU limit.
int main() {
  for (volatile unsigned long spin = 0;; ++spin) {
  }
}

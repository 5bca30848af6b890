// Stores a key in the session keyring: kernel keyrings outlive the process, so a later
// run could read it back. Must be a runtime error.
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdio>

int main() {
  constexpr long kSessionKeyring = -3;  // KEY_SPEC_SESSION_KEYRING
  const long key = syscall(__NR_add_key, "user", "judge-attack-key", "owned", 5, kSessionKeyring);
  if (key < 0) return 1;
  std::printf("escaped: key %ld\n", key);
}

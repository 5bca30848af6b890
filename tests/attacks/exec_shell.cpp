// Replaces itself with a shell that leaves a file behind. Must be a runtime error, and the
// file must not exist afterwards.
#include <unistd.h>

int main() {
  execl("/bin/sh", "sh", "-c", "touch /tmp/judge-attack-exec-shell-cpp",
        static_cast<char*>(nullptr));
  return 1;
}

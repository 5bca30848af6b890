// Thread bomb: starts spinning threads until something gives. Threads are forbidden to
// programs: runtime error, and no thread or process may outlive the judge.
#include <pthread.h>

void* Spin(void*) {
  for (volatile unsigned long spin = 0;; ++spin) {
  }
}

int main() {
  for (;;) {
    pthread_t thread;
    if (pthread_create(&thread, nullptr, Spin, nullptr) != 0) return 1;
  }
}

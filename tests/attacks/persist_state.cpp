// Keeps state from one run to the next: the test runs it twice. Each run first looks for
// what an earlier run left (in the working directory, /tmp, /dev/shm), then tries to leave
// it. Every run must be a runtime error, and nothing may be left behind.
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>

static const char* const kPlaces[] = {"judge-attack-persist-cpp", "/tmp/judge-attack-persist-cpp",
                                      "/dev/shm/judge-attack-persist-cpp"};

int main() {
  for (const char* place : kPlaces) {
    const int fd = open(place, O_RDONLY);
    if (fd >= 0) {
      std::printf("persisted: found %s from an earlier run\n", place);
      return 0;
    }
  }
  bool left = false;
  for (const char* place : kPlaces) {
    const int fd = open(place, O_WRONLY | O_CREAT, 0644);
    left = left || fd >= 0;
  }
  if (!left) return 1;
  std::printf("7919\n");
}

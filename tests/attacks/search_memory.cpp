// Searches its own heap and stack for the expected answer ("7919"), in case the judge
// handed it over with the input. It never should: the answer found is printed, else a
// wrong one, so this must be a wrong answer.
#include <malloc.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>

extern char** environ;

static bool Holds(const char* from, const char* to, const char* needle, const char* skip) {
  const std::size_t length = std::strlen(needle);
  for (const char* p = from; p + length <= to; ++p) {
    if (p != skip && std::memcmp(p, needle, length) == 0) return true;
  }
  return false;
}

int main() {
  char needle[8];
  std::snprintf(needle, sizeof needle, "%d", 7000 + 919);  // not a literal in the binary
  const char* heap_end = static_cast<const char*>(sbrk(0));
  const char* heap_start = heap_end - mallinfo2().arena;
  const char* stack_top = reinterpret_cast<const char*>(environ);
  const bool found = Holds(heap_start, heap_end, needle, needle) ||
                     Holds(needle + sizeof needle, stack_top, needle, needle);
  std::printf("%s\n", found ? needle : "0");
}

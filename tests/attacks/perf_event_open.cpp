// Opens a perf event: a side channel on the machine and a history of kernel bugs. Must be
// a runtime error.
#include <linux/perf_event.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdio>

int main() {
  perf_event_attr attr{};
  attr.size = sizeof attr;
  attr.type = PERF_TYPE_SOFTWARE;
  attr.config = PERF_COUNT_SW_CPU_CLOCK;
  const long fd = syscall(__NR_perf_event_open, &attr, 0, -1, -1, 0);
  if (fd < 0) return 1;
  std::printf("escaped: perf event %ld\n", fd);
}

// Creates a BPF map with bpf(): the kernel's BPF is a large attack surface, and its maps
// outlive processes when pinned. Must be a runtime error.
#include <linux/bpf.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdio>

int main() {
  bpf_attr attr{};
  attr.map_type = BPF_MAP_TYPE_ARRAY;
  attr.key_size = 4;
  attr.value_size = 4;
  attr.max_entries = 1;
  const long fd = syscall(__NR_bpf, BPF_MAP_CREATE, &attr, sizeof attr);
  if (fd < 0) return 1;
  std::printf("escaped: bpf map %ld\n", fd);
}

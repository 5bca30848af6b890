// AllocationMeter: replaces the global operator new and delete (malloc and free underneath)
// to count what is allocated while a meter runs; with ASan, its checks still apply to malloc.
#include "tests/fuzz/AllocationMeter.h"

#include <atomic>
#include <cstdlib>
#include <new>

namespace fuzz {
namespace {

// libFuzzer's own threads may allocate too; counting theirs as well only errs on the safe side.
std::atomic<bool> running{false};
std::atomic<std::size_t> counted{0};

void* Allocate(std::size_t size) noexcept {
  if (running.load(std::memory_order_relaxed)) {
    counted.fetch_add(size, std::memory_order_relaxed);
  }
  return std::malloc(size == 0 ? 1 : size);
}

void* AllocateOrThrow(std::size_t size) {
  void* memory = Allocate(size);
  if (memory == nullptr) throw std::bad_alloc();
  return memory;
}

}  // namespace

AllocationMeter::AllocationMeter() {
  counted = 0;
  running = true;
}

AllocationMeter::~AllocationMeter() { running = false; }

std::size_t AllocationMeter::bytes() const { return counted; }

}  // namespace fuzz

// Every plain and nothrow form, so that no memory from malloc reaches another allocator's
// delete (ASan reports such a mismatch). The aligned forms are left to the library: they
// allocate and free in pairs of their own.
void* operator new(std::size_t size) { return fuzz::AllocateOrThrow(size); }
void* operator new[](std::size_t size) { return fuzz::AllocateOrThrow(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  return fuzz::Allocate(size);
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
  return fuzz::Allocate(size);
}
void operator delete(void* memory) noexcept { std::free(memory); }
void operator delete[](void* memory) noexcept { std::free(memory); }
void operator delete(void* memory, std::size_t) noexcept { std::free(memory); }
void operator delete[](void* memory, std::size_t) noexcept { std::free(memory); }
void operator delete(void* memory, const std::nothrow_t&) noexcept { std::free(memory); }
void operator delete[](void* memory, const std::nothrow_t&) noexcept { std::free(memory); }

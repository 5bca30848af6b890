// AllocationMeter: counts the bytes operator new hands out while a meter runs, so that a fuzz
// target can bound the memory a parser allocates against the size of the bytes it was given.
#pragma once

#include <cstddef>

namespace fuzz {

/// Bytes allocated through operator new since this meter was made. One meter at a time.
class AllocationMeter {
 public:
  AllocationMeter();
  ~AllocationMeter();
  AllocationMeter(const AllocationMeter&) = delete;
  AllocationMeter& operator=(const AllocationMeter&) = delete;

  std::size_t bytes() const;
};

}  // namespace fuzz

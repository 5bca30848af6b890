// A template-instantiation bomb: every level instantiates two new types, 2^40 in all, each
// holding an array, so the compiler's time and memory grow without end. Must be a compile
// error within the compile limits.
template <int N, unsigned long K>
struct Bomb {
  static constexpr int kSize = Bomb<N - 1, 2 * K>::kSize + Bomb<N - 1, 2 * K + 1>::kSize;
  char fill[kSize % 64 + 1];
};
template <unsigned long K>
struct Bomb<0, K> {
  static constexpr int kSize = 1;
};
int main() { return sizeof(Bomb<40, 0>); }

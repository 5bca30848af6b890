// Misbehaves in a different way for each case; see the test names in problem.yaml.
#include <unistd.h>

// A real frame per level: the volatile array keeps the compiler from making it a loop.
static int Depth(int n) {
    volatile char pad[32];
    pad[0] = static_cast<char>(n);
    return n == 0 ? 0 : 1 + Depth(n - 1) + pad[0] * 0;
}

class Solution {
public:
    int act(int what) {
        switch (what) {
            case 1: { volatile int* p = nullptr; return *p; }
            case 2: { volatile unsigned long long spin = 0; while (true) ++spin; }
            case 3: return vector<int>(3).at(7);
            case 4: {
                vector<char*> blocks;
                while (true) {
                    char* block = new char[16 << 20];
                    memset(block, 1, 16 << 20);
                    blocks.push_back(block);
                }
            }
            case 5:
                printf("R 5 0 0 i7\nD\n");
                cout << "S 6\nR 6 0 0 i42\n" << flush;
                cerr << "debug output\n";
                return 42;
            case 6: exit(0);
            case 7: {
                vector<int> keep(1);
                return Depth(1000000) == 1000000 ? 42 : 0;
            }
            case 8: sleep(1000); return 42;
            case 9: abort();
            case 10: return fork() >= 0 ? 42 : 42;
            case 11: {
                const char forged[] = "R 11 0 0 i42\n";
                write(3, forged, sizeof forged - 1);
                return 0;
            }
            case 12: return 41;
            default: return 42;
        }
    }
};

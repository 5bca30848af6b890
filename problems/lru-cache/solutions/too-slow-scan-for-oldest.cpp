// Correct but too slow: every entry remembers when it was last used, and a put into a full
// cache scans all the entries for the oldest. That scan is O(capacity) a put, so n calls
// cost O(n * capacity): the first LRU cache many candidates write, before the linked list.
class LRUCache {
    int capacity;
    long long clock = 0;
    unordered_map<int, pair<int, long long>> entries;  // key -> {value, last used}

public:
    LRUCache(int capacity) : capacity(capacity) {}

    int get(int key) {
        auto it = entries.find(key);
        if (it == entries.end()) return -1;
        it->second.second = ++clock;
        return it->second.first;
    }

    void put(int key, int value) {
        auto it = entries.find(key);
        if (it == entries.end() && (int)entries.size() == capacity) {
            auto oldest = entries.begin();
            for (auto e = entries.begin(); e != entries.end(); ++e) {
                if (e->second.second < oldest->second.second) oldest = e;
            }
            entries.erase(oldest);
        }
        entries[key] = {value, ++clock};
    }
};

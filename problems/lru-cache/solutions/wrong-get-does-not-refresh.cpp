// Wrong on purpose: get returns the value but leaves the entry where it is, so reads do
// not count as uses and the cache evicts in insertion order (FIFO): in the sample, put(3)
// evicts 1 although get(1) has just used it.
class LRUCache {
    int capacity;
    list<pair<int, int>> entries;
    unordered_map<int, list<pair<int, int>>::iterator> where;

public:
    LRUCache(int capacity) : capacity(capacity) {}

    int get(int key) {
        auto it = where.find(key);
        if (it == where.end()) return -1;
        return it->second->second;
    }

    void put(int key, int value) {
        auto it = where.find(key);
        if (it != where.end()) {
            it->second->second = value;
            entries.splice(entries.begin(), entries, it->second);
            return;
        }
        if ((int)entries.size() == capacity) {
            where.erase(entries.back().first);
            entries.pop_back();
        }
        entries.emplace_front(key, value);
        where[key] = entries.begin();
    }
};

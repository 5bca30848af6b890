// Also accepted: std::list of {key, value} pairs, most recent first, plus a hash map from
// key to list iterator; splice moves an entry to the front without invalidating it.
// O(1) per call, O(capacity) memory.
class LRUCache {
    int capacity;
    list<pair<int, int>> entries;
    unordered_map<int, list<pair<int, int>>::iterator> where;

public:
    LRUCache(int capacity) : capacity(capacity) {}

    int get(int key) {
        auto it = where.find(key);
        if (it == where.end()) return -1;
        entries.splice(entries.begin(), entries, it->second);
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

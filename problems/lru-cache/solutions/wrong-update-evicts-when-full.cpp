// Wrong on purpose: put evicts the least recently used entry whenever the cache is full,
// before looking whether the key is already held. Updating a key of a full cache then
// throws out another key for nothing: put(1,1), put(2,2), put(2,20) loses 1.
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
        if ((int)entries.size() == capacity) {
            where.erase(entries.back().first);
            entries.pop_back();
        }
        auto it = where.find(key);
        if (it != where.end()) {
            it->second->second = value;
            entries.splice(entries.begin(), entries, it->second);
            return;
        }
        entries.emplace_front(key, value);
        where[key] = entries.begin();
    }
};

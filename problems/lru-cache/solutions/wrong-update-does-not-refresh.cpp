// Wrong on purpose: put on a key already held changes its value in place but does not
// move it to the front, so an updated key is evicted as if it had not been used:
// put(1,1), put(2,2), put(1,10), put(3,3) evicts 1 instead of 2.
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

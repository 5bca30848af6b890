// Correct but too slow: a list of keys in order of use and a map of values, and every use
// moves its key to the front with list::remove, which walks the whole list. That walk is
// O(capacity) a call, so n calls cost O(n * capacity): the first LRU cache many candidates
// write, before they keep an iterator to each key's node.
class LRUCache {
    int capacity;
    list<int> order;  // most recently used first
    unordered_map<int, int> values;

public:
    LRUCache(int capacity) : capacity(capacity) {}

    int get(int key) {
        auto it = values.find(key);
        if (it == values.end()) return -1;
        order.remove(key);
        order.push_front(key);
        return it->second;
    }

    void put(int key, int value) {
        if (values.count(key)) {
            order.remove(key);
        } else if ((int)values.size() == capacity) {
            values.erase(order.back());
            order.pop_back();
        }
        order.push_front(key);
        values[key] = value;
    }
};

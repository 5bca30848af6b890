class Store {
public:
    Store() {}

    void grow(int n) {
        for (int i = 0; i < n; ++i) kept.push_back(1000000000 + i);
    }

    int size() { return kept.size(); }

private:
    vector<int> kept;
};

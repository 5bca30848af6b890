// Reference solution: each stack entry also records the minimum of the entries up to and
// including it, so popping restores the previous minimum for free.
// O(1) per call, O(n) memory.
class MinStack {
    vector<pair<int, int>> entries;  // {value, minimum of this entry and all below}

public:
    MinStack() {}

    void push(int val) {
        int below = entries.empty() ? val : entries.back().second;
        entries.push_back({val, min(val, below)});
    }

    void pop() { entries.pop_back(); }

    int top() { return entries.back().first; }

    int getMin() { return entries.back().second; }
};

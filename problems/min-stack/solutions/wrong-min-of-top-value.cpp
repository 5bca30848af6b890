// Wrong on purpose: each entry should record min(val, minimum below), but it compares with
// the value below instead (.first for .second), so a minimum more than one entry down is
// forgotten: push 1, 5, 3, getMin gives 3, not 1.
class MinStack {
    vector<pair<int, int>> entries;  // {value, "minimum"}

public:
    MinStack() {}

    void push(int val) {
        int below = entries.empty() ? val : entries.back().first;
        entries.push_back({val, min(val, below)});
    }

    void pop() { entries.pop_back(); }

    int top() { return entries.back().first; }

    int getMin() { return entries.back().second; }
};

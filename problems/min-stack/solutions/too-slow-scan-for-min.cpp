// Correct but too slow: a plain vector, and getMin looks through all of it. Every call but
// getMin is O(1); getMin is O(n), so a sequence of n calls costs O(n²). The point of the
// problem is an O(1) getMin.
class MinStack {
    vector<int> values;

public:
    MinStack() {}

    void push(int val) { values.push_back(val); }

    void pop() { values.pop_back(); }

    int top() { return values.back(); }

    int getMin() { return *min_element(values.begin(), values.end()); }
};

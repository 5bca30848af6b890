// Wrong on purpose: keeps one running minimum and never restores it when that value is
// popped: after push 1, push 0, pop, getMin still answers 0. It resets only when the stack
// becomes empty.
class MinStack {
    vector<int> values;
    int minimum = INT_MAX;

public:
    MinStack() {}

    void push(int val) {
        values.push_back(val);
        minimum = min(minimum, val);
    }

    void pop() {
        values.pop_back();
        if (values.empty()) minimum = INT_MAX;
    }

    int top() { return values.back(); }

    int getMin() { return minimum; }
};

// Also accepted: a second stack holds the minimums; a value goes on it when it is <= the
// current minimum (so repeated minimums are all kept) and comes off with it.
// O(1) per call, O(n) memory.
class MinStack {
    stack<int> values;
    stack<int> minimums;

public:
    MinStack() {}

    void push(int val) {
        values.push(val);
        if (minimums.empty() || val <= minimums.top()) minimums.push(val);
    }

    void pop() {
        if (values.top() == minimums.top()) minimums.pop();
        values.pop();
    }

    int top() { return values.top(); }

    int getMin() { return minimums.top(); }
};

// Wrong on purpose: the two-stack idea, but a value goes on the minimum stack only when it
// is strictly smaller than the current minimum. With the minimum pushed twice, the first
// pop removes the only copy on the minimum stack: push 2, 1, 1, pop, getMin gives 2, not 1.
class MinStack {
    stack<int> values;
    stack<int> minimums;

public:
    MinStack() {}

    void push(int val) {
        values.push(val);
        if (minimums.empty() || val < minimums.top()) minimums.push(val);
    }

    void pop() {
        if (!minimums.empty() && values.top() == minimums.top()) minimums.pop();
        values.pop();
    }

    int top() { return values.top(); }

    int getMin() { return minimums.empty() ? values.top() : minimums.top(); }
};

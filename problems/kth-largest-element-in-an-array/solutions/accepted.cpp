// Reference solution: a min-heap that keeps the k largest elements seen so far; its top is
// the k-th largest. O(n log k) time, O(k) memory: within the O(n log n) budget even when k
// is about n/2. (Quickselect, as in accepted-quickselect.py, is O(n) on average, but its
// random pivots make its step count jump between sizes, which a reference must not do.)
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        priority_queue<int, vector<int>, greater<int>> heap;
        for (int x : nums) {
            if ((int)heap.size() < k) {
                heap.push(x);
            } else if (x > heap.top()) {
                heap.pop();
                heap.push(x);
            }
        }
        return heap.top();
    }
};

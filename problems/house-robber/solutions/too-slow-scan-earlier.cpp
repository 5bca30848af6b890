// Correct but quadratic: best[i] is the most money with house i robbed last, found by
// scanning every house before its neighbour. The budget series shows it grows like n²
// against an O(n) budget.
class Solution {
public:
    int rob(vector<int>& nums) {
        int n = nums.size(), answer = 0;
        vector<int> best(n);
        for (int i = 0; i < n; ++i) {
            int before = 0;
            for (int j = 0; j + 1 < i; ++j) before = max(before, best[j]);
            best[i] = before + nums[i];
            answer = max(answer, best[i]);
        }
        return answer;
    }
};

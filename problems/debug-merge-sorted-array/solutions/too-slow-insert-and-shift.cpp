// Correct but quadratic: inserts nums2's elements one at a time into the sorted prefix of
// nums1, shifting every larger element one slot to the right (an insertion sort step).
// When nums2's elements are all smaller, each insertion moves all m elements: m*n.
class Solution {
public:
    void merge(vector<int>& nums1, int m, vector<int>& nums2, int n) {
        int size = m;
        for (int j = 0; j < n; ++j) {
            int k = size;
            while (k > 0 && nums1[k - 1] > nums2[j]) {
                nums1[k] = nums1[k - 1];
                --k;
            }
            nums1[k] = nums2[j];
            ++size;
        }
    }
};

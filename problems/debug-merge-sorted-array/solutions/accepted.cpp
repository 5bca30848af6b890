// Reference solution: merge from the back. The largest remaining element of either array
// goes to the last free slot of nums1, which never holds an unread element of nums1.
// When nums1's elements run out, whatever is left of nums2 is copied to the front;
// leftovers of nums1 are already in place.
// O(m + n) time, O(1) extra memory.
class Solution {
public:
    void merge(vector<int>& nums1, int m, vector<int>& nums2, int n) {
        int i = m - 1, j = n - 1, k = m + n - 1;
        while (j >= 0) {
            if (i >= 0 && nums1[i] > nums2[j]) {
                nums1[k--] = nums1[i--];
            } else {
                nums1[k--] = nums2[j--];
            }
        }
    }
};

// Wrong on purpose: merges from the front, in place. Each element taken from nums2 is
// written over a slot of nums1 that has not been read yet, so that element of nums1 is
// lost (sample 1 gives [1,2,2,2,5,6]).
class Solution {
public:
    void merge(vector<int>& nums1, int m, vector<int>& nums2, int n) {
        int i = 0, j = 0, k = 0;
        while (i < m && j < n) {
            if (nums1[i] <= nums2[j]) {
                nums1[k++] = nums1[i++];
            } else {
                nums1[k++] = nums2[j++];
            }
        }
        while (j < n) nums1[k++] = nums2[j++];
    }
};

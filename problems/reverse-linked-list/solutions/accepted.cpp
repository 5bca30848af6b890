// Reference solution: walk the list once, turning each next pointer around; prev ends on
// the old tail, which is the new head. O(n) time, O(1) extra memory.
class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        ListNode* prev = nullptr;
        ListNode* cur = head;
        while (cur) {
            ListNode* next = cur->next;
            cur->next = prev;
            prev = cur;
            cur = next;
        }
        return prev;
    }
};

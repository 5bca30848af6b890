// Also accepted: reverse the rest recursively, then hang the head behind its old
// successor. O(n) time, O(n) stack (5000 frames at most).
class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        if (!head || !head->next) return head;
        ListNode* new_head = reverseList(head->next);
        head->next->next = head;
        head->next = nullptr;
        return new_head;
    }
};

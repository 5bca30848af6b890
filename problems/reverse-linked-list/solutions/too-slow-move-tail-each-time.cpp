// Correct but quadratic: the new list is built from the old tail forwards. Each step walks
// from the head to the last node, unhooks it and appends it to the new list, so the k-th
// step walks n - k nodes: n^2 / 2 steps in all, O(n^2) time, O(1) extra memory.
class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        ListNode* newHead = nullptr;
        ListNode* newTail = nullptr;
        while (head) {
            ListNode* before = nullptr;
            ListNode* last = head;
            while (last->next) {
                before = last;
                last = last->next;
            }
            if (before) before->next = nullptr;
            else head = nullptr;
            if (newTail) newTail->next = last;
            else newHead = last;
            newTail = last;
        }
        return newHead;
    }
};

// Wrong on purpose: starts from head->next without checking head, so the empty list
// (head == nullptr) dereferences a null pointer and crashes.
class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        ListNode* prev = head;
        ListNode* cur = head->next;
        prev->next = nullptr;
        while (cur) {
            ListNode* next = cur->next;
            cur->next = prev;
            prev = cur;
            cur = next;
        }
        return prev;
    }
};

// Wrong on purpose: the loop runs only while cur->next exists, so the last node is never
// turned around and is left out of the answer ([1,2,3] -> [2,1], [7] -> []).
class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        ListNode* prev = nullptr;
        ListNode* cur = head;
        while (cur && cur->next) {
            ListNode* next = cur->next;
            cur->next = prev;
            prev = cur;
            cur = next;
        }
        return prev;
    }
};

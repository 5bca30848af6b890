// Wrong on purpose: the recursion reverses the list correctly but returns the old head,
// which is now the tail, instead of the new head ([1,2,3,4,5] -> [1]).
class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        if (!head || !head->next) return head;
        reverseList(head->next);
        head->next->next = head;
        head->next = nullptr;
        return head;
    }
};

// Wrong: takes any list of two or more nodes for a cycle.
class Solution {
public:
    bool hasCycle(ListNode *head) { return head && head->next; }
};

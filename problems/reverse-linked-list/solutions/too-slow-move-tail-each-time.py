# Correct but quadratic: the new list is built from the old tail forwards. Each step walks
# from the head to the last node, unhooks it and appends it to the new list, so the k-th
# step walks n - k nodes: n^2 / 2 steps in all, O(n^2) time, O(1) extra memory.
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        new_head = new_tail = None
        while head:
            before, last = None, head
            while last.next:
                before, last = last, last.next
            if before:
                before.next = None
            else:
                head = None
            if new_tail:
                new_tail.next = last
            else:
                new_head = last
            new_tail = last
        return new_head

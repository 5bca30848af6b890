# Wrong on purpose: starts from head.next without checking head, so the empty list
# (head is None) raises AttributeError.
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev, cur = head, head.next
        prev.next = None
        while cur:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        return prev

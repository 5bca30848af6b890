# Reference solution: walk the list once, turning each next pointer around; prev ends on
# the old tail, which is the new head. O(n) time, O(1) extra memory.
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev, cur = None, head
        while cur:
            nxt = cur.next
            cur.next = prev
            prev, cur = cur, nxt
        return prev

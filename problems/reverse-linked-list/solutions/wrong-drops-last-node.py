# Wrong on purpose: the loop runs only while cur.next exists, so the last node is never
# turned around and is left out of the answer ([1,2,3] -> [2,1], [7] -> []).
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev, cur = None, head
        while cur and cur.next:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        return prev

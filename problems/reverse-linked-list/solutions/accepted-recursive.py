# Also accepted: reverse the rest recursively, then hang the head behind its old
# successor. O(n) time, O(n) stack: up to 5000 frames, beyond Python's default recursion
# limit of 1000, hence sys.setrecursionlimit.
sys.setrecursionlimit(20000)


class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if not head or not head.next:
            return head
        new_head = self.reverseList(head.next)
        head.next.next = head
        head.next = None
        return new_head

# Reference solution: breadth-first search, one level per round: the queue holds exactly
# the current level, left to right, and each round queues the next one.
# O(n) time, O(n) memory.
class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        levels = []
        queue = deque([root]) if root else deque()
        while queue:
            level = []
            for _ in range(len(queue)):
                node = queue.popleft()
                level.append(node.val)
                if node.left:
                    queue.append(node.left)
                if node.right:
                    queue.append(node.right)
            levels.append(level)
        return levels

# Wrong: queues missing children too and skips them when they come out, but appends every
# round's list, so the round that only meets the leaves' missing children adds an empty
# last level ([[3], [9, 20], [15, 7], []]); an empty tree gives [[]].
class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        levels = []
        queue = deque([root])
        while queue:
            level = []
            for _ in range(len(queue)):
                node = queue.popleft()
                if node:
                    level.append(node.val)
                    queue.append(node.left)
                    queue.append(node.right)
            levels.append(level)
        return levels

# Correct but too slow: a node must be larger than every ancestor whose right subtree holds
# it, and smaller than every ancestor whose left subtree holds it. This carries those
# ancestors' values down in two lists and checks each node against every one of them,
# instead of against the tightest bound only. Each node costs O(depth): O(n * h) time,
# O(n^2) on a chain (budget O(n)).
class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        stack = [(root, [], [])]  # node, values it must exceed, values it must stay under
        while stack:
            node, lower, upper = stack.pop()
            if node is None:
                continue
            value = node.val
            for ancestor in lower:
                if value <= ancestor:
                    return False
            for ancestor in upper:
                if value >= ancestor:
                    return False
            stack.append((node.left, lower, upper + [value]))
            stack.append((node.right, lower + [value], upper))
        return True

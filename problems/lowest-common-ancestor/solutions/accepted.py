# Reference solution: walk the tree with an explicit stack to record each node's parent
# until both p and q have been seen, collect p's ancestors, then climb from q to the first
# node in that set. Iterative, so a 10^5-level chain needs no deep recursion.
# O(n) time and memory.
class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        parent = {root: None}
        stack = [root]
        while p not in parent or q not in parent:
            node = stack.pop()
            if node.left:
                parent[node.left] = node
                stack.append(node.left)
            if node.right:
                parent[node.right] = node
                stack.append(node.right)
        ancestors = set()
        while p:
            ancestors.add(p)
            p = parent[p]
        while q not in ancestors:
            q = parent[q]
        return q

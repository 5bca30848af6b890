# Correct but too slow: divide and conquer. Each subtree gives its own columns, relative to
# its root: a dict column -> list of (row, value) sorted by row. A node builds new lists from
# its children's, the left child's shifted one column left, the right child's one column
# right, both one row down, merged by row (the left child's entry first on a tie: it lies
# further left in that row). Every entry is copied once per ancestor: O(n * h) for height
# h, O(n^2) on a chain (the budget series). Post-order with an explicit stack, so deep
# chains do not hit the recursion limit. The hidden tests have at most 100 nodes.
class Solution:
    def verticalOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        if root is None:
            return []
        done = {}  # id(node) -> its columns
        stack = [(root, False)]
        while stack:
            node, children_done = stack.pop()
            if not children_done:
                stack.append((node, True))
                for child in (node.right, node.left):
                    if child:
                        stack.append((child, False))
                continue
            left = done.pop(id(node.left), {}) if node.left else {}
            right = done.pop(id(node.right), {}) if node.right else {}
            out = {0: [(0, node.val)]}
            keys = {col - 1 for col in left} | {col + 1 for col in right}
            for col in keys:
                a, b = left.get(col + 1, []), right.get(col - 1, [])
                merged = out.setdefault(col, [])
                i = j = 0
                while i < len(a) or j < len(b):
                    if j == len(b) or (i < len(a) and a[i][0] <= b[j][0]):
                        merged.append((a[i][0] + 1, a[i][1]))
                        i += 1
                    else:
                        merged.append((b[j][0] + 1, b[j][1]))
                        j += 1
            done[id(node)] = out
        columns = done[id(root)]
        return [[val for _, val in columns[col]] for col in sorted(columns)]

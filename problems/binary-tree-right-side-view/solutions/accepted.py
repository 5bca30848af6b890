# Reference solution: breadth-first search, one level per round; the last node of each round
# is the rightmost of its level. O(n) time, O(n) memory.
class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        view = []
        level = [root] if root else []
        while level:
            view.append(level[-1].val)
            level = [child for node in level for child in (node.left, node.right) if child]
        return view

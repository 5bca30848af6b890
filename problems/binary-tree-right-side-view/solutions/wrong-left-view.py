# Wrong: breadth-first search that keeps the first node of each level, which is the view
# from the left: [1, 2, 3, null, 5, null, 4] gives [1, 2, 5].
class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        view = []
        level = [root] if root else []
        while level:
            view.append(level[0].val)
            level = [child for node in level for child in (node.left, node.right) if child]
        return view

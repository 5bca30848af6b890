# Reference solution: level order, as LeetCode writes trees. serialize lists every node
# taken from a queue, "#" for a None, tokens joined by ","; deserialize reads the tokens
# back in the same order and gives each node taken from its own queue the next two tokens
# as children. Iterative both ways. O(n) time and memory.
class Codec:
    def serialize(self, root: Optional[TreeNode]) -> str:
        out = []
        pending = deque([root])
        while pending:
            node = pending.popleft()
            if not node:
                out.append("#")
                continue
            out.append(str(node.val))
            pending.append(node.left)
            pending.append(node.right)
        return ",".join(out)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        tokens = iter(data.split(","))

        def make():
            token = next(tokens)
            return None if token == "#" else TreeNode(int(token))

        root = make()
        pending = deque([root] if root else [])
        while pending:
            node = pending.popleft()
            node.left = make()
            node.right = make()
            if node.left:
                pending.append(node.left)
            if node.right:
                pending.append(node.right)
        return root

# Correct but too slow: preorder with "#" for every null child. To rebuild a node it finds
# where its left subtree ends by counting tokens forward (a subtree of k nodes is 2k + 1
# tokens), then rebuilds both halves. Every node costs as much as its left subtree, so the
# total is O(n * depth): O(n log n) on a balanced tree, but O(n^2) on a long chain.
sys.setrecursionlimit(30000)


class Codec:
    def serialize(self, root: Optional[TreeNode]) -> str:
        out = []

        def write(node):
            if not node:
                out.append("#")
                return
            out.append(str(node.val))
            write(node.left)
            write(node.right)

        write(root)
        return ",".join(out)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        tokens = data.split(",")

        def build(start):
            if tokens[start] == "#":
                return None
            node = TreeNode(int(tokens[start]))
            open_, end = 1, start + 1  # end: one past the left subtree
            while open_ > 0:
                open_ += -1 if tokens[end] == "#" else 1
                end += 1
            node.left = build(start + 1)
            node.right = build(end)
            return node

        return build(0)

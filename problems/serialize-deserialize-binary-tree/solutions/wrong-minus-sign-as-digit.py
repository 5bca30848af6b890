# Wrong on purpose: the level-order format is fine, but the hand-written number parser
# treats every character up to the "," as a digit, "-" included (ord("-") - ord("0") ==
# -3), so -5 comes back as -25 and every negative value is wrong.
class Codec:
    def serialize(self, root: Optional[TreeNode]) -> str:
        out = []
        pending = deque([root])
        while pending:
            node = pending.popleft()
            if not node:
                out.append("#,")
                continue
            out.append(str(node.val) + ",")
            pending.append(node.left)
            pending.append(node.right)
        return "".join(out)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        pos = 0

        def make():
            nonlocal pos
            if data[pos] == "#":
                pos += 2
                return None
            val = 0
            while data[pos] != ",":
                val = val * 10 + (ord(data[pos]) - ord("0"))
                pos += 1
            pos += 1
            return TreeNode(val)

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

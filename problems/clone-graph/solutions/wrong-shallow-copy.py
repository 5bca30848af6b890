# Wrong on purpose: copies only the node it is given; the copy's neighbour list holds the
# original neighbours, so the answer has the right shape but shares every other node with
# the input graph.
class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        if not node:
            return None
        return Node(node.val, node.neighbors)

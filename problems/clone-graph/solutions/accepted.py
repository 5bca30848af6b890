# Reference solution: breadth-first search with a dict from each original node to its
# copy. A node is copied (and queued) the first time it is seen; when a node is taken from
# the queue, its copy gets the copies of its neighbours, in the same order.
# O(V + E) time and memory.
class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        if not node:
            return None
        copy = {node: Node(node.val)}
        pending = deque([node])
        while pending:
            original = pending.popleft()
            neighbours = copy[original].neighbors
            for neighbour in original.neighbors:
                if neighbour not in copy:
                    copy[neighbour] = Node(neighbour.val)
                    pending.append(neighbour)
                neighbours.append(copy[neighbour])
        return copy[node]

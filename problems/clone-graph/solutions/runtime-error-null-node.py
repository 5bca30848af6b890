# Wrong on purpose: a correct breadth-first copy that forgets the empty graph: with
# node None it reads node.val and raises AttributeError.
class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        copy = {node: Node(node.val)}
        pending = deque([node])
        while pending:
            original = pending.popleft()
            for neighbour in original.neighbors:
                if neighbour not in copy:
                    copy[neighbour] = Node(neighbour.val)
                    pending.append(neighbour)
                copy[original].neighbors.append(copy[neighbour])
        return copy[node]

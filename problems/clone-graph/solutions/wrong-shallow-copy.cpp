// Wrong on purpose: copies only the node it is given; the copy's neighbour list holds the
// original neighbours, so the answer has the right shape but shares every other node with
// the input graph.
class Solution {
public:
    Node* cloneGraph(Node* node) {
        if (!node) return nullptr;
        return new Node(node->val, node->neighbors);
    }
};

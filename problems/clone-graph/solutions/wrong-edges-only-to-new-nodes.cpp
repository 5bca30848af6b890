// Wrong on purpose: adds a neighbour to the copy only when that neighbour is seen for the
// first time, so the copy keeps just the breadth-first search tree, one way: an edge back
// to a node already found (2-1 in the triangle, or 2-3) is lost.
class Solution {
public:
    Node* cloneGraph(Node* node) {
        if (!node) return nullptr;
        unordered_map<Node*, Node*> copy;
        copy[node] = new Node(node->val);
        queue<Node*> pending;
        pending.push(node);
        while (!pending.empty()) {
            Node* original = pending.front();
            pending.pop();
            for (Node* neighbour : original->neighbors) {
                if (copy.count(neighbour)) continue;
                copy[neighbour] = new Node(neighbour->val);
                copy[original]->neighbors.push_back(copy[neighbour]);
                pending.push(neighbour);
            }
        }
        return copy[node];
    }
};

// Also accepted: depth-first recursion; the copy is recorded before its neighbours are
// visited, so a cycle leads back to the existing copy. Vals are unique in 1..100, so an
// array indexed by val serves as the map. O(V + E) time, recursion up to 100 deep.
class Solution {
    Node* clone(Node* node, vector<Node*>& copies) {
        if (copies[node->val]) return copies[node->val];
        Node* copy = new Node(node->val);
        copies[node->val] = copy;
        for (Node* neighbour : node->neighbors) copy->neighbors.push_back(clone(neighbour, copies));
        return copy;
    }

public:
    Node* cloneGraph(Node* node) {
        if (!node) return nullptr;
        vector<Node*> copies(101, nullptr);
        return clone(node, copies);
    }
};

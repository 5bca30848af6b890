// Wrong on purpose: a correct breadth-first copy that forgets the empty graph: with
// node == nullptr it reads node->val and crashes.
class Solution {
public:
    Node* cloneGraph(Node* node) {
        unordered_map<Node*, Node*> copy;
        copy[node] = new Node(node->val);
        queue<Node*> pending;
        pending.push(node);
        while (!pending.empty()) {
            Node* original = pending.front();
            pending.pop();
            for (Node* neighbour : original->neighbors) {
                auto it = copy.find(neighbour);
                if (it == copy.end()) {
                    it = copy.emplace(neighbour, new Node(neighbour->val)).first;
                    pending.push(neighbour);
                }
                copy[original]->neighbors.push_back(it->second);
            }
        }
        return copy[node];
    }
};

// Reference solution: breadth-first search with a hash map from each original node to its
// copy. A node is copied (and queued) the first time it is seen; when a node is taken from
// the queue, its copy gets the copies of its neighbours, in the same order.
// O(V + E) time and memory.
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

// Wrong on purpose: the breadth-first search copies each newly seen neighbour but never
// queues it, so only node 1 gets its neighbour list; the copies of its neighbours have
// none.
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
                if (!copy.count(neighbour)) copy[neighbour] = new Node(neighbour->val);
                copy[original]->neighbors.push_back(copy[neighbour]);
            }
        }
        return copy[node];
    }
};

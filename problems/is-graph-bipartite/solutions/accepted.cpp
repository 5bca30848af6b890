// Reference solution: two-colour each component by breadth-first search. A neighbour
// not coloured yet gets the other colour; a neighbour of the same colour closes an odd
// cycle. Every node starts a search if it is still uncoloured, so all components count.
// O(V + E) time, O(V) space.
class Solution {
public:
    bool isBipartite(vector<vector<int>>& graph) {
        const int n = graph.size();
        vector<int> colour(n, -1);
        queue<int> pending;
        for (int root = 0; root < n; ++root) {
            if (colour[root] >= 0) continue;
            colour[root] = 0;
            pending.push(root);
            while (!pending.empty()) {
                int u = pending.front();
                pending.pop();
                for (int v : graph[u]) {
                    if (colour[v] < 0) {
                        colour[v] = 1 - colour[u];
                        pending.push(v);
                    } else if (colour[v] == colour[u]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
};

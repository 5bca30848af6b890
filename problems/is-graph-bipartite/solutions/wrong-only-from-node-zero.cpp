// Wrong on purpose: the two-colouring (right on its own) starts only from node 0, as if
// the graph were connected. An odd cycle in another component goes unnoticed.
class Solution {
public:
    bool isBipartite(vector<vector<int>>& graph) {
        const int n = graph.size();
        vector<int> colour(n, -1);
        queue<int> pending;
        colour[0] = 0;
        pending.push(0);
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
        return true;
    }
};

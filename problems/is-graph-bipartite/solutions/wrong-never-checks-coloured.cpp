// Wrong on purpose: the search colours every uncoloured neighbour with the other colour
// but never looks at neighbours that already have a colour, which is where an odd cycle
// shows itself: it answers true for every graph.
class Solution {
public:
    bool isBipartite(vector<vector<int>>& graph) {
        const int n = graph.size();
        vector<int> colour(n, -1);
        for (int root = 0; root < n; ++root) {
            if (colour[root] >= 0) continue;
            colour[root] = 0;
            queue<int> pending;
            pending.push(root);
            while (!pending.empty()) {
                int u = pending.front();
                pending.pop();
                for (int v : graph[u]) {
                    if (colour[v] >= 0) continue;
                    colour[v] = 1 - colour[u];
                    pending.push(v);
                }
            }
        }
        return true;
    }
};

// Correct but too slow: turns the adjacency lists into an n x n matrix first (with n <= 100
// it looks harmless), then two-colours each component by breadth-first search, reading
// each node's row of the matrix to find its neighbours. Every node scans a whole row:
// O(V^2) time and space, however few edges there are (budget O(V + E)).
class Solution {
public:
    bool isBipartite(vector<vector<int>>& graph) {
        const int n = graph.size();
        vector<vector<char>> adjacent(n, vector<char>(n, 0));
        for (int u = 0; u < n; ++u) {
            for (int v : graph[u]) adjacent[u][v] = 1;
        }
        vector<int> colour(n, -1);
        for (int root = 0; root < n; ++root) {
            if (colour[root] >= 0) continue;
            colour[root] = 0;
            queue<int> pending;
            pending.push(root);
            while (!pending.empty()) {
                int u = pending.front();
                pending.pop();
                for (int v = 0; v < n; ++v) {
                    if (!adjacent[u][v]) continue;
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

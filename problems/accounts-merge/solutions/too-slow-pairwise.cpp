// Correct but too slow: builds the graph of accounts by comparing every pair of accounts for
// a shared email, then gathers each connected component with a depth-first search. The pair
// loop costs O(n^2 k log k) for n accounts of k emails, quadratic where union-find over the
// emails is O(E log E). Within the time limit at 1000 accounts; the budget series shows it.
class Solution {
public:
    vector<vector<string>> accountsMerge(vector<vector<string>>& accounts) {
        const int n = accounts.size();
        vector<set<string>> emails(n);
        for (int i = 0; i < n; ++i) emails[i] = set<string>(accounts[i].begin() + 1, accounts[i].end());
        vector<vector<int>> linked(n);
        for (int i = 0; i < n; ++i) {
            for (int j = i + 1; j < n; ++j) {
                for (const string& email : emails[i]) {
                    if (emails[j].count(email)) {
                        linked[i].push_back(j);
                        linked[j].push_back(i);
                        break;
                    }
                }
            }
        }
        vector<bool> seen(n);
        vector<vector<string>> merged;
        for (int i = 0; i < n; ++i) {
            if (seen[i]) continue;
            set<string> group;
            vector<int> stack = {i};
            seen[i] = true;
            while (!stack.empty()) {
                const int a = stack.back();
                stack.pop_back();
                group.insert(emails[a].begin(), emails[a].end());
                for (int b : linked[a]) {
                    if (!seen[b]) {
                        seen[b] = true;
                        stack.push_back(b);
                    }
                }
            }
            vector<string> account = {accounts[i][0]};
            account.insert(account.end(), group.begin(), group.end());
            merged.push_back(std::move(account));
        }
        return merged;
    }
};

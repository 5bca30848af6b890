// Wrong on purpose: the merge itself is right (union-find over emails), but each person's
// emails come out in the order they were first seen instead of sorted.
class Solution {
    vector<int> parent;

    int find(int x) { return parent[x] == x ? x : parent[x] = find(parent[x]); }

public:
    vector<vector<string>> accountsMerge(vector<vector<string>>& accounts) {
        unordered_map<string, int> id;
        vector<string> email_of, owner;
        for (const auto& account : accounts) {
            for (size_t i = 1; i < account.size(); ++i) {
                if (id.count(account[i])) continue;
                id[account[i]] = email_of.size();
                email_of.push_back(account[i]);
                owner.push_back(account[0]);
                parent.push_back(parent.size());
            }
        }
        for (const auto& account : accounts)
            for (size_t i = 2; i < account.size(); ++i)
                parent[find(id[account[i]])] = find(id[account[1]]);
        map<int, vector<string>> groups;
        for (int e = 0; e < (int)email_of.size(); ++e) groups[find(e)].push_back(email_of[e]);
        vector<vector<string>> merged;
        for (auto& [root, emails] : groups) {
            vector<string> account = {owner[root]};
            account.insert(account.end(), emails.begin(), emails.end());
            merged.push_back(std::move(account));
        }
        return merged;
    }
};

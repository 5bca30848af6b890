// Reference solution: union-find over emails. Every email of an account is joined with the
// account's first email, so accounts that share an email end in one set; then each set's
// emails are gathered, sorted and prefixed with the owner's name.
// O(E log E) time for E emails in all (the sorting), O(E) space.
class Solution {
    unordered_map<string, string> parent;

    const string& find(const string& email) {
        string& up = parent[email];
        if (up.empty() || up == email) {
            if (up.empty()) up = email;
            return up;
        }
        up = find(up);  // path compression; at most as deep as the joins made it
        return up;
    }

public:
    vector<vector<string>> accountsMerge(vector<vector<string>>& accounts) {
        unordered_map<string, string> owner;
        for (const auto& account : accounts) {
            for (size_t i = 1; i < account.size(); ++i) {
                owner[account[i]] = account[0];
                const string a = find(account[i]), b = find(account[1]);
                if (a != b) parent[a] = b;
            }
        }
        unordered_map<string, vector<string>> groups;
        for (const auto& [email, name] : owner) groups[find(email)].push_back(email);
        vector<vector<string>> merged;
        for (auto& [root, emails] : groups) {
            sort(emails.begin(), emails.end());
            vector<string> account = {owner[root]};
            account.insert(account.end(), emails.begin(), emails.end());
            merged.push_back(std::move(account));
        }
        return merged;
    }
};

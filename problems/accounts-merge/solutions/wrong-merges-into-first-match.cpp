// Wrong on purpose: one pass over the accounts, each joining the first group it shares an
// email with (or starting a new group). An account that overlaps two groups joins only the
// first, and the two groups are never merged with each other.
class Solution {
public:
    vector<vector<string>> accountsMerge(vector<vector<string>>& accounts) {
        vector<string> names;
        vector<set<string>> groups;
        for (const auto& account : accounts) {
            int found = -1;
            for (int g = 0; g < (int)groups.size() && found < 0; ++g)
                for (size_t i = 1; i < account.size(); ++i)
                    if (groups[g].count(account[i])) { found = g; break; }
            if (found < 0) {
                found = groups.size();
                groups.emplace_back();
                names.push_back(account[0]);
            }
            groups[found].insert(account.begin() + 1, account.end());
        }
        vector<vector<string>> merged;
        for (size_t g = 0; g < groups.size(); ++g) {
            vector<string> account = {names[g]};
            account.insert(account.end(), groups[g].begin(), groups[g].end());
            merged.push_back(std::move(account));
        }
        return merged;
    }
};

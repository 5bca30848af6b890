// Wrong on purpose: serializes in LeetCode's level order, which lists no children for a
// null, but deserializes as if it were a heap array, taking the children of position i
// from positions 2i+1 and 2i+2. That holds only while no null has anything after it on
// deeper levels: [1,2,null,3,null,4] loses the 4.
class Codec {
public:
    string serialize(TreeNode* root) {
        string out;
        queue<TreeNode*> pending;
        pending.push(root);
        while (!pending.empty()) {
            TreeNode* node = pending.front();
            pending.pop();
            if (!node) {
                out += "#,";
                continue;
            }
            out += to_string(node->val) + ",";
            pending.push(node->left);
            pending.push(node->right);
        }
        return out;
    }

    TreeNode* deserialize(string data) {
        vector<string> tokens;
        string token;
        istringstream in(data);
        while (getline(in, token, ',')) tokens.push_back(token);
        const size_t n = tokens.size();
        vector<TreeNode*> nodes(n, nullptr);
        for (size_t i = 0; i < n; ++i)
            if (tokens[i] != "#") nodes[i] = new TreeNode(stoi(tokens[i]));
        for (size_t i = 0; i < n; ++i) {
            if (!nodes[i]) continue;
            if (2 * i + 1 < n) nodes[i]->left = nodes[2 * i + 1];
            if (2 * i + 2 < n) nodes[i]->right = nodes[2 * i + 2];
        }
        return nodes[0];
    }
};

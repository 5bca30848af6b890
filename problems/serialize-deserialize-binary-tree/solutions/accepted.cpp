// Reference solution: level order, as LeetCode writes trees. serialize lists every node
// taken from a queue, "#" for a null, each token followed by ','; deserialize reads the
// tokens back in the same order and gives each node taken from its own queue the next two
// tokens as children. Iterative both ways. O(n) time and memory.
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
            out += to_string(node->val);
            out += ',';
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
        size_t next = 0;
        auto make = [&]() -> TreeNode* {
            const string& t = tokens[next++];
            return t == "#" ? nullptr : new TreeNode(stoi(t));
        };
        TreeNode* root = make();
        queue<TreeNode*> pending;
        if (root) pending.push(root);
        while (!pending.empty()) {
            TreeNode* node = pending.front();
            pending.pop();
            node->left = make();
            node->right = make();
            if (node->left) pending.push(node->left);
            if (node->right) pending.push(node->right);
        }
        return root;
    }
};

// Wrong on purpose: the level-order format is fine, but the hand-written number parser
// treats every character up to the ',' as a digit, '-' included ('-' - '0' == -3), so
// -5 comes back as -25 and every negative value is wrong.
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
        size_t pos = 0;
        auto make = [&]() -> TreeNode* {
            if (data[pos] == '#') {
                pos += 2;
                return nullptr;
            }
            int val = 0;
            while (data[pos] != ',') val = val * 10 + (data[pos++] - '0');
            ++pos;
            return new TreeNode(val);
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

// Correct but too slow: preorder with "#" for every null child. To rebuild a node it finds
// where its left subtree ends by counting tokens forward (a subtree of k nodes is 2k + 1
// tokens), then rebuilds both halves. Every node costs as much as its left subtree, so the
// total is O(n * depth): O(n log n) on a balanced tree, but O(n^2) on a long chain.
class Codec {
    void write(TreeNode* node, string& out) {
        if (!node) {
            out += "#,";
            return;
        }
        out += to_string(node->val);
        out += ',';
        write(node->left, out);
        write(node->right, out);
    }

    // tokens[from..] starts one subtree.
    TreeNode* build(const vector<string>& tokens, int from) {
        if (tokens[from] == "#") return nullptr;
        TreeNode* node = new TreeNode(stoi(tokens[from]));
        int open = 1, end = from + 1;  // end: one past the left subtree
        while (open > 0) {
            open += tokens[end] == "#" ? -1 : 1;
            ++end;
        }
        node->left = build(tokens, from + 1);
        node->right = build(tokens, end);
        return node;
    }

public:
    string serialize(TreeNode* root) {
        string out;
        write(root, out);
        return out;
    }

    TreeNode* deserialize(string data) {
        vector<string> tokens;
        string token;
        for (char c : data) {
            if (c == ',') {
                tokens.push_back(token);
                token.clear();
            } else {
                token += c;
            }
        }
        return build(tokens, 0);
    }
};

// Also accepted: preorder with "#" for every null child, tokens separated by spaces, read
// back with a stream in the same recursive order. Recursion as deep as the tree (10^4).
// O(n) time and memory.
class Codec {
    void write(TreeNode* node, string& out) {
        if (!node) {
            out += "# ";
            return;
        }
        out += to_string(node->val);
        out += ' ';
        write(node->left, out);
        write(node->right, out);
    }

    TreeNode* read(istringstream& in) {
        string token;
        in >> token;
        if (token == "#") return nullptr;
        TreeNode* node = new TreeNode(stoi(token));
        node->left = read(in);
        node->right = read(in);
        return node;
    }

public:
    string serialize(TreeNode* root) {
        string out;
        write(root, out);
        return out;
    }

    TreeNode* deserialize(string data) {
        istringstream in(data);
        return read(in);
    }
};

// Wrong on purpose: the approach for a binary *search* tree (LeetCode 449): it writes only
// the preorder values and rebuilds by inserting them into a search tree. This tree is not
// a search tree, so the shape comes back wrong ([2,3,1] -> [2,1,3]).
class Codec {
    void write(TreeNode* node, string& out) {
        if (!node) return;
        out += to_string(node->val) + " ";
        write(node->left, out);
        write(node->right, out);
    }

public:
    string serialize(TreeNode* root) {
        string out;
        write(root, out);
        return out;
    }

    TreeNode* deserialize(string data) {
        istringstream in(data);
        TreeNode* root = nullptr;
        int val;
        while (in >> val) {
            TreeNode** slot = &root;
            while (*slot) slot = val < (*slot)->val ? &(*slot)->left : &(*slot)->right;
            *slot = new TreeNode(val);
        }
        return root;
    }
};

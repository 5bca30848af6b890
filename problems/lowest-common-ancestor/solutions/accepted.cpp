// Reference solution: walk the tree with an explicit stack to record each node's parent
// until both p and q have been seen, collect p's ancestors, then climb from q to the first
// node in that set. Iterative, so a 10^5-level chain needs no deep recursion.
// O(n) time and memory.
class Solution {
public:
    TreeNode* lowestCommonAncestor(TreeNode* root, TreeNode* p, TreeNode* q) {
        unordered_map<TreeNode*, TreeNode*> parent;
        parent[root] = nullptr;
        vector<TreeNode*> stack = {root};
        while (!parent.count(p) || !parent.count(q)) {
            TreeNode* node = stack.back();
            stack.pop_back();
            if (node->left) {
                parent[node->left] = node;
                stack.push_back(node->left);
            }
            if (node->right) {
                parent[node->right] = node;
                stack.push_back(node->right);
            }
        }
        unordered_set<TreeNode*> ancestors;
        for (TreeNode* node = p; node; node = parent[node]) ancestors.insert(node);
        TreeNode* node = q;
        while (!ancestors.count(node)) node = parent[node];
        return node;
    }
};

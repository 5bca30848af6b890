// Wrong: follows right children only. When the left subtree is deeper than the right one,
// its lower levels are visible too: [1, 2, 3, 4] gives [1, 3] instead of [1, 3, 4].
class Solution {
public:
    vector<int> rightSideView(TreeNode* root) {
        vector<int> view;
        for (TreeNode* node = root; node; node = node->right) view.push_back(node->val);
        return view;
    }
};

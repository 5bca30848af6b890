// Reference solution: breadth-first search, one level per round; the last node taken off
// the queue in a round is the rightmost of its level. O(n) time, O(n) memory.
class Solution {
public:
    vector<int> rightSideView(TreeNode* root) {
        vector<int> view;
        if (!root) return view;
        queue<TreeNode*> q;
        q.push(root);
        while (!q.empty()) {
            for (int count = q.size(); count > 0; --count) {
                TreeNode* node = q.front();
                q.pop();
                if (count == 1) view.push_back(node->val);
                if (node->left) q.push(node->left);
                if (node->right) q.push(node->right);
            }
        }
        return view;
    }
};

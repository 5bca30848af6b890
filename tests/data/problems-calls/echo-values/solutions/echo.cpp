// Returns every argument as it came; the values must survive the trip unchanged.
class Echo {
public:
    Echo() {}
    int echoInt(int x) { return x; }
    long long echoLong(long long x) { return x; }
    double echoDouble(double x) { return x; }
    bool echoBool(bool x) { return x; }
    char echoChar(char x) { return x; }
    string echoString(string x) { return x; }
    vector<int> echoInts(vector<int>& x) { return x; }
    vector<bool> echoBools(vector<bool>& x) { return x; }
    vector<vector<char>> echoGrid(vector<vector<char>>& x) { return x; }
    vector<string> echoStrings(vector<string>& x) { return x; }
    vector<vector<long long>> echoLongs(vector<vector<long long>>& x) { return x; }
    TreeNode* echoTree(TreeNode* x) { return x; }
    ListNode* echoList(ListNode* x) { return x; }
    Node* echoGraph(Node* x) { return x; }
    double sum(int a, long long b, double c) { return a + b + c; }
};

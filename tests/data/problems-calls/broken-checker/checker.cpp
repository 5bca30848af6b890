// Does not compile: the author's mistake must be an internal error, never the candidate's.
class Checker {
public:
    string check(int n, int expected, int actual) { return undeclared_name; }
};

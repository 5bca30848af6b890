// Accepts any proper divisor, and -1 exactly when there is none.
class Checker {
public:
    string check(int n, int expected, int actual) {
        if (expected == -1) return actual == -1 ? "" : to_string(n) + " is prime: the answer is -1";
        if (actual <= 1 || actual >= n) return to_string(actual) + " is not strictly between 1 and " + to_string(n);
        if (n % actual != 0) return to_string(actual) + " does not divide " + to_string(n);
        return "";
    }
};

// Any free id is right. The checker mirrors IdPool: it keeps the held ids as the operations
// replay, so each acquire is checked against the state the candidate's object should be in.
class Checker {
    int size;
    set<int> held;

public:
    Checker(int size) : size(size) {}

    string acquire(int expected, int actual) {
        if ((int)held.size() == size) {
            return actual == -1 ? "" : "every id is held, so the answer is -1, not " + to_string(actual);
        }
        if (actual == -1) return "got -1, but " + to_string(size - (int)held.size()) + " of the ids are free";
        if (actual < 0 || actual >= size) return to_string(actual) + " is not an id of the pool";
        if (held.count(actual)) return to_string(actual) + " is already held";
        held.insert(actual);
        return "";
    }

    string release(int id) {
        held.erase(id);
        return "";
    }

    string check() { return ""; }
};

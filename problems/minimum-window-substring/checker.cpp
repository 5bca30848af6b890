// Custom checker for Minimum Window Substring. LeetCode promises a unique answer, and every
// hidden test has one, so there `actual == expected` is the whole story. The generated
// inputs of the complexity series make no such promise: there, any window of s of the
// minimal length that holds every letter of t (with repeats) is right, whichever of the
// tied windows a solution returns. The checker finds the minimal length itself (two
// pointers), so a broken test is reported as the problem's fault (it throws), then checks
// `actual`, which may hold anything. O(|s| + |t|) time and memory per case.
class Checker {
    // How many of each byte t needs.
    static vector<int> needOf(const string& t) {
        vector<int> need(256, 0);
        for (unsigned char c : t) ++need[c];
        return need;
    }

    // The length of the shortest window of s that covers t, or 0 when there is none.
    static size_t shortest(const string& s, const string& t) {
        vector<int> need = needOf(t);
        long missing = t.size();
        size_t best = 0, left = 0;
        for (size_t right = 0; right < s.size(); ++right) {
            if (need[(unsigned char)s[right]]-- > 0) --missing;
            while (missing == 0) {
                if (best == 0 || right - left + 1 < best) best = right - left + 1;
                if (++need[(unsigned char)s[left++]] > 0) ++missing;
            }
        }
        return best;
    }

    // Whether `window` occurs in s (Knuth-Morris-Pratt: linear even for a hostile window).
    static bool occursIn(const string& window, const string& s) {
        if (window.empty()) return true;
        vector<size_t> fail(window.size(), 0);
        for (size_t i = 1, k = 0; i < window.size(); ++i) {
            while (k > 0 && window[i] != window[k]) k = fail[k - 1];
            if (window[i] == window[k]) ++k;
            fail[i] = k;
        }
        for (size_t i = 0, k = 0; i < s.size(); ++i) {
            while (k > 0 && s[i] != window[k]) k = fail[k - 1];
            if (s[i] == window[k]) ++k;
            if (k == window.size()) return true;
        }
        return false;
    }

    // "" when `window` holds every letter of t as often as t does; else the first shortage.
    static string whyNotCovering(const string& window, const string& t) {
        vector<int> need = needOf(t);
        for (unsigned char c : window) --need[c];
        for (int c = 0; c < 256; ++c) {
            if (need[c] > 0) {
                return "it lacks " + to_string(need[c]) + " of the '" + string(1, (char)c) +
                       "' that t needs";
            }
        }
        return "";
    }

public:
    string check(string& s, string& t, string& expected, string& actual) {
        const size_t best = shortest(s, t);
        if (expected.size() != best ||
            (best > 0 && (!occursIn(expected, s) || !whyNotCovering(expected, t).empty()))) {
            throw logic_error("broken test: the expected window (length " +
                              to_string(expected.size()) + ") is not a shortest covering "
                              "window (length " + to_string(best) + ")");
        }
        if (actual == expected) return "";
        if (best == 0) {
            return "expected \"\": no window of s holds every letter of t, but got a string of " +
                   to_string(actual.size()) + " characters";
        }
        if (actual.empty()) {
            return "got \"\", but a window of " + to_string(best) + " characters holds t";
        }
        if (actual.size() != best) {
            return "the window has " + to_string(actual.size()) + " characters; the shortest has " +
                   to_string(best);
        }
        if (!occursIn(actual, s)) return "the result is not a substring of s";
        if (string why = whyNotCovering(actual, t); !why.empty()) {
            return "the result does not hold every letter of t: " + why;
        }
        return "";  // another shortest window, which only a tie allows
    }
};

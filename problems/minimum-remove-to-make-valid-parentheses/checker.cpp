// Custom checker for Minimum Remove to Make Valid Parentheses: many strings of the largest
// length can be right. An answer is accepted when it is a subsequence of s, its brackets
// are balanced, and it deleted no more characters than needed. The fewest deletions are
// known without a search: every ')' that finds nothing open must go, and so must every '('
// still open at the end; deleting that many always leaves a balanced string. The test's
// `expected` is checked the same way, so a broken test is the problem's fault (the checker
// throws), not the candidate's. `actual` may hold anything. O(|s| + |actual|) time.
class Checker {
    // The number of characters that have to be deleted from s.
    static size_t fewestDeletions(const string& s) {
        size_t open = 0, closing = 0;
        for (char c : s) {
            if (c == '(') {
                ++open;
            } else if (c == ')') {
                if (open > 0) --open; else ++closing;
            } else if (c < 'a' || c > 'z') {
                throw logic_error("broken test: s holds a character that is not a bracket or "
                                  "a lowercase letter");
            }
        }
        return open + closing;
    }

    static string show(char c) {
        if (c >= 32 && c < 127) return string("'") + c + "'";
        return "byte " + to_string((unsigned char)c);
    }

    // "" when `t` is a subsequence of s with balanced brackets; else why not.
    static string whyNotBalancedSubsequence(const string& s, const string& t) {
        size_t at = 0;  // the next character of s that may be matched
        long long depth = 0;
        for (size_t i = 0; i < t.size(); ++i) {
            const char c = t[i];
            while (at < s.size() && s[at] != c) ++at;
            if (at == s.size()) {
                return "not a subsequence of s: the " + show(c) + " at index " + to_string(i) +
                       " has no matching character left in s (characters may only be deleted, "
                       "never added or moved)";
            }
            ++at;
            if (c == '(') ++depth;
            if (c == ')' && --depth < 0) {
                return "the ')' at index " + to_string(i) + " closes nothing: no '(' is open "
                       "before it";
            }
        }
        if (depth > 0) {
            return to_string(depth) + " '(' " + (depth == 1 ? "is" : "are") +
                   " still open at the end of the string";
        }
        return "";
    }

public:
    string check(string& s, string& expected, string& actual) {
        const size_t need = fewestDeletions(s);
        if (const string why = whyNotBalancedSubsequence(s, expected); !why.empty())
            throw logic_error("broken test: the expected string is wrong: " + why);
        if (expected.size() + need != s.size()) {
            throw logic_error("broken test: the expected string deletes " +
                              to_string(s.size() - expected.size()) + " characters, but " +
                              to_string(need) + (need == 1 ? " suffices" : " suffice"));
        }
        if (const string why = whyNotBalancedSubsequence(s, actual); !why.empty()) return why;
        if (actual.size() + need != s.size()) {
            // A balanced subsequence cannot be longer than the optimum.
            return "balanced, but " + to_string(s.size() - actual.size()) +
                   " characters were deleted where " + to_string(need) + (need == 1 ? " suffices" : " suffice") + " (length " +
                   to_string(actual.size()) + ", expected " + to_string(expected.size()) + ")";
        }
        return "";
    }
};

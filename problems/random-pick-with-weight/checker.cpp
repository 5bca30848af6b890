// Custom checker for Random Pick with Weight. The picks are random, so no one answer is right:
// each pick must be an index of w, and the counts of all the picks of a case must fit the
// weights. The checker mirrors the Solution class: the judge constructs it with w, calls
// pickIndex(expected, actual) once per pick in order, then check() (see
// judge/check/DesignCheckerCalls.h).
//
// The fit is judged by three tests, each with a bound that holds for any number of picks
// and any weights (no normal approximation), each allowed a false alarm with probability
// kFalseAlarm, so a correct solution fails a case with probability below 3e-10:
//   1. each index alone: the Chernoff bound P(count this far from N*p) <= 2 exp(-N KL(c/N||p)),
//      over all n indices (union bound): catches an index never picked or picked twice as
//      often as it should (a prefix-sum off-by-one on small weights, a huge weight ignored);
//   2. the index CDF, in index order: the Dvoretzky-Kiefer-Wolfowitz bound (Massart's
//      constant) P(max |F_N - F| > eps) <= 2 exp(-2 N eps^2): catches a shift of mass between
//      the two ends (an off-by-one, a biased random number such as rand() % total near 10^9);
//   3. the same CDF with the indices sorted by weight: catches a pick that ignores the
//      weights, whose excess spreads thinly over many indices.
// The test's expected picks (one run of a correct solution) must pass the same tests, or
// the test is broken and the checker throws: the problem's fault, not the candidate's.
// O(n log n + picks) per case.
class Checker {
    static constexpr double kFalseAlarm = 1e-10;

    vector<int> w;
    long long total = 0;
    vector<long long> expectedCounts, actualCounts;
    long long picks = 0;

    static string percent(double share) {
        char text[32];
        snprintf(text, sizeof text, "%.2f%%", 100 * share);
        return text;
    }

    // Kullback-Leibler divergence of Bernoulli(q) from Bernoulli(p), with 0 log 0 = 0.
    static double divergence(double q, double p) {
        double d = 0;
        if (q > 0) d += q * log(q / p);
        if (q < 1) d += (1 - q) * log((1 - q) / (1 - p));
        return max(d, 0.0);
    }

    // "" when the n indices' counts over `picks` picks fit the weights; else why not.
    string whyNotWeighted(const vector<long long>& counts) const {
        const int n = w.size();
        const double N = picks;
        if (picks == 0) return "";

        // 1. Each index alone: the index that is furthest out, if it is out.
        const double indexLimit = log(2.0 * n / kFalseAlarm);
        int worst = -1;
        double worstDivergence = 0;
        for (int i = 0; i < n; ++i) {
            const double p = (double)w[i] / total;
            const double d = N * divergence(counts[i] / N, p);
            if (d > indexLimit && d > worstDivergence) worst = i, worstDivergence = d;
        }
        if (worst >= 0) {
            const double mean = N * w[worst] / total;
            char expected[32];
            snprintf(expected, sizeof expected, mean < 1 ? "%.2g" : "%.1f", mean);
            return "index " + to_string(worst) + " (weight " + to_string(w[worst]) +
                   " of a total " + to_string(total) + ") was picked " + to_string(counts[worst]) +
                   " times in " + to_string(picks) + " picks, where the weights expect about " +
                   expected + "; a count this far off has a chance below 1e-10";
        }

        // 2 and 3. The CDF in index order, then in order of weight.
        const double cdfLimit = sqrt(log(2 / kFalseAlarm) / (2 * N));
        vector<int> byWeight(n);
        iota(byWeight.begin(), byWeight.end(), 0);
        stable_sort(byWeight.begin(), byWeight.end(), [&](int a, int b) { return w[a] < w[b]; });
        vector<int> byIndex(n);
        iota(byIndex.begin(), byIndex.end(), 0);
        for (const bool sorted : {false, true}) {
            const vector<int>& order = sorted ? byWeight : byIndex;
            long long weightSoFar = 0, countSoFar = 0;
            for (int k = 0; k + 1 < n; ++k) {
                weightSoFar += w[order[k]];
                countSoFar += counts[order[k]];
                const double want = (double)weightSoFar / total, got = countSoFar / N;
                if (fabs(got - want) <= cdfLimit) continue;
                const string which =
                    sorted ? "the " + to_string(k + 1) + " lightest indices (weights up to " +
                                 to_string(w[order[k]]) + ")"
                           : "indices 0.." + to_string(k);
                return which + " got " + percent(got) + " of the " + to_string(picks) +
                       " picks, but " + percent(want) + " of the total weight; a gap over " +
                       percent(cdfLimit) + " has a chance below 1e-10";
            }
        }
        return "";
    }

public:
    Checker(vector<int>& weights) : w(weights) {
        if (w.empty()) throw logic_error("broken test: w is empty");
        for (int weight : w) {
            if (weight < 1) throw logic_error("broken test: a weight is " + to_string(weight));
            total += weight;
        }
        expectedCounts.assign(w.size(), 0);
        actualCounts.assign(w.size(), 0);
    }

    string pickIndex(int expected, int actual) {
        const int n = w.size();
        if (expected < 0 || expected >= n) {
            throw logic_error("broken test: an expected pick is " + to_string(expected));
        }
        ++expectedCounts[expected];
        ++picks;
        if (actual < 0 || actual >= n) {
            return to_string(actual) + " is not an index of w (0.." + to_string(n - 1) + ")";
        }
        ++actualCounts[actual];
        return "";
    }

    string check() {
        if (const string why = whyNotWeighted(expectedCounts); !why.empty()) {
            throw logic_error("broken test: the expected picks do not fit the weights: " + why);
        }
        return whyNotWeighted(actualCounts);
    }
};

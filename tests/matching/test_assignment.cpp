#include "binome/matching/Assignment.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

using namespace binome::matching;

namespace {

constexpr double Forbidden = std::numeric_limits<double>::quiet_NaN();
constexpr double MinusInf = -std::numeric_limits<double>::infinity();

struct Instance {
    std::size_t rows = 0, cols = 0;
    std::vector<double> weights;
    std::vector<int> capacity;
    double minWeight = 0;
    std::vector<std::pair<int, int>> forbidden, locked;

    AssignmentProblem problem() const {
        AssignmentProblem p;
        p.weights = weights;
        p.rows = rows;
        p.cols = cols;
        p.rowCapacity = capacity;
        p.minWeight = minWeight;
        p.forbidden = forbidden;
        p.locked = locked;
        return p;
    }
    double at(int i, int j) const {
        return weights[static_cast<std::size_t>(i) * cols + static_cast<std::size_t>(j)];
    }
    bool usable(int i, int j) const {
        const double w = at(i, j);
        if (!(std::isfinite(w) && w >= minWeight && w > 0))
            return false;
        return std::find(forbidden.begin(), forbidden.end(), std::pair(i, j)) == forbidden.end();
    }
};

/// Exhaustive optimum: dynamic programme over rows and the set of used columns (every
/// subset of free columns a row may take, up to its capacity).
double bruteForce(const Instance& in) {
    const int rows = static_cast<int>(in.rows), cols = static_cast<int>(in.cols);
    std::vector<int> capLeft = in.capacity;
    unsigned lockedMask = 0;
    double lockedTotal = 0;
    for (auto [i, j] : in.locked) {
        lockedMask |= 1U << j;
        --capLeft[static_cast<std::size_t>(i)];
        if (std::isfinite(in.at(i, j)))
            lockedTotal += in.at(i, j);
    }
    const unsigned full = (1U << cols) - 1;
    const double none = -std::numeric_limits<double>::infinity();
    std::vector<double> dp(full + 1, none);
    dp[lockedMask] = 0;
    for (int i = 0; i < rows; ++i) {
        std::vector<double> next(full + 1, none);
        for (unsigned mask = 0; mask <= full; ++mask) {
            if (dp[mask] == none)
                continue;
            const unsigned freeCols = full & ~mask;
            for (unsigned sub = freeCols;; sub = (sub - 1) & freeCols) {
                const int count = __builtin_popcount(sub);
                bool ok = count <= capLeft[static_cast<std::size_t>(i)];
                double gain = 0;
                for (int j = 0; ok && j < cols; ++j)
                    if (sub >> j & 1U) {
                        ok = in.usable(i, j);
                        gain += in.at(i, j);
                    }
                if (ok)
                    next[mask | sub] = std::max(next[mask | sub], dp[mask] + gain);
                if (sub == 0)
                    break;
            }
        }
        dp = std::move(next);
    }
    return lockedTotal + *std::max_element(dp.begin(), dp.end());
}

/// What a user checks of any result: every pair is allowed, capacities hold, every column
/// is used once, locked pairs are there, and the total is the sum of the pairs.
void expectValid(const Instance& in, const AssignmentResult& result) {
    ASSERT_TRUE(result.ok()) << result.error;
    std::vector<int> perRow(in.rows, 0), perCol(in.cols, 0);
    double sum = 0;
    for (auto [i, j] : result.pairs) {
        ++perRow[static_cast<std::size_t>(i)];
        ++perCol[static_cast<std::size_t>(j)];
        const bool isLocked =
            std::find(in.locked.begin(), in.locked.end(), std::pair(i, j)) != in.locked.end();
        EXPECT_TRUE(isLocked || in.usable(i, j)) << "pair " << i << "," << j;
        if (std::isfinite(in.at(i, j)))
            sum += in.at(i, j);
    }
    for (std::size_t i = 0; i < in.rows; ++i) {
        EXPECT_LE(perRow[i], in.capacity[i]);
        const bool listed = std::count(result.unmatchedRows.begin(), result.unmatchedRows.end(),
                                       static_cast<int>(i)) == 1;
        EXPECT_EQ(listed, perRow[i] == 0) << "row " << i;
    }
    for (std::size_t j = 0; j < in.cols; ++j) {
        EXPECT_LE(perCol[j], 1);
        const bool listed = std::count(result.unmatchedCols.begin(), result.unmatchedCols.end(),
                                       static_cast<int>(j)) == 1;
        EXPECT_EQ(listed, perCol[j] == 0) << "col " << j;
    }
    for (auto pair : in.locked)
        EXPECT_NE(std::find(result.pairs.begin(), result.pairs.end(), pair), result.pairs.end());
    EXPECT_NEAR(result.total, sum, 1e-9 * std::max(1.0, std::abs(sum)));
}

Instance randomInstance(std::mt19937_64& rng, bool integers) {
    std::uniform_int_distribution<int> sizeDist(1, 7);
    Instance in;
    in.rows = static_cast<std::size_t>(sizeDist(rng));
    in.cols = static_cast<std::size_t>(sizeDist(rng));
    std::uniform_real_distribution<double> unit(0, 1);
    std::uniform_int_distribution<int> small(0, 5);
    for (std::size_t k = 0; k < in.rows * in.cols; ++k) {
        double w = integers ? small(rng) : unit(rng) * 10 - 1; // some negative weights too
        const double roll = unit(rng);
        if (roll < 0.08)
            w = Forbidden;
        else if (roll < 0.12)
            w = MinusInf;
        in.weights.push_back(w);
    }
    std::uniform_int_distribution<int> capDist(0, 3);
    for (std::size_t i = 0; i < in.rows; ++i)
        in.capacity.push_back(unit(rng) < 0.6 ? 1 : capDist(rng));
    if (unit(rng) < 0.4)
        in.minWeight = integers ? small(rng) : unit(rng) * 5;
    const int forbiddenCount = std::uniform_int_distribution<int>(0, 3)(rng);
    for (int f = 0; f < forbiddenCount; ++f)
        in.forbidden.emplace_back(static_cast<int>(rng() % in.rows),
                                  static_cast<int>(rng() % in.cols));
    // Locked pairs: distinct columns, within capacity.
    std::vector<int> capLeft = in.capacity;
    const int lockCount = std::uniform_int_distribution<int>(0, 2)(rng);
    std::vector<char> colUsed(in.cols, 0);
    for (int l = 0; l < lockCount; ++l) {
        const int i = static_cast<int>(rng() % in.rows), j = static_cast<int>(rng() % in.cols);
        if (colUsed[static_cast<std::size_t>(j)] || capLeft[static_cast<std::size_t>(i)] == 0)
            continue;
        colUsed[static_cast<std::size_t>(j)] = 1;
        --capLeft[static_cast<std::size_t>(i)];
        in.locked.emplace_back(i, j);
    }
    return in;
}

void runRandom(int instances, std::uint64_t seed, bool integers, AssignmentOptions options) {
    std::mt19937_64 rng(seed);
    for (int n = 0; n < instances; ++n) {
        const Instance in = randomInstance(rng, integers);
        const AssignmentResult result = solveAssignment(in.problem(), options);
        SCOPED_TRACE("instance " + std::to_string(n) + " (" + std::to_string(in.rows) + "x" +
                     std::to_string(in.cols) + ")");
        expectValid(in, result);
        const double best = bruteForce(in);
        ASSERT_NEAR(result.total, best, 1e-9 * std::max(1.0, std::abs(best)));
    }
}

} // namespace

TEST(AssignmentBruteForce, RealWeightsWithCapacitiesForbiddenLockedAndThreshold) {
    runRandom(3000, 20261123, false, {});
}

TEST(AssignmentBruteForce, IntegerWeightsWithManyTies) {
    runRandom(3000, 7, true, {});
}

// One candidate per row and none per column: the certificate must find the missing entries
// and repair, round after round.
TEST(AssignmentBruteForce, TinyCandidateGraphIsRepairedByTheCertificate) {
    AssignmentOptions sparse;
    sparse.candidatesPerRow = 1;
    sparse.candidatesPerColumn = 0;
    runRandom(3000, 99, false, sparse);
    runRandom(1500, 100, true, sparse);
}

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

struct RunStats {
    int repaired = 0;          ///< instances that needed more than one sparse solve
    int priceRestorations = 0; ///< warm starts that left an unmatched column with a price
};

RunStats runRandom(int instances, std::uint64_t seed, bool integers, AssignmentOptions options) {
    RunStats stats;
    std::mt19937_64 rng(seed);
    for (int n = 0; n < instances; ++n) {
        const Instance in = randomInstance(rng, integers);
        const AssignmentResult result = solveAssignment(in.problem(), options);
        stats.repaired += result.rounds > 1;
        stats.priceRestorations += result.priceRestorations;
        SCOPED_TRACE("instance " + std::to_string(n) + " (" + std::to_string(in.rows) + "x" +
                     std::to_string(in.cols) + ")");
        expectValid(in, result);
        const double best = bruteForce(in);
        EXPECT_NEAR(result.total, best, 1e-9 * std::max(1.0, std::abs(best)));
        if (::testing::Test::HasFailure())
            break;
    }
    return stats;
}

} // namespace

TEST(AssignmentBruteForce, RealWeightsWithCapacitiesForbiddenLockedAndThreshold) {
    runRandom(3000, 20261123, false, {});
}

TEST(AssignmentBruteForce, IntegerWeightsWithManyTies) {
    runRandom(3000, 7, true, {});
}

TEST(AssignmentBruteForce, PlainShortestPathsWithoutRowReduction) {
    AssignmentOptions plain;
    plain.rowReduction = false;
    runRandom(2000, 8, false, plain);
}

// One candidate per row and none per column: the certificate must find the missing entries
// and repair, round after round.
TEST(AssignmentBruteForce, TinyCandidateGraphIsRepairedByTheCertificate) {
    AssignmentOptions sparse;
    sparse.candidatesPerRow = 1;
    sparse.candidatesPerColumn = 0;
    const RunStats real = runRandom(3000, 99, false, sparse);
    const RunStats integers = runRandom(1500, 100, true, sparse);
    // The instances really went through repairs, warm starts and price restorations.
    EXPECT_GT(real.repaired + integers.repaired, 1000);
    EXPECT_GT(real.priceRestorations + integers.priceRestorations, 10);
    // The same without warm starts, and without the row reduction.
    sparse.warmStart = false;
    runRandom(1500, 101, false, sparse);
    sparse.rowReduction = false;
    runRandom(1500, 102, true, sparse);
}

namespace {

Instance uniformInstance(std::size_t rows, std::size_t cols, std::uint64_t seed, bool integers) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(0, 1);
    Instance in;
    in.rows = rows;
    in.cols = cols;
    for (std::size_t k = 0; k < rows * cols; ++k) {
        const double roll = unit(rng);
        in.weights.push_back(roll < 0.05 ? Forbidden
                                         : (integers ? std::floor(unit(rng) * 101) : unit(rng)));
    }
    in.capacity.assign(rows, 1);
    return in;
}

AssignmentOptions completeLists() { // every usable entry a candidate: plain shortest paths
    AssignmentOptions options;
    options.candidatesPerRow = 1 << 20;
    return options;
}

} // namespace

// Larger rectangular problems (both orientations, with capacities): the sparse solve with its
// certificate and the plain shortest-path solve on complete lists find the same total.
TEST(Assignment, RectangularSparseAgreesWithCompleteSearch) {
    const std::vector<std::pair<std::size_t, std::size_t>> shapes = {
        {120, 40}, {40, 120}, {200, 200}, {90, 300}};
    std::uint64_t seed = 1;
    for (auto [rows, cols] : shapes) {
        for (bool integers : {false, true}) {
            Instance in = uniformInstance(rows, cols, seed++, integers);
            if (rows < cols) // juniors mentoring two or three seniors each
                for (std::size_t i = 0; i < rows; ++i)
                    in.capacity[i] = 1 + static_cast<int>(i % 3);
            const AssignmentResult sparse = solveAssignment(in.problem());
            const AssignmentResult complete = solveAssignment(in.problem(), completeLists());
            SCOPED_TRACE(std::to_string(rows) + "x" + std::to_string(cols));
            expectValid(in, sparse);
            expectValid(in, complete);
            EXPECT_NEAR(sparse.total, complete.total, 1e-9 * complete.total);
            EXPECT_EQ(complete.rounds, 1);
        }
    }
}

TEST(Assignment, TallMatrixLeavesExtraRowsUnmatched) {
    // 3 juniors, 2 seniors: the best two rows take the two columns.
    Instance in;
    in.rows = 3;
    in.cols = 2;
    in.weights = {1, 2, //
                  5, 1, //
                  1, 6};
    in.capacity = {1, 1, 1};
    const AssignmentResult result = solveAssignment(in.problem());
    expectValid(in, result);
    EXPECT_EQ(result.pairs, (std::vector<std::pair<int, int>>{{1, 0}, {2, 1}}));
    EXPECT_DOUBLE_EQ(result.total, 11);
    EXPECT_EQ(result.unmatchedRows, std::vector<int>{0});
    EXPECT_TRUE(result.unmatchedCols.empty());
}

TEST(Assignment, NotAForcedPerfectMatching) {
    // A perfect assignment would have to use the forbidden or below-threshold entries; the
    // maximum-weight matching leaves row 1 and column 1 alone instead.
    Instance in;
    in.rows = 2;
    in.cols = 2;
    in.weights = {9, 3, //
                  Forbidden, 0.5};
    in.capacity = {1, 1};
    in.minWeight = 1;
    const AssignmentResult result = solveAssignment(in.problem());
    expectValid(in, result);
    EXPECT_EQ(result.pairs, (std::vector<std::pair<int, int>>{{0, 0}}));
    EXPECT_EQ(result.unmatchedRows, std::vector<int>{1});
    EXPECT_EQ(result.unmatchedCols, std::vector<int>{1});
}

TEST(Assignment, CapacityLetsOneRowTakeSeveralColumns) {
    Instance in;
    in.rows = 2;
    in.cols = 3;
    in.weights = {8, 7, 6, //
                  1, 1, 1};
    in.capacity = {3, 1};
    const AssignmentResult result = solveAssignment(in.problem());
    expectValid(in, result);
    EXPECT_EQ(result.pairs, (std::vector<std::pair<int, int>>{{0, 0}, {0, 1}, {0, 2}}));
    EXPECT_DOUBLE_EQ(result.total, 21);
    in.capacity = {2, 1};
    const AssignmentResult two = solveAssignment(in.problem());
    EXPECT_EQ(two.pairs, (std::vector<std::pair<int, int>>{{0, 0}, {0, 1}, {1, 2}}));
    EXPECT_DOUBLE_EQ(two.total, 16);
}

TEST(Assignment, LockedPairIsKeptAndUsesCapacity) {
    Instance in;
    in.rows = 2;
    in.cols = 2;
    in.weights = {10, 1, //
                  9, 1};
    in.capacity = {1, 1};
    in.locked = {{0, 1}}; // HR wants row 0 with column 1 although (0, 0) is better
    const AssignmentResult result = solveAssignment(in.problem());
    expectValid(in, result);
    EXPECT_EQ(result.pairs, (std::vector<std::pair<int, int>>{{0, 1}, {1, 0}}));
    EXPECT_DOUBLE_EQ(result.total, 10);
}

TEST(Assignment, ExplicitlyForbiddenPairIsNeverMade) {
    Instance in;
    in.rows = 1;
    in.cols = 2;
    in.weights = {10, 1};
    in.capacity = {1};
    in.forbidden = {{0, 0}};
    const AssignmentResult result = solveAssignment(in.problem());
    EXPECT_EQ(result.pairs, (std::vector<std::pair<int, int>>{{0, 1}}));
}

TEST(Assignment, EverythingForbiddenLeavesEveryoneUnmatched) {
    Instance in;
    in.rows = 2;
    in.cols = 3;
    in.weights.assign(6, MinusInf);
    in.capacity = {1, 1};
    const AssignmentResult result = solveAssignment(in.problem());
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result.pairs.empty());
    EXPECT_EQ(result.unmatchedRows, (std::vector<int>{0, 1}));
    EXPECT_EQ(result.unmatchedCols, (std::vector<int>{0, 1, 2}));
    EXPECT_EQ(result.total, 0);
}

TEST(Assignment, EmptyMatrix) {
    AssignmentProblem problem;
    const AssignmentResult result = solveAssignment(problem);
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result.pairs.empty());
}

TEST(Assignment, SameInputSamePairsWhateverTheThreads) {
    // Integers 0..3 on 500 x 500 (large enough for two threads): many optimal solutions; the
    // solver must pick the same one.
    Instance in = uniformInstance(500, 500, 5, true);
    for (double& w : in.weights)
        if (!std::isnan(w))
            w = std::fmod(w, 4);
    AssignmentOptions one;
    one.threads = 1;
    const AssignmentResult first = solveAssignment(in.problem());
    const AssignmentResult again = solveAssignment(in.problem());
    const AssignmentResult single = solveAssignment(in.problem(), one);
    EXPECT_EQ(first.pairs, again.pairs);
    EXPECT_EQ(first.pairs, single.pairs);
    EXPECT_EQ(first.total, single.total);
}

TEST(Assignment, RejectsInconsistentInput) {
    Instance in;
    in.rows = 2;
    in.cols = 2;
    in.weights = {1, 2, 3};
    in.capacity = {1, 1};
    EXPECT_NE(solveAssignment(in.problem()).error.find("3 entries"), std::string::npos);
    in.weights = {1, 2, 3, 4};
    in.locked = {{0, 0}, {1, 0}};
    EXPECT_NE(solveAssignment(in.problem()).error.find("locked twice"), std::string::npos);
    in.locked = {{0, 0}, {0, 1}};
    EXPECT_NE(solveAssignment(in.problem()).error.find("capacity"), std::string::npos);
    in.locked = {{0, 5}};
    EXPECT_NE(solveAssignment(in.problem()).error.find("outside"), std::string::npos);
    in.locked.clear();
    in.capacity = {1, -1};
    EXPECT_NE(solveAssignment(in.problem()).error.find("negative"), std::string::npos);
}

// Matrices where some columns are better for every row (a senior with many gaps, a junior
// strong everywhere): the first candidate graph is far from the optimum and the certificate
// must repair it. Totals are compared with the complete search.
TEST(Assignment, StructuredMatricesReachTheOptimum) {
    std::mt19937_64 rng(11);
    std::uniform_real_distribution<double> unit(0, 1);
    const std::size_t n = 150, m = 170;
    std::vector<double> a(n), b(m);
    for (double& x : a)
        x = unit(rng);
    for (double& x : b)
        x = unit(rng);
    for (int shape = 0; shape < 3; ++shape) {
        Instance in;
        in.rows = n;
        in.cols = m;
        in.capacity.assign(n, shape == 2 ? 2 : 1);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < m; ++j)
                in.weights.push_back(shape == 1 ? a[i] * b[j] * (1 + 0.1 * unit(rng))
                                                : a[i] + b[j] + 0.01 * unit(rng));
        AssignmentOptions tiny;
        tiny.candidatesPerRow = 1;
        tiny.candidatesPerColumn = 0;
        const AssignmentResult complete = solveAssignment(in.problem(), completeLists());
        for (const AssignmentOptions& options : {AssignmentOptions{}, tiny}) {
            const AssignmentResult sparse = solveAssignment(in.problem(), options);
            SCOPED_TRACE("shape " + std::to_string(shape) + ", candidates per row " +
                         std::to_string(options.candidatesPerRow));
            expectValid(in, sparse);
            EXPECT_NEAR(sparse.total, complete.total, 1e-9 * complete.total);
            EXPECT_GT(sparse.rounds, 1); // the repair really ran
        }
    }
}

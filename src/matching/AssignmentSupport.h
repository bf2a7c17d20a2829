#pragma once

// Internal to the assignment solver (src/matching/Assignment*.cpp): constants, the candidate
// graph's edge, the tie-break hash and the row-parallel loop shared by its parts.

#include <algorithm>
#include <cstdint>
#include <limits>
#include <thread>
#include <vector>

namespace binome::matching::detail {

inline constexpr double Infinity = std::numeric_limits<double>::infinity();
inline constexpr int Unassigned = -1;
inline constexpr int AtExit = -2; // the copy stays unmatched (its private zero-cost exit)
inline constexpr int MaxRounds = 12;
inline constexpr int DefaultPerRow = 16;

// splitmix64: tie-breaks that do not favour low indices.
inline std::uint64_t mix(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

struct Edge {
    int col;
    double weight;
};

template <class Function> void parallelRows(int threads, int rows, Function&& function) {
    threads = std::max(1, std::min(threads, rows));
    if (threads == 1) {
        function(0, 0, rows);
        return;
    }
    std::vector<std::thread> pool;
    const int chunk = (rows + threads - 1) / threads;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(
            [&, t] { function(t, std::min(rows, t * chunk), std::min(rows, (t + 1) * chunk)); });
    function(0, 0, std::min(rows, chunk));
    for (std::thread& thread : pool)
        thread.join();
}

} // namespace binome::matching::detail

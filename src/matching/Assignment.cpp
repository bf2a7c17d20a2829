#include "binome/matching/Assignment.h"

#include "AssignmentSolver.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

namespace binome::matching {

namespace detail {

AssignmentResult Solver::run() {
    AssignmentResult result;
    result.error = prepare();
    if (!result.ok())
        return result;
    using Clock = std::chrono::steady_clock;
    auto since = [](Clock::time_point start) {
        return std::chrono::duration<double>(Clock::now() - start).count();
    };
    auto start = Clock::now();
    selectCandidates();
    result.selectSeconds = since(start);
    bool warm = false;
    for (result.rounds = 1;; ++result.rounds) {
        start = Clock::now();
        solveSparse(warm);
        result.sparseSeconds += since(start);
        start = Clock::now();
        Certificate certificate = certify();
        result.certifySeconds += since(start);
        for (int attempt = 0; certificate == Certificate::Unsound; ++attempt) {
            start = Clock::now();
            if (attempt < 3) {
                ++result.priceRestorations;
                restoreFreePrices();
            } else {
                ++result.coldRestarts;
                solveSparse(false);
            }
            result.sparseSeconds += since(start);
            start = Clock::now();
            certificate = certify();
            result.certifySeconds += since(start);
        }
        if (certificate == Certificate::Optimal)
            break;
        warm = m_options.warmStart;
        if (result.rounds >= MaxRounds) {
            // Give up on sparsity: every usable entry becomes a candidate (exact, slower).
            useEveryEntry();
            ++result.rounds;
            solveSparse(false);
            break;
        }
    }
    result.candidateEdges = m_edges.size();

    for (const auto& pair : m_p.locked)
        result.pairs.push_back(pair);
    for (std::size_t copy = 0; copy < m_copyRow.size(); ++copy)
        if (m_colOfCopy[copy] >= 0)
            result.pairs.emplace_back(m_copyRow[copy], m_colOfCopy[copy]);
    std::sort(result.pairs.begin(), result.pairs.end());
    std::vector<char> rowUsed(static_cast<std::size_t>(m_rows), 0);
    std::vector<char> colUsed(static_cast<std::size_t>(m_cols), 0);
    for (const auto& [row, col] : result.pairs) {
        const double w = weight(row, col);
        if (std::isfinite(w))
            result.total += w;
        rowUsed[static_cast<std::size_t>(row)] = 1;
        colUsed[static_cast<std::size_t>(col)] = 1;
    }
    for (int i = 0; i < m_rows; ++i)
        if (!rowUsed[static_cast<std::size_t>(i)])
            result.unmatchedRows.push_back(i);
    for (int j = 0; j < m_cols; ++j)
        if (!colUsed[static_cast<std::size_t>(j)])
            result.unmatchedCols.push_back(j);
    return result;
}

} // namespace detail

AssignmentResult solveAssignment(const AssignmentProblem& problem,
                                 const AssignmentOptions& options) {
    detail::Solver solver(problem, options);
    return solver.run();
}

} // namespace binome::matching

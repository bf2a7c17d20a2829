#pragma once

// Internal to the assignment solver: the state shared by its parts, one job per file.
//   Assignment.cpp              public entry point: rounds until the certificate holds; result
//   AssignmentInput.cpp         prepare(): checks the problem, applies locked/forbidden pairs
//   AssignmentCandidates.cpp    the sparse candidate graph (selectCandidates, useEveryEntry)
//   AssignmentSparseSolver.cpp  shortest augmenting paths on that graph (Jonker-Volgenant)
//   AssignmentCertificate.cpp   certify(): the dual check against the full matrix

#include "AssignmentSupport.h"
#include "binome/matching/Assignment.h"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace binome::matching::detail {

class Solver {
public:
    Solver(const AssignmentProblem& problem, const AssignmentOptions& options)
        : m_p(problem)
        , m_options(options) {}

    AssignmentResult run();

private:
    double weight(int row, int col) const {
        return m_p
            .weights[static_cast<std::size_t>(row) * m_p.cols + static_cast<std::size_t>(col)];
    }
    bool usableWeight(double w) const { return w >= m_low && w < Infinity; } // not NaN
    // AssignmentInput.cpp
    std::string prepare();
    // AssignmentCandidates.cpp
    void selectCandidates();
    void useEveryEntry();
    // AssignmentSparseSolver.cpp
    void solveSparse(bool warm);
    void reduceRows();
    void augmentFreeCopies();
    void restoreFreePrices();
    void augment(int root);
    // AssignmentCertificate.cpp
    enum class Certificate { Optimal, Violations, Unsound };
    /// Optimal: the duals prove optimality on the full matrix. Violations: entries the
    /// candidate graph lacks were added (m_changed marks their rows). Unsound: a column is
    /// unmatched with a positive price (possible after a warm start only): restore prices.
    Certificate certify();

    const AssignmentProblem& m_p;
    AssignmentOptions m_options;
    int m_rows = 0;
    int m_cols = 0;
    double m_low = 0;       // smallest usable weight (> 0 and >= minWeight)
    double m_maxWeight = 0; // largest usable weight: scales the certificate's tolerance

    std::vector<int> m_capLeft;                     // per row, after the locked pairs
    std::vector<char> m_colTaken;                   // per column: locked
    std::vector<std::vector<int>> m_forbiddenByRow; // sorted columns
    std::vector<std::vector<Edge>> m_candidates;    // per row, sorted by column
    std::vector<char> m_complete;                   // per row: candidates = every usable entry
    std::vector<char> m_changed;                    // per row: candidates added by certify()

    // The sparse problem on row copies.
    std::vector<int> m_copyRow, m_firstCopy;
    std::vector<std::size_t> m_edgeStart; // CSR of the candidates
    std::vector<Edge> m_edges;
    std::vector<double> m_u, m_v;
    std::vector<int> m_colOfCopy, m_copyOfCol;
    // Dijkstra state, allocated once.
    struct HeapItem {
        double distance;
        int matched; // 0: free column (preferred on ties), 1: matched
        int col;
    };
    std::vector<HeapItem> m_heap;
    std::vector<double> m_dist;
    std::vector<int> m_pred;
    std::vector<char> m_scanned;
    std::vector<int> m_touched, m_scannedCols;
    std::vector<std::pair<int, double>> m_scannedCopies;
};

} // namespace binome::matching::detail

#pragma once

// The exact assignment solver: a maximum-weight b-matching on a dense weight matrix.
//
// Rows carry a capacity (juniors may mentor several seniors), columns take at most one row.
// Entries that are NaN, +-infinity, explicitly forbidden, below the minimum weight, or not
// positive are never used (a pair is only made when it improves the total). Locked pairs are
// kept as they are and consume their row's capacity and their column. People may stay
// unmatched: this is not a forced perfect assignment. With all usable weights >= 0 the total
// equals that of a rectangular linear_sum_assignment(maximize=True) on the same matrix where
// unusable entries are 0.
//
// Method (shortest augmenting paths, Jonker-Volgenant family), in the b-matching LP's terms
// (max sum w x; row i takes <= b_i columns, column j <= 1 row; duals alpha_i, beta_j >= 0):
// - each row of capacity c is c virtual copies sharing the row of the matrix (nothing is
//   copied: memory stays O(rows * cols) for the input plus O(rows * capacity + cols));
// - every copy has a private zero-cost "stay unmatched" exit, so an augmentation may end by
//   leaving a row unmatched; a copy that prefers its exit ends its row's augmentations;
// - the candidate graph: each row's 16 best entries, its 8 best relative to (sampled) column
//   maxima, each column's 3 best rows; contiguous CSR arrays, Dijkstra state allocated once;
// - JV's augmenting row reduction places most copies cheaply (auction steps), then one
//   Dijkstra per free copy on reduced costs (row potentials u, column potentials v);
// - certificate on the full matrix, O(rows * cols), vectorisable: with beta_j = -v_j and
//   alpha_i = w_ij - beta_j for the columns row i holds (else 0), every usable entry must
//   have alpha_i + beta_j >= w_ij, and every unmatched column beta_j = 0. Violating entries
//   join the candidate graph (half the worst, half a hashed sample, at most 16 per row) and
//   only the rows that changed are solved again (warm start; columns they free get their
//   price back to 0, cascading to rows that price makes infeasible). Loop until the
//   certificate holds: the result is exact. After 12 rounds every usable entry becomes a
//   candidate (still exact; slower and O(rows * cols) memory for the lists).
// All loops are deterministic (ties broken by index): the same input gives the same pairs.

#include <cstddef>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace binome::matching {

struct AssignmentProblem {
    std::span<const double> weights; ///< rows x cols, row-major
    std::size_t rows = 0;
    std::size_t cols = 0;
    std::span<const int> rowCapacity; ///< one per row; empty: every row has `capacity`
    int capacity = 1;
    /// Entries strictly below are never used. Entries <= 0 are never used either.
    double minWeight = 0;
    std::vector<std::pair<int, int>> forbidden; ///< (row, col)
    std::vector<std::pair<int, int>> locked;    ///< (row, col), kept whatever their weight
};

struct AssignmentOptions {
    int candidatesPerRow = 0;    ///< 0: automatic (16)
    int candidatesPerColumn = 3; ///< best rows of each column added to the candidate graph
    int threads = 2;             ///< for the candidate selection and the certificate
    bool rowReduction = true;    ///< JV's augmenting row reduction before the shortest paths
    bool warmStart = true;       ///< after a repair, re-solve only the rows that changed
};

struct AssignmentResult {
    std::string error; ///< empty when solved
    /// (row, col) sorted by row then column, locked pairs included.
    std::vector<std::pair<int, int>> pairs;
    double total = 0;               ///< sum of the weights of the pairs (finite weights only)
    std::vector<int> unmatchedRows; ///< rows with no pair at all
    std::vector<int> unmatchedCols;
    int rounds = 0;            ///< sparse solves until the certificate held
    int priceRestorations = 0; ///< warm starts that left a free column priced (then repaired)
    int coldRestarts = 0;      ///< repairs that failed three times (then solved again cold)
    std::size_t candidateEdges = 0;
    /// Where the time went (seconds): candidate selection, sparse solves, certificates.
    double selectSeconds = 0;
    double sparseSeconds = 0;
    double certifySeconds = 0;

    bool ok() const { return error.empty(); }
};

AssignmentResult solveAssignment(const AssignmentProblem& problem,
                                 const AssignmentOptions& options = {});

} // namespace binome::matching

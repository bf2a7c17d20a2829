#pragma once

// The exact assignment solver: a maximum-weight b-matching on a dense weight matrix.
//
// Rows carry a capacity (juniors may mentor several seniors), columns take at most one row.
// Entries that are NaN, -infinity, explicitly forbidden, below the minimum weight, or not
// positive are never used (a pair is only made when it improves the total). Locked pairs are
// kept as they are and consume their row's capacity and their column. People may stay
// unmatched: this is not a forced perfect assignment. With all usable weights >= 0 the total
// equals that of a rectangular linear_sum_assignment(maximize=True) on the same matrix where
// unusable entries are 0.
//
// Method (shortest augmenting paths, Jonker-Volgenant family):
// - each row of capacity c is c virtual copies sharing the row of the matrix (nothing is
//   copied: memory stays O(rows * cols) for the input plus O(rows * capacity + cols));
// - every copy has a private zero-cost "stay unmatched" exit, so an augmentation may end by
//   leaving a row unmatched; the search is a Dijkstra with reduced costs (row and column
//   potentials), and a copy that prefers its exit ends its row's augmentations;
// - the search runs on a sparse candidate graph (each row's best entries, each column's best
//   rows), then the dual prices certify the result on the full matrix: every usable entry must
//   satisfy alpha_row + beta_col >= weight. Violating entries are added to the candidate graph
//   and the problem is solved again until the certificate holds, so the result is exact.
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

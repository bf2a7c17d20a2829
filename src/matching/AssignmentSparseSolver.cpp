#include "AssignmentSolver.h"

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

namespace binome::matching::detail {

void Solver::solveSparse(bool warm) {
    // Flatten the candidates.
    m_edgeStart.assign(static_cast<std::size_t>(m_rows) + 1, 0);
    m_edges.clear();
    for (int i = 0; i < m_rows; ++i) {
        const auto& list = m_candidates[static_cast<std::size_t>(i)];
        m_edges.insert(m_edges.end(), list.begin(), list.end());
        m_edgeStart[static_cast<std::size_t>(i) + 1] = m_edges.size();
    }
    const auto cols = static_cast<std::size_t>(m_cols);
    if (warm) {
        // Keep the matching and the potentials; only the rows that gained candidates start
        // again (their old potentials may be infeasible for the new entries).
        for (int i = 0; i < m_rows; ++i) {
            if (!m_changed[static_cast<std::size_t>(i)])
                continue;
            for (int copy = m_firstCopy[static_cast<std::size_t>(i)];
                 copy < m_firstCopy[static_cast<std::size_t>(i) + 1]; ++copy) {
                const int col = m_colOfCopy[static_cast<std::size_t>(copy)];
                if (col >= 0)
                    m_copyOfCol[static_cast<std::size_t>(col)] = Unassigned;
                m_colOfCopy[static_cast<std::size_t>(copy)] = Unassigned;
                m_u[static_cast<std::size_t>(copy)] = 0;
            }
        }
    } else {
        m_copyRow.clear();
        m_firstCopy.assign(static_cast<std::size_t>(m_rows) + 1, 0);
        for (int i = 0; i < m_rows; ++i) {
            for (int c = 0; c < m_capLeft[static_cast<std::size_t>(i)]; ++c)
                m_copyRow.push_back(i);
            m_firstCopy[static_cast<std::size_t>(i) + 1] = static_cast<int>(m_copyRow.size());
        }
        const std::size_t copies = m_copyRow.size();
        m_u.assign(copies, 0.0);
        m_v.assign(cols, 0.0);
        m_colOfCopy.assign(copies, Unassigned);
        m_copyOfCol.assign(cols, Unassigned);
        m_dist.assign(cols, Infinity);
        m_pred.assign(cols, -1);
        m_scanned.assign(cols, 0);
        m_touched.clear();
    }

    if (m_options.rowReduction && !warm)
        reduceRows();
    augmentFreeCopies();
}

void Solver::augmentFreeCopies() {
    for (int i = 0; i < m_rows; ++i) {
        const int first = m_firstCopy[static_cast<std::size_t>(i)];
        const int last = m_firstCopy[static_cast<std::size_t>(i) + 1];
        for (int copy = first; copy < last; ++copy) {
            if (m_colOfCopy[static_cast<std::size_t>(copy)] != Unassigned)
                continue;
            augment(copy);
            if (m_colOfCopy[static_cast<std::size_t>(copy)] == AtExit) {
                // The row gains nothing from one more pair, so neither would its other copies.
                for (int rest = copy + 1; rest < last; ++rest)
                    if (m_colOfCopy[static_cast<std::size_t>(rest)] == Unassigned)
                        m_colOfCopy[static_cast<std::size_t>(rest)] = AtExit;
                break;
            }
        }
    }
}

// After a warm start some unmatched columns may keep a price (v < 0), which the optimum
// forbids. Give them price 0 again; rows whose potentials become infeasible for such a column
// start again, freeing their columns in turn; then the free copies augment again.
void Solver::restoreFreePrices() {
    const auto cols = static_cast<std::size_t>(m_cols);
    std::vector<std::size_t> colStart(cols + 1, 0);
    for (const Edge& edge : m_edges)
        ++colStart[static_cast<std::size_t>(edge.col) + 1];
    for (std::size_t j = 0; j < cols; ++j)
        colStart[j + 1] += colStart[j];
    std::vector<int> colRows(m_edges.size());
    {
        std::vector<std::size_t> fill(colStart.begin(), colStart.end() - 1);
        for (int i = 0; i < m_rows; ++i)
            for (std::size_t e = m_edgeStart[static_cast<std::size_t>(i)];
                 e < m_edgeStart[static_cast<std::size_t>(i) + 1]; ++e)
                colRows[fill[static_cast<std::size_t>(m_edges[e].col)]++] = i;
    }
    std::vector<char> reset(static_cast<std::size_t>(m_rows), 0);
    std::vector<int> freed;
    auto restart = [&](int row) {
        reset[static_cast<std::size_t>(row)] = 1;
        for (int copy = m_firstCopy[static_cast<std::size_t>(row)];
             copy < m_firstCopy[static_cast<std::size_t>(row) + 1]; ++copy) {
            const int col = m_colOfCopy[static_cast<std::size_t>(copy)];
            if (col >= 0) {
                m_copyOfCol[static_cast<std::size_t>(col)] = Unassigned;
                freed.push_back(col);
            }
            m_colOfCopy[static_cast<std::size_t>(copy)] = Unassigned;
            m_u[static_cast<std::size_t>(copy)] = 0;
        }
    };
    for (std::size_t j = 0; j < cols; ++j)
        if (!m_colTaken[j] && m_copyOfCol[j] < 0 && m_v[j] != 0)
            freed.push_back(static_cast<int>(j));
    while (!freed.empty()) {
        const auto j = static_cast<std::size_t>(freed.back());
        freed.pop_back();
        if (m_v[j] == 0)
            continue;
        m_v[j] = 0;
        for (std::size_t e = colStart[j]; e < colStart[j + 1]; ++e) {
            const int row = colRows[e];
            if (reset[static_cast<std::size_t>(row)])
                continue;
            const double w = weight(row, static_cast<int>(j));
            for (int copy = m_firstCopy[static_cast<std::size_t>(row)];
                 copy < m_firstCopy[static_cast<std::size_t>(row) + 1]; ++copy)
                if (m_colOfCopy[static_cast<std::size_t>(copy)] != Unassigned &&
                    -w - m_u[static_cast<std::size_t>(copy)] < 0) {
                    restart(row);
                    break;
                }
        }
    }
    augmentFreeCopies();
}

// Jonker-Volgenant's augmenting row reduction, on the candidate graph with the exits: each
// free copy takes its cheapest option (reduced cost) and lowers that column's potential by
// the gap to its second cheapest, evicting the previous holder (an auction step). Assigned
// copies stay tight and feasible and free columns keep v = 0, so the shortest augmenting
// paths that follow start from a valid partial solution with most copies already placed.
void Solver::reduceRows() {
    std::vector<int> queue;
    for (std::size_t copy = 0; copy < m_copyRow.size(); ++copy)
        queue.push_back(static_cast<int>(copy));
    std::vector<int> next;
    std::size_t budget = 8 * m_copyRow.size() + 1000; // bounds price wars on near-ties
    for (int pass = 0; pass < 2 && !queue.empty() && budget > 0; ++pass) {
        next.clear();
        std::size_t k = 0;
        while (k < queue.size() && budget > 0) {
            --budget;
            const int copy = queue[k++];
            const int row = m_copyRow[static_cast<std::size_t>(copy)];
            // Cheapest and second cheapest options; the exit (-2) costs 0 and comes first.
            double u1 = 0, u2 = Infinity;
            int j1 = AtExit, j2 = AtExit;
            const std::size_t end = m_edgeStart[static_cast<std::size_t>(row) + 1];
            for (std::size_t e = m_edgeStart[static_cast<std::size_t>(row)]; e < end; ++e) {
                const int j = m_edges[e].col;
                const double h = -m_edges[e].weight - m_v[static_cast<std::size_t>(j)];
                if (h < u2) {
                    if (h >= u1) {
                        u2 = h;
                        j2 = j;
                    } else {
                        u2 = u1;
                        j2 = j1;
                        u1 = h;
                        j1 = j;
                    }
                }
            }
            int holder = j1 >= 0 ? m_copyOfCol[static_cast<std::size_t>(j1)] : Unassigned;
            const bool strict = u1 < u2;
            if (strict) {
                if (j1 >= 0)
                    m_v[static_cast<std::size_t>(j1)] -= u2 - u1;
            } else if (holder >= 0) {
                j1 = j2;
                holder = j1 >= 0 ? m_copyOfCol[static_cast<std::size_t>(j1)] : Unassigned;
            }
            m_u[static_cast<std::size_t>(copy)] = u2 < Infinity ? u2 : u1;
            m_colOfCopy[static_cast<std::size_t>(copy)] = j1;
            if (j1 < 0)
                continue; // stays unmatched: its private exit is never contested
            m_copyOfCol[static_cast<std::size_t>(j1)] = copy;
            if (holder >= 0) {
                m_colOfCopy[static_cast<std::size_t>(holder)] = Unassigned;
                if (strict)
                    queue[--k] = holder; // at once, while prices move
                else
                    next.push_back(holder);
            }
        }
        // Copies not reached within the budget stay free for the augmenting paths.
        queue.swap(next);
    }
}

// One shortest augmenting path from `root` (Dijkstra on reduced costs, cost = -weight).
void Solver::augment(int root) {
    auto heapGreater = [](const HeapItem& a, const HeapItem& b) {
        if (a.distance != b.distance)
            return a.distance > b.distance;
        if (a.matched != b.matched)
            return a.matched > b.matched;
        return a.col > b.col;
    };
    for (int col : m_touched) {
        m_dist[static_cast<std::size_t>(col)] = Infinity;
        m_scanned[static_cast<std::size_t>(col)] = 0;
    }
    m_touched.clear();
    m_scannedCols.clear();
    m_scannedCopies.clear();
    m_heap.clear();

    int copy = root;
    double copyDistance = 0;
    double bestExit = Infinity;
    int exitCopy = -1;
    int sinkCol = -1;
    double minVal = 0;
    while (true) {
        m_scannedCopies.emplace_back(copy, copyDistance);
        const double u = m_u[static_cast<std::size_t>(copy)];
        if (copyDistance - u < bestExit) {
            bestExit = copyDistance - u;
            exitCopy = copy;
        }
        const int row = m_copyRow[static_cast<std::size_t>(copy)];
        // The relaxation loop is the hot spot: plain pointers, no member reloads.
        const Edge* edge = m_edges.data() + m_edgeStart[static_cast<std::size_t>(row)];
        const Edge* const last = m_edges.data() + m_edgeStart[static_cast<std::size_t>(row) + 1];
        const char* scanned = m_scanned.data();
        const double* v = m_v.data();
        double* dist = m_dist.data();
        int* pred = m_pred.data();
        const int* copyOfCol = m_copyOfCol.data();
        const double base = copyDistance - u;
        for (; edge != last; ++edge) {
            const auto j = static_cast<std::size_t>(edge->col);
            if (scanned[j])
                continue;
            const double distance = base - edge->weight - v[j];
            if (distance < dist[j]) {
                if (dist[j] == Infinity)
                    m_touched.push_back(static_cast<int>(j));
                dist[j] = distance;
                pred[j] = copy;
                m_heap.push_back({distance, copyOfCol[j] >= 0 ? 1 : 0, static_cast<int>(j)});
                std::push_heap(m_heap.begin(), m_heap.end(), heapGreater);
            }
        }
        int next = -1;
        double nextDistance = Infinity;
        while (!m_heap.empty()) {
            const HeapItem top = m_heap.front();
            std::pop_heap(m_heap.begin(), m_heap.end(), heapGreater);
            m_heap.pop_back();
            const auto j = static_cast<std::size_t>(top.col);
            if (m_scanned[j] || top.distance != m_dist[j])
                continue; // stale
            next = top.col;
            nextDistance = top.distance;
            break;
        }
        if (next < 0 || bestExit <= nextDistance) {
            minVal = bestExit; // leaving exitCopy unmatched is the cheapest
            break;
        }
        m_scanned[static_cast<std::size_t>(next)] = 1;
        m_scannedCols.push_back(next);
        minVal = nextDistance;
        if (m_copyOfCol[static_cast<std::size_t>(next)] < 0) {
            sinkCol = next;
            break;
        }
        copy = m_copyOfCol[static_cast<std::size_t>(next)];
        copyDistance = nextDistance;
    }

    // Dual update: potentials stay feasible and tight on the new matching.
    for (const auto& [scannedCopy, distance] : m_scannedCopies)
        m_u[static_cast<std::size_t>(scannedCopy)] += minVal - distance;
    for (int col : m_scannedCols)
        m_v[static_cast<std::size_t>(col)] -= minVal - m_dist[static_cast<std::size_t>(col)];

    // Augment along the path.
    int col = sinkCol;
    if (sinkCol < 0) {
        col = m_colOfCopy[static_cast<std::size_t>(exitCopy)];
        m_colOfCopy[static_cast<std::size_t>(exitCopy)] = AtExit;
        if (exitCopy == root)
            return;
        m_copyOfCol[static_cast<std::size_t>(col)] = Unassigned;
    }
    while (true) {
        const int from = m_pred[static_cast<std::size_t>(col)];
        const int previous = m_colOfCopy[static_cast<std::size_t>(from)];
        m_colOfCopy[static_cast<std::size_t>(from)] = col;
        m_copyOfCol[static_cast<std::size_t>(col)] = from;
        if (from == root)
            break;
        col = previous;
    }
}

} // namespace binome::matching::detail

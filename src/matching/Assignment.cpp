#include "binome/matching/Assignment.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <thread>

namespace binome::matching {

namespace {

constexpr double Infinity = std::numeric_limits<double>::infinity();
constexpr int Unassigned = -1;
constexpr int AtExit = -2; // the copy stays unmatched (its private zero-cost exit)
constexpr int MaxRounds = 12;
constexpr int DefaultPerRow = 16;

std::uint64_t mix(std::uint64_t x) { // splitmix64: tie-breaks that do not favour low indices
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

struct Edge {
    int col;
    double weight;
};

/// A candidate entry with a total order: higher weight first, then a hash, then the index.
struct Ranked {
    double weight;
    std::uint64_t tie;
    int index;
    bool betterThan(const Ranked& other) const {
        if (weight != other.weight)
            return weight > other.weight;
        if (tie != other.tie)
            return tie < other.tie;
        return index < other.index;
    }
};

/// Keeps the best `capacity` items seen, best first.
class TopList {
public:
    void reset(int capacity) {
        m_capacity = capacity;
        m_items.clear();
    }
    void offer(const Ranked& item) {
        if (static_cast<int>(m_items.size()) == m_capacity) {
            if (!item.betterThan(m_items.back()))
                return;
            m_items.pop_back();
        }
        auto at = std::find_if(m_items.begin(), m_items.end(),
                               [&](const Ranked& other) { return item.betterThan(other); });
        m_items.insert(at, item);
    }
    const std::vector<Ranked>& items() const { return m_items; }

private:
    int m_capacity = 0;
    std::vector<Ranked> m_items;
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
    std::string prepare();
    void selectCandidates();
    void solveSparse(bool warm);
    void reduceRows();
    void augmentFreeCopies();
    void restoreFreePrices();
    void augment(int root);
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

std::string Solver::prepare() {
    const std::size_t rows = m_p.rows, cols = m_p.cols;
    if (rows > static_cast<std::size_t>(std::numeric_limits<int>::max() / 2) ||
        cols > static_cast<std::size_t>(std::numeric_limits<int>::max() / 2))
        return "the matrix is too large";
    if (m_p.weights.size() != rows * cols)
        return "the weight matrix has " + std::to_string(m_p.weights.size()) +
               " entries, expected " + std::to_string(rows) + " x " + std::to_string(cols);
    if (!m_p.rowCapacity.empty() && m_p.rowCapacity.size() != rows)
        return "one capacity per row is expected";
    if (std::isnan(m_p.minWeight))
        return "the minimum weight is not a number";
    m_rows = static_cast<int>(rows);
    m_cols = static_cast<int>(cols);
    m_low = std::max(m_p.minWeight, std::numeric_limits<double>::denorm_min());
    m_capLeft.assign(rows, m_p.capacity);
    for (std::size_t i = 0; i < rows && !m_p.rowCapacity.empty(); ++i)
        m_capLeft[i] = m_p.rowCapacity[i];
    for (int capacity : m_capLeft)
        if (capacity < 0)
            return "a capacity is negative";
    m_colTaken.assign(cols, 0);
    for (const auto& [row, col] : m_p.locked) {
        if (row < 0 || row >= m_rows || col < 0 || col >= m_cols)
            return "locked pair (" + std::to_string(row) + ", " + std::to_string(col) +
                   ") is outside the matrix";
        if (m_colTaken[static_cast<std::size_t>(col)])
            return "column " + std::to_string(col) + " is locked twice";
        m_colTaken[static_cast<std::size_t>(col)] = 1;
        if (--m_capLeft[static_cast<std::size_t>(row)] < 0)
            return "row " + std::to_string(row) + " has more locked pairs than its capacity";
    }
    m_forbiddenByRow.assign(rows, {});
    for (const auto& [row, col] : m_p.forbidden) {
        if (row < 0 || row >= m_rows || col < 0 || col >= m_cols)
            return "forbidden pair (" + std::to_string(row) + ", " + std::to_string(col) +
                   ") is outside the matrix";
        m_forbiddenByRow[static_cast<std::size_t>(row)].push_back(col);
    }
    for (auto& list : m_forbiddenByRow)
        std::sort(list.begin(), list.end());
    // A row never needs more copies than it has columns.
    for (int& capacity : m_capLeft)
        capacity = std::min(capacity, m_cols);
    return {};
}

// Each row's best entries, each column's best rows. One sweep over the matrix.
void Solver::selectCandidates() {
    const int perRow = m_options.candidatesPerRow > 0 ? m_options.candidatesPerRow : DefaultPerRow;
    const int perCol = std::max(0, m_options.candidatesPerColumn);
    const int threads = static_cast<long long>(m_rows) * m_cols < 200000 ? 1 : m_options.threads;
    const int threadCount = std::max(1, std::min(threads, m_rows));
    m_candidates.assign(static_cast<std::size_t>(m_rows), {});
    m_complete.assign(static_cast<std::size_t>(m_rows), 0);
    std::vector<std::vector<TopList>> colBest(static_cast<std::size_t>(threadCount));
    std::vector<double> maxima(static_cast<std::size_t>(threadCount), 0.0);

    // Column maxima over a sample of rows: a first estimate of the columns' prices. Ranking a
    // row's entries by weight minus column maximum spreads the candidates when some columns
    // are better for everyone (a senior with many gaps, a junior strong everywhere).
    std::vector<double> colMax(static_cast<std::size_t>(m_cols), 0.0);
    const int sampleStep = std::max(1, m_rows / 256);
    for (int i = 0; i < m_rows; i += sampleStep) {
        const double* row = m_p.weights.data() + static_cast<std::size_t>(i) * m_p.cols;
        for (std::size_t j = 0; j < colMax.size(); ++j)
            if (usableWeight(row[j]))
                colMax[j] = std::max(colMax[j], row[j]);
    }
    const int perRowRelative = perRow / 2;

    parallelRows(threadCount, m_rows, [&](int thread, int first, int last) {
        std::vector<TopList>& columns = colBest[static_cast<std::size_t>(thread)];
        columns.resize(static_cast<std::size_t>(m_cols));
        for (TopList& list : columns)
            list.reset(perCol);
        // The weight a column's list needs to be offered to: -inf until the list is full.
        std::vector<double> colEntry(static_cast<std::size_t>(m_cols),
                                     perCol > 0 ? -Infinity : Infinity);
        std::vector<char> blocked(m_colTaken); // + the row's explicitly forbidden columns
        TopList best, relative;
        double maximum = 0;
        const double low = m_low;
        const char* skip = blocked.data();
        const double* prices = colMax.data();
        double* columnEntry = colEntry.data();
        for (int i = first; i < last; ++i) {
            const int capacity = m_capLeft[static_cast<std::size_t>(i)];
            if (capacity <= 0)
                continue;
            for (int col : m_forbiddenByRow[static_cast<std::size_t>(i)])
                blocked[static_cast<std::size_t>(col)] = 1;
            const int want = std::min(m_cols, perRow + 4 * (capacity - 1));
            best.reset(want);
            const int wantRelative = std::min(m_cols, perRowRelative + 2 * (capacity - 1));
            relative.reset(wantRelative);
            double rowEntry = -Infinity;
            double relativeEntry = wantRelative > 0 ? -Infinity : Infinity;
            int usable = 0;
            const double* row = m_p.weights.data() + static_cast<std::size_t>(i) * m_p.cols;
            const std::uint64_t base =
                static_cast<std::uint64_t>(i) * static_cast<std::uint64_t>(m_cols);
            for (int j = 0; j < m_cols; ++j) {
                const double w = row[j];
                if (!(w >= low) || !(w < Infinity) || skip[j])
                    continue;
                ++usable;
                if (w >= rowEntry) {
                    best.offer({w, mix(base + static_cast<std::uint64_t>(j)), j});
                    if (static_cast<int>(best.items().size()) == want)
                        rowEntry = best.items().back().weight;
                }
                const double gain = w - prices[j];
                if (gain >= relativeEntry) {
                    relative.offer({gain, mix(base + static_cast<std::uint64_t>(j)), j});
                    if (static_cast<int>(relative.items().size()) == wantRelative)
                        relativeEntry = relative.items().back().weight;
                }
                if (w >= columnEntry[j]) {
                    TopList& column = columns[static_cast<std::size_t>(j)];
                    column.offer({w, mix(base + static_cast<std::uint64_t>(j)), i});
                    if (static_cast<int>(column.items().size()) == perCol)
                        columnEntry[j] = column.items().back().weight;
                }
            }
            for (int col : m_forbiddenByRow[static_cast<std::size_t>(i)])
                blocked[static_cast<std::size_t>(col)] = m_colTaken[static_cast<std::size_t>(col)];
            auto& list = m_candidates[static_cast<std::size_t>(i)];
            if (!best.items().empty())
                maximum = std::max(maximum, best.items().front().weight);
            for (const Ranked& item : best.items())
                list.push_back({item.index, item.weight});
            for (const Ranked& item : relative.items())
                list.push_back({item.index, row[item.index]});
            m_complete[static_cast<std::size_t>(i)] = usable <= want;
        }
        maxima[static_cast<std::size_t>(thread)] = maximum;
    });
    m_maxWeight = *std::max_element(maxima.begin(), maxima.end());

    // Merge the columns' best rows of every thread (a total order: independent of threads).
    if (perCol > 0) {
        TopList merged;
        for (int j = 0; j < m_cols; ++j) {
            merged.reset(perCol);
            for (auto& lists : colBest)
                for (const Ranked& item : lists[static_cast<std::size_t>(j)].items())
                    merged.offer(item);
            for (const Ranked& item : merged.items())
                m_candidates[static_cast<std::size_t>(item.index)].push_back({j, item.weight});
        }
    }
    for (auto& list : m_candidates) {
        std::sort(list.begin(), list.end(),
                  [](const Edge& a, const Edge& b) { return a.col < b.col; });
        list.erase(std::unique(list.begin(), list.end(),
                               [](const Edge& a, const Edge& b) { return a.col == b.col; }),
                   list.end());
    }
}

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

// Dual prices of the b-matching: beta_j = -v_j >= 0, alpha_i = max(0, w_ij - beta_j) for the
// columns j row i holds (all equal). The matching is optimal on the full matrix when every
// usable entry has alpha_i + beta_j >= w_ij; entries that violate it become candidates.
Solver::Certificate Solver::certify() {
    const auto cols = static_cast<std::size_t>(m_cols);
    std::vector<double> beta(cols);
    for (std::size_t j = 0; j < cols; ++j)
        beta[j] = m_colTaken[j] ? Infinity : -m_v[j];
    // Complementary slackness for the columns: an unmatched column must have price 0.
    for (std::size_t j = 0; j < cols; ++j)
        if (!m_colTaken[j] && m_copyOfCol[j] < 0 && beta[j] != 0)
            return Certificate::Unsound;
    std::vector<double> alpha(static_cast<std::size_t>(m_rows), 0.0);
    for (std::size_t copy = 0; copy < m_copyRow.size(); ++copy) {
        const int col = m_colOfCopy[copy];
        if (col >= 0) {
            const int row = m_copyRow[copy];
            double& a = alpha[static_cast<std::size_t>(row)];
            a = std::max(a, weight(row, col) - beta[static_cast<std::size_t>(col)]);
        }
    }
    const double tolerance = 1e-10 * std::max(m_maxWeight, std::numeric_limits<double>::min());
    const int perRowLimit =
        std::max(8, m_options.candidatesPerRow > 0 ? m_options.candidatesPerRow : DefaultPerRow);
    std::vector<std::vector<Edge>> additions(static_cast<std::size_t>(m_rows));
    const int threads = static_cast<long long>(m_rows) * m_cols < 200000 ? 1 : m_options.threads;

    parallelRows(threads, m_rows, [&](int, int first, int last) {
        std::vector<int> stamp(cols, -1);
        std::vector<std::pair<double, int>> violations;
        for (int i = first; i < last; ++i) {
            if (m_capLeft[static_cast<std::size_t>(i)] <= 0 ||
                m_complete[static_cast<std::size_t>(i)])
                continue;
            const double limit = alpha[static_cast<std::size_t>(i)] + tolerance;
            const double* row = m_p.weights.data() + static_cast<std::size_t>(i) * m_p.cols;
            const double low = m_low;
            int suspects = 0;
            for (std::size_t j = 0; j < cols; ++j) // vectorisable first pass
                suspects += (row[j] >= low) & (row[j] - beta[j] > limit);
            if (suspects == 0)
                continue;
            for (const Edge& edge : m_candidates[static_cast<std::size_t>(i)])
                stamp[static_cast<std::size_t>(edge.col)] = i;
            for (int col : m_forbiddenByRow[static_cast<std::size_t>(i)])
                stamp[static_cast<std::size_t>(col)] = i;
            violations.clear();
            for (std::size_t j = 0; j < cols; ++j)
                if (usableWeight(row[j]) && row[j] - beta[j] > limit && stamp[j] != i)
                    violations.emplace_back(row[j] - beta[j] - limit, static_cast<int>(j));
            // Half the most violated entries, half a pseudo-random sample of the others: when
            // the duals are still far off, every row's worst violations are the same few
            // columns, and the sample keeps the next candidate graph well connected.
            std::sort(violations.begin(), violations.end(), [](const auto& a, const auto& b) {
                return a.first != b.first ? a.first > b.first : a.second < b.second;
            });
            const auto worst = static_cast<std::size_t>(perRowLimit / 2);
            if (violations.size() > static_cast<std::size_t>(perRowLimit)) {
                const std::uint64_t base = static_cast<std::uint64_t>(i) * cols;
                for (auto it = violations.begin() + static_cast<std::ptrdiff_t>(worst);
                     it != violations.end(); ++it)
                    it->first = -static_cast<double>(
                        mix(base + static_cast<std::uint64_t>(it->second)) >> 11);
                std::partial_sort(violations.begin() + static_cast<std::ptrdiff_t>(worst),
                                  violations.begin() + perRowLimit, violations.end(),
                                  [](const auto& a, const auto& b) {
                                      return a.first != b.first ? a.first > b.first
                                                                : a.second < b.second;
                                  });
                violations.resize(static_cast<std::size_t>(perRowLimit));
            }
            for (const auto& violation : violations)
                additions[static_cast<std::size_t>(i)].push_back(
                    {violation.second, row[violation.second]});
        }
    });

    bool optimal = true;
    m_changed.assign(static_cast<std::size_t>(m_rows), 0);
    for (int i = 0; i < m_rows; ++i) {
        auto& added = additions[static_cast<std::size_t>(i)];
        if (added.empty())
            continue;
        optimal = false;
        m_changed[static_cast<std::size_t>(i)] = 1;
        auto& list = m_candidates[static_cast<std::size_t>(i)];
        list.insert(list.end(), added.begin(), added.end());
        std::sort(list.begin(), list.end(),
                  [](const Edge& a, const Edge& b) { return a.col < b.col; });
    }
    return optimal ? Certificate::Optimal : Certificate::Violations;
}

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
            for (int i = 0; i < m_rows; ++i) {
                if (m_capLeft[static_cast<std::size_t>(i)] <= 0)
                    continue;
                auto& list = m_candidates[static_cast<std::size_t>(i)];
                list.clear();
                const auto& blocked = m_forbiddenByRow[static_cast<std::size_t>(i)];
                for (int j = 0; j < m_cols; ++j)
                    if (usableWeight(weight(i, j)) && !m_colTaken[static_cast<std::size_t>(j)] &&
                        !std::binary_search(blocked.begin(), blocked.end(), j))
                        list.push_back({j, weight(i, j)});
                m_complete[static_cast<std::size_t>(i)] = 1;
            }
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

} // namespace

AssignmentResult solveAssignment(const AssignmentProblem& problem,
                                 const AssignmentOptions& options) {
    Solver solver(problem, options);
    return solver.run();
}

} // namespace binome::matching

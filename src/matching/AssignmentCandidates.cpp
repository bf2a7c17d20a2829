#include "AssignmentSolver.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace binome::matching::detail {

namespace {

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

} // namespace

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

// Gives up on sparsity: every usable entry becomes a candidate (exact, slower).
void Solver::useEveryEntry() {
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
}

} // namespace binome::matching::detail

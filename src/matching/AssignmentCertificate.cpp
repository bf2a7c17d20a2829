#include "AssignmentSolver.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace binome::matching::detail {

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

} // namespace binome::matching::detail

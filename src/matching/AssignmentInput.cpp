#include "AssignmentSolver.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace binome::matching::detail {

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

} // namespace binome::matching::detail

#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace binome::gui {

/// A table model over a list of values, one value per row, for the models that only show
/// what the page gives them. Subclasses say what each cell shows.
template <class Row> class RowTableModel : public QAbstractTableModel {
public:
    RowTableModel(int columnCount, QObject* parent)
        : QAbstractTableModel(parent)
        , m_columnCount(columnCount) {}

    void setRows(QList<Row> rows) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : m_columnCount;
    }

protected:
    QList<Row> m_rows;

private:
    int m_columnCount;
};

} // namespace binome::gui

#pragma once

#include "binome/services/ImportService.h"

#include <QAbstractTableModel>
#include <QSet>

namespace binome::gui {

/// The participants an import would write, with what it would do to each.
class ImportPreviewModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        LineColumn,
        ActionColumn,
        RoleColumn,
        NameColumn,
        EmailColumn,
        SkillsColumn,
        ColumnCount
    };

    explicit ImportPreviewModel(QObject* parent = nullptr);
    /// The rows, and the lines of the file that have a problem (shown as such).
    void setRows(QList<ImportRow> rows, QSet<int> problemLines = {});

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportRow> m_rows;
    QSet<int> m_problemLines;
};

} // namespace binome::gui

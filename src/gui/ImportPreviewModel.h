#pragma once

#include "binome/services/ImportService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace binome::gui {

/// The participants an import would write, with what it would do to each. A value the file
/// gets wrong shows as written, in red, its problem in the tooltip (line and field).
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
    /// The rows of a report, each cell with the problems the file has there.
    void setReport(const ImportReport& report);
    /// The rows, and the lines of the file that have a problem (shown as such, without saying
    /// which field: prefer setReport()).
    void setRows(QList<ImportRow> rows, QSet<int> problemLines = {});

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The column that shows a field ("role", "last_name", "skill:genai"...), or -1.
    static int columnOfField(const QString& field);

private:
    /// The problems of a row's line in one column (every one of the line for ActionColumn).
    QList<ImportProblem> problemsAt(const ImportRow& row, int column) const;
    QVariant display(const ImportRow& row, int column) const;

    QList<ImportRow> m_rows;
    QSet<int> m_problemLines;
    QHash<int, QList<ImportProblem>> m_problems; ///< by line
};

} // namespace binome::gui

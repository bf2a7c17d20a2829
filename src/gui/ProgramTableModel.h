#pragma once

#include "binome/domain/Program.h"

#include <QAbstractTableModel>

namespace binome::gui {

/// Programs as rows.
class ProgramTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StartColumn,
        EndColumn,
        CadenceColumn,
        DescriptionColumn,
        ColumnCount
    };
    enum Roles { IdRole = Qt::UserRole + 1, SortRole };

    explicit ProgramTableModel(QObject* parent = nullptr);
    void setPrograms(QList<Program> programs);
    const Program* program(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Program> m_programs;
};

} // namespace binome::gui

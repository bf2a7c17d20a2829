#pragma once

#include "binome/domain/Program.h"

#include "RowTableModel.h"

#include <QAbstractTableModel>

namespace binome::gui {

/// Programs as rows.
class ProgramTableModel final : public RowTableModel<Program> {
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
    const Program* program(qint64 id) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace binome::gui

#pragma once

#include "binome/domain/FollowUp.h"
#include "binome/domain/Program.h"

#include "RowTableModel.h"

namespace binome::gui {

/// The binômes of a program that need attention, with their flags in words (the dashboard's
/// at-risk list). Fed by the page from ProgramStatistics::flagged; never touches the database.
class AtRiskTableModel final : public RowTableModel<FollowUpRow> {
    Q_OBJECT

public:
    enum Column { JuniorColumn, SeniorColumn, ReasonsColumn, DaysColumn, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole + 1, ///< the binôme's id
        SortRole,                  ///< raw values: days, flag bits, names (see SortProxy)
    };

    explicit AtRiskTableModel(QObject* parent = nullptr);

    /// The program's cadence words the reasons.
    void setRows(const Program& program, QList<FollowUpRow> rows);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Program m_program;
    QList<QStringList> m_reasons; ///< per row, made once
};

} // namespace binome::gui

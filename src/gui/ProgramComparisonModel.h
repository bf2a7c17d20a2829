#pragma once

#include "DashboardKpis.h"

#include <QAbstractTableModel>
#include <QList>

namespace binome::gui {

/// Programs side by side: one column per program, one row per figure (its period first, then
/// every KPI of the dashboard). Fed by the page; never touches the database.
class ProgramComparisonModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Row { PeriodRow, FirstKpiRow, RowCount = FirstKpiRow + Kpi::Count };
    enum Roles {
        ProgramIdRole = Qt::UserRole + 1, ///< the column's program
        NumberRole,                       ///< the KPI's raw figure (none: invalid)
    };

    explicit ProgramComparisonModel(QObject* parent = nullptr);

    void setPrograms(const QList<ProgramStatistics>& programs);
    const QList<ProgramStatistics>& programs() const { return m_programs; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ProgramStatistics> m_programs;
    QList<QList<Kpi>> m_kpis; ///< per program, in Kpi::Id order
};

} // namespace binome::gui

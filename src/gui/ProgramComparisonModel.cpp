#include "ProgramComparisonModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace binome::gui {

ProgramComparisonModel::ProgramComparisonModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ProgramComparisonModel::setPrograms(const QList<ProgramStatistics>& programs) {
    beginResetModel();
    m_programs = programs;
    m_kpis.clear();
    for (const ProgramStatistics& s : m_programs)
        m_kpis << DashboardKpis::of(s);
    endResetModel();
}

int ProgramComparisonModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : RowCount;
}

int ProgramComparisonModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_programs.size());
}

QVariant ProgramComparisonModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgramStatistics& s = m_programs.at(index.column());
    if (role == ProgramIdRole)
        return s.program.id;
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignCenter);
    if (index.row() == PeriodRow) {
        if (role == Qt::DisplayRole)
            return tr("%1 to %2")
                .arg(QLocale().toString(s.program.startDate, QLocale::ShortFormat),
                     QLocale().toString(s.program.endDate, QLocale::ShortFormat));
        if (role == Qt::ToolTipRole)
            return tr("A session every %n day(s)", nullptr, s.program.cadenceDays);
        return {};
    }
    const Kpi& kpi = m_kpis.at(index.column()).at(index.row() - FirstKpiRow);
    switch (role) {
    case Qt::DisplayRole:
        // The value and its detail where it says more than the value ("2 of 5", "40 %").
        return kpi.id == Kpi::ObjectivesAchieved || kpi.id == Kpi::Cadence
                   ? u"%1 (%2)"_s.arg(kpi.value, kpi.detail)
                   : kpi.value;
    case Qt::ToolTipRole:
        return kpi.detail.isEmpty() ? kpi.toolTip : kpi.detail + u"\n\n"_s + kpi.toolTip;
    case NumberRole:
        return kpi.number ? QVariant(*kpi.number) : QVariant();
    default:
        return {};
    }
}

QVariant ProgramComparisonModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const {
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_programs.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_programs.at(section).program.name;
        return {};
    }
    if (section < 0 || section >= RowCount)
        return {};
    if (role == Qt::DisplayRole)
        return section == PeriodRow ? tr("Period")
                                    : DashboardKpis::label(Kpi::Id(section - FirstKpiRow));
    if (role == Qt::ToolTipRole && section != PeriodRow)
        return DashboardKpis::toolTip(Kpi::Id(section - FirstKpiRow));
    return {};
}

} // namespace binome::gui

#include "AtRiskTableModel.h"

#include "binome/services/FollowUpService.h"

#include <QLocale>
#include <QTextDocument>

#include <bit>

using namespace Qt::StringLiterals;

namespace binome::gui {

AtRiskTableModel::AtRiskTableModel(QObject* parent)
    : RowTableModel<FollowUpRow>(ColumnCount, parent) {}

void AtRiskTableModel::setRows(const Program& program, QList<FollowUpRow> rows) {
    m_program = program;
    m_reasons.clear();
    m_reasons.reserve(rows.size());
    for (const FollowUpRow& row : rows)
        m_reasons << FollowUpService::flagReasons(row, program);
    RowTableModel<FollowUpRow>::setRows(std::move(rows));
}

QVariant AtRiskTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUpRow& row = m_rows.at(index.row());
    const QStringList& reasons = m_reasons.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case JuniorColumn:
            return row.juniorName;
        case SeniorColumn:
            return row.seniorName;
        case ReasonsColumn:
            return reasons.join(u" · "_s);
        case DaysColumn:
            return QLocale().toString(row.daysSinceContact);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ReasonsColumn) { // shown as typed, never as HTML
            const QString text = reasons.join(u'\n');
            return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text) : text;
        }
        if (index.column() == DaysColumn)
            return row.lastHeld.isValid()
                       ? tr("Last session held on %1")
                             .arg(QLocale().toString(row.lastHeld, QLocale::LongFormat))
                       : tr("No session held since the start, %1")
                             .arg(QLocale().toString(row.binome.startDate, QLocale::LongFormat));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DaysColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return row.binome.id;
    case SortRole:
        switch (index.column()) {
        case JuniorColumn: // names compared by SortProxy, in the language's order
            return row.juniorName;
        case SeniorColumn:
            return row.seniorName;
        case ReasonsColumn:
            // The ones at risk first when descending, then by number of flags.
            return ((row.flags & FlagAtRisk) ? 100 : 0) + std::popcount(unsigned(row.flags));
        case DaysColumn:
            return row.daysSinceContact;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant AtRiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case JuniorColumn:
        return tr("Junior (mentor)");
    case SeniorColumn:
        return tr("Senior (mentee)");
    case ReasonsColumn:
        return tr("Needs attention because");
    case DaysColumn:
        return tr("Days since contact");
    }
    return {};
}

} // namespace binome::gui

#include "FollowUpTableModel.h"

#include "Icons.h"

#include "binome/domain/Collation.h"
#include "binome/domain/TextKey.h"
#include "binome/services/FollowUpService.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QPalette>
#include <QTextDocument>

#include <algorithm>
#include <bit>
#include <limits>

using namespace Qt::StringLiterals;

namespace binome::gui {

namespace {

constexpr FollowUpFlag allFlags[] = {FlagAtRisk, FlagObjectiveOverdue, FlagDebriefDue,
                                     FlagLowRating};

QString dateText(const QDate& date) {
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

/// Days as a number that sorts; a missing date sorts as `missing`.
double dayNumber(const QDate& date, double missing) {
    return date.isValid() ? static_cast<double>(date.toJulianDay()) : missing;
}

bool isNumeric(int column) {
    return column != FollowUpTableModel::JuniorColumn && column != FollowUpTableModel::SeniorColumn;
}

/// The raw value a numeric column sorts by.
double numericKey(const FollowUpRow& r, int column) {
    constexpr double lowest = std::numeric_limits<double>::lowest();
    constexpr double highest = std::numeric_limits<double>::max();
    switch (column) {
    case FollowUpTableModel::StatusColumn:
        return static_cast<int>(r.binome.status);
    case FollowUpTableModel::SessionsColumn:
        return r.sessionsHeld;
    case FollowUpTableModel::HoursColumn:
        return r.minutesHeld;
    case FollowUpTableModel::LastSessionColumn:
        return dayNumber(r.lastHeld, lowest); // never met: first when ascending
    case FollowUpTableModel::NextSessionColumn:
        return dayNumber(r.nextPlanned, highest); // nothing planned: last when ascending
    case FollowUpTableModel::ObjectivesColumn:
        return r.objectivesAchieved * 10000.0 + r.objectivesTotal;
    case FollowUpTableModel::GainColumn:
        return r.averageGain.value_or(lowest);
    case FollowUpTableModel::FlagsColumn: {
        // Descending: the most flagged first; among as many flags, a pair that stopped meeting
        // first, then a low rating, an overdue objective, a debrief due; then the longest silent.
        const int severity =
            ((r.flags & FlagAtRisk) ? 8 : 0) + ((r.flags & FlagLowRating) ? 4 : 0) +
            ((r.flags & FlagObjectiveOverdue) ? 2 : 0) + ((r.flags & FlagDebriefDue) ? 1 : 0);
        return std::popcount(static_cast<unsigned>(r.flags)) * 1e7 + severity * 1e5 +
               std::clamp(r.daysSinceContact, 0, 99999);
    }
    default:
        return 0;
    }
}

} // namespace

FollowUpTableModel::FollowUpTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_flagIcon(icon(u"warning"_s)) {}

void FollowUpTableModel::setRows(const Program& program, QList<FollowUpRow> rows) {
    beginResetModel();
    m_program = program;
    m_rows = std::move(rows);
    m_filterKeys.clear();
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows.at(i).binome.id, i);
    endResetModel();
}

const QList<QString>& FollowUpTableModel::filterKeys() const {
    if (m_filterKeys.size() == m_rows.size())
        return m_filterKeys;
    m_filterKeys.reserve(m_rows.size());
    for (const FollowUpRow& r : m_rows)
        m_filterKeys << textKey(
            QStringList{r.juniorName, r.seniorName, r.juniorEmail, r.seniorEmail}.join(u' '));
    return m_filterKeys;
}

const FollowUpRow* FollowUpTableModel::binomeRow(qint64 binomeId) const {
    const int row = rowOf(binomeId);
    return row < 0 ? nullptr : &m_rows.at(row);
}

bool FollowUpTableModel::lessThan(int leftRow, int rightRow, int column) const {
    switch (column) {
    case JuniorColumn:
        return compareNames(m_rows.at(leftRow).juniorName, m_rows.at(rightRow).juniorName) < 0;
    case SeniorColumn:
        return compareNames(m_rows.at(leftRow).seniorName, m_rows.at(rightRow).seniorName) < 0;
    default:
        return numericKey(m_rows.at(leftRow), column) < numericKey(m_rows.at(rightRow), column);
    }
}

QString FollowUpTableModel::flagsText(int flags) {
    QStringList names;
    for (FollowUpFlag flag : allFlags) {
        if (flags & flag)
            names << FollowUpService::flagName(flag);
    }
    return names.join(u", "_s);
}

int FollowUpTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FollowUpTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpTableModel::display(const FollowUpRow& r, int column) const {
    switch (static_cast<Column>(column)) {
    case JuniorColumn:
        return r.juniorName;
    case SeniorColumn:
        return r.seniorName;
    case StatusColumn:
        return binomeStatusDisplayName(r.binome.status);
    case SessionsColumn:
        return r.sessionsHeld;
    case HoursColumn:
        return QLocale().toString(r.hoursHeld(), 'f', 1);
    case LastSessionColumn:
        return dateText(r.lastHeld);
    case NextSessionColumn:
        return dateText(r.nextPlanned);
    case ObjectivesColumn:
        return u"%1/%2"_s.arg(r.objectivesAchieved).arg(r.objectivesTotal);
    case GainColumn:
        if (!r.averageGain)
            return QString();
        return (*r.averageGain > 0 ? u"+"_s : QString()) +
               QLocale().toString(*r.averageGain, 'f', 1);
    case FlagsColumn:
        return flagsText(r.flags);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FollowUpTableModel::sortValue(int row, int column) const {
    switch (column) {
    case JuniorColumn:
        return m_rows.at(row).juniorName;
    case SeniorColumn:
        return m_rows.at(row).seniorName;
    default:
        return numericKey(m_rows.at(row), column);
    }
}

QVariant FollowUpTableModel::toolTip(const FollowUpRow& r, int column) const {
    switch (static_cast<Column>(column)) {
    case JuniorColumn:
        return r.juniorEmail;
    case SeniorColumn:
        return r.seniorEmail;
    case StatusColumn:
        if (r.binome.status == BinomeStatus::Ended) {
            QString text = tr("Ended on %1").arg(dateText(r.binome.endDate));
            if (r.binome.endReason)
                text += u" ("_s + endReasonDisplayName(*r.binome.endReason) + u')';
            return text;
        }
        return tr("Since %1").arg(dateText(r.binome.startDate));
    case SessionsColumn:
    case HoursColumn:
        return tr("%n session(s) held", nullptr, r.sessionsHeld) + u'\n' +
               tr("%n session(s) planned ahead", nullptr, r.sessionsPlanned);
    case LastSessionColumn:
        return tr("%n day(s) without a held session", nullptr, r.daysSinceContact);
    case NextSessionColumn:
        return r.nextPlanned.isValid() ? QVariant() : QVariant(tr("No session planned"));
    case ObjectivesColumn:
        return tr("%1 achieved of %2; %n overdue", nullptr, r.objectivesOverdue)
            .arg(r.objectivesAchieved)
            .arg(r.objectivesTotal);
    case GainColumn:
        return r.averageGain ? QVariant() : QVariant(tr("No objective re-assessed yet"));
    case FlagsColumn:
        return r.flags ? QVariant(FollowUpService::flagReasons(r, m_program).join(u'\n'))
                       : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FollowUpTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUpRow& r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column);
    case SortRole:
        return sortValue(index.row(), column);
    case IdRole:
        return r.binome.id;
    case FlagsRole:
        return r.flags;
    case StatusRole:
        return static_cast<int>(r.binome.status);
    case JuniorIdRole:
        return r.binome.juniorId;
    case FilterTextRole:
        return filterKeys().at(index.row());
    case Qt::ToolTipRole: {
        // Shown as typed: Qt would render a tooltip that looks like HTML as HTML.
        const QVariant tip = toolTip(r, column);
        return Qt::mightBeRichText(tip.toString())
                   ? QVariant(Qt::convertFromPlainText(tip.toString()))
                   : tip;
    }
    case Qt::TextAlignmentRole:
        return isNumeric(column) && column != StatusColumn && column != FlagsColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case Qt::DecorationRole:
        return column == FlagsColumn && r.flags ? QVariant(m_flagIcon) : QVariant();
    case Qt::ForegroundRole:
        if (r.binome.status == BinomeStatus::Ended)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        if (column == FlagsColumn && r.flags)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return {};
    default:
        return {};
    }
}

QVariant FollowUpTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ObjectivesColumn:
            return tr("Objectives achieved, of all those not dropped");
        case GainColumn:
            return tr("Average level gained on the objectives re-assessed in debriefs");
        case FlagsColumn:
            return tr("At risk: no session held for longer than the program's cadence.\n"
                      "Objective overdue: an open objective is past its due date.\n"
                      "Debrief due: a kickoff, mid-term or final debrief is not held yet.\n"
                      "Low rating: the latest rated session was rated 2 or less.");
        default:
            return {};
        }
    }
    switch (static_cast<Column>(section)) {
    case JuniorColumn:
        return tr("Junior (mentor)");
    case SeniorColumn:
        return tr("Senior (mentee)");
    case StatusColumn:
        return tr("Status");
    case SessionsColumn:
        return tr("Sessions");
    case HoursColumn:
        return tr("Hours");
    case LastSessionColumn:
        return tr("Last session");
    case NextSessionColumn:
        return tr("Next session");
    case ObjectivesColumn:
        return tr("Objectives");
    case GainColumn:
        return tr("Level gain");
    case FlagsColumn:
        return tr("Flags");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace binome::gui

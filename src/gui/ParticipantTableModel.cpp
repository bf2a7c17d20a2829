#include "ParticipantTableModel.h"

#include "binome/domain/TextKey.h"

#include <QBrush>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome::gui {

ParticipantTableModel::ParticipantTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ParticipantTableModel::setParticipants(QList<Participant> participants) {
    beginResetModel();
    m_participants = std::move(participants);
    endResetModel();
}

const Participant* ParticipantTableModel::participant(qint64 id) const {
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_participants.at(row);
}

int ParticipantTableModel::rowOf(qint64 id) const {
    for (int row = 0; row < m_participants.size(); ++row) {
        if (m_participants.at(row).id == id)
            return row;
    }
    return -1;
}

void ParticipantTableModel::setChecked(const QSet<qint64>& ids) {
    m_checked = ids;
    if (!m_participants.isEmpty())
        Q_EMIT dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn),
                           {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

Qt::ItemFlags ParticipantTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_checkable && index.column() == NameColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool ParticipantTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!m_checkable || role != Qt::CheckStateRole || index.column() != NameColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const qint64 id = m_participants.at(index.row()).id;
    if (value.toInt() == Qt::Checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

int ParticipantTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_participants.size());
}

int ParticipantTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ParticipantTableModel::skillsSummary(const Participant& p) {
    QStringList parts;
    if (p.role == Role::Senior) {
        QList<SkillAssessment> gaps;
        for (const SkillAssessment& s : p.skills) {
            if (s.gap() > 0)
                gaps << s;
        }
        std::sort(gaps.begin(), gaps.end(), [](const SkillAssessment& a, const SkillAssessment& b) {
            return a.priority.value_or(0) * a.gap() > b.priority.value_or(0) * b.gap();
        });
        for (const SkillAssessment& s : gaps)
            parts << u"%1 %2→%3"_s.arg(s.skillCode).arg(*s.level).arg(*s.target);
    } else {
        for (const SkillAssessment& s : p.skills) {
            if (s.level)
                parts << u"%1 %2"_s.arg(s.skillCode).arg(*s.level);
        }
    }
    return parts.join(u", "_s);
}

QVariant ParticipantTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Participant& p = m_participants.at(index.row());
    switch (role) {
    case Qt::CheckStateRole:
        if (m_checkable && index.column() == NameColumn)
            return m_checked.contains(p.id) ? Qt::Checked : Qt::Unchecked;
        return {};
    case IdRole:
        return p.id;
    case ParticipantRoleRole:
        return static_cast<int>(p.role);
    case ArchivedRole:
        return p.archived;
    case FilterTextRole:
        return textKey(
            QStringList{p.firstName, p.lastName, p.email, p.department, p.site, p.jobTitle}.join(
                u' '));
    case SortRole: // names in the language's order: see ParticipantFilterProxy::lessThan
        if (index.column() == NameColumn)
            return QString(p.lastName + u' ' + p.firstName);
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case NameColumn:
            return p.fullName();
        case RoleColumn:
            return roleDisplayName(p.role);
        case EmailColumn:
            return p.email;
        case DepartmentColumn:
            return p.department;
        case SiteColumn:
            return p.site;
        case JobTitleColumn:
            return p.jobTitle;
        case LanguagesColumn:
            return p.languages.join(u", "_s);
        case SkillsColumn:
            return skillsSummary(p);
        case StatusColumn:
            return p.archived ? tr("Archived") : tr("Active");
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SkillsColumn)
            return p.role == Role::Senior ? tr("Gaps (current → target), highest priority first")
                                          : tr("Skill levels (0 to 5)");
        return {};
    case Qt::ForegroundRole:
        if (p.archived)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case EmailColumn:
        return tr("E-mail");
    case DepartmentColumn:
        return tr("Department");
    case SiteColumn:
        return tr("Site");
    case JobTitleColumn:
        return tr("Job title");
    case LanguagesColumn:
        return tr("Languages");
    case SkillsColumn:
        return tr("Skills and gaps");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace binome::gui

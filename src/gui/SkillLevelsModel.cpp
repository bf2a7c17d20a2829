#include "SkillLevelsModel.h"

#include "binome/domain/Validation.h"

#include <QColor>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome::gui {

SkillLevelsModel::SkillLevelsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void SkillLevelsModel::setSkills(const QList<Skill>& catalog,
                                 const QList<SkillAssessment>& levels) {
    beginResetModel();
    m_rows.clear();
    for (const Skill& skill : catalog) {
        const auto found =
            std::find_if(levels.begin(), levels.end(), [&](const SkillAssessment& s) {
                return s.skillCode.compare(skill.code, Qt::CaseInsensitive) == 0;
            });
        if (skill.archived && found == levels.end())
            continue;
        Row row{skill, found != levels.end() ? *found : SkillAssessment{skill.code, {}, {}, {}}};
        row.assessment.skillCode = skill.code;
        m_rows << row;
    }
    endResetModel();
}

void SkillLevelsModel::setRole(Role role) {
    if (role == m_role)
        return;
    beginResetModel();
    m_role = role;
    endResetModel();
}

QList<SkillAssessment> SkillLevelsModel::assessments() const {
    QList<SkillAssessment> result;
    for (const Row& row : m_rows) {
        SkillAssessment a = row.assessment;
        if (m_role == Role::Junior) {
            a.target.reset();
            a.priority.reset();
        }
        if (a.level || a.target || a.priority)
            result << a;
    }
    std::sort(result.begin(), result.end(), [](const SkillAssessment& a, const SkillAssessment& b) {
        return a.skillCode < b.skillCode;
    });
    return result;
}

int SkillLevelsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SkillLevelsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<int>* SkillLevelsModel::cell(Row& row, int column) const {
    switch (column) {
    case LevelColumn:
        return &row.assessment.level;
    case TargetColumn:
        return &row.assessment.target;
    case PriorityColumn:
        return &row.assessment.priority;
    default:
        return nullptr;
    }
}

QVariant SkillLevelsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    Row& row = const_cast<Row&>(m_rows.at(index.row()));
    const int column = index.column();
    if (role == CodeRole)
        return row.skill.code;
    if (role == MinimumRole)
        return -1;
    if (role == MaximumRole)
        return column == PriorityColumn ? MaxPriority : MaxLevel;
    if (column == SkillColumn) {
        if (role == Qt::DisplayRole)
            return row.skill.displayName();
        if (role == Qt::ToolTipRole)
            return u"%1 — %2"_s.arg(row.skill.code, digCompAreaName(row.skill.area));
        return {};
    }
    if (column == GapColumn) {
        const int gap = row.assessment.gap();
        if (role == Qt::DisplayRole)
            return gap > 0 ? QVariant(gap) : QVariant();
        if (role == Qt::BackgroundRole && gap > 0)
            return QColor::fromHsv(20, 40 + 40 * gap, 255);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        return {};
    }
    const std::optional<int>* value = cell(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return *value ? QVariant(**value) : QVariant();
    case Qt::EditRole:
        return value->value_or(-1);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        if (column == PriorityColumn)
            return tr("Priority: 1 (nice to have) to 3 (essential)");
        return tr("Level: 0 (none) to 5 (expert); empty when unknown");
    default:
        return {};
    }
}

bool SkillLevelsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    std::optional<int>* target = cell(m_rows[index.row()], index.column());
    if (!target)
        return false;
    std::optional<int> parsed;
    if (!value.toString().trimmed().isEmpty()) {
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (!ok)
            return false;
        if (number >= 0)
            parsed = number;
    }
    const int high = index.column() == PriorityColumn ? MaxPriority : MaxLevel;
    const int low = index.column() == PriorityColumn ? MinPriority : MinLevel;
    if (parsed && (*parsed < low || *parsed > high))
        return false;
    if (*target == parsed)
        return true;
    *target = parsed;
    Q_EMIT dataChanged(index, index);
    const QModelIndex gap = this->index(index.row(), GapColumn);
    Q_EMIT dataChanged(gap, gap);
    return true;
}

Qt::ItemFlags SkillLevelsModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    const int column = index.column();
    if (column == LevelColumn ||
        (m_role == Role::Senior && (column == TargetColumn || column == PriorityColumn)))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant SkillLevelsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case SkillColumn:
        return tr("Skill");
    case LevelColumn:
        return m_role == Role::Senior ? tr("Current") : tr("Level");
    case TargetColumn:
        return tr("Target");
    case PriorityColumn:
        return tr("Priority");
    case GapColumn:
        return tr("Gap");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace binome::gui

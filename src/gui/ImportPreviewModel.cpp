#include "ImportPreviewModel.h"

#include "ParticipantTableModel.h"

#include <QColor>

namespace binome::gui {

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ImportPreviewModel::setRows(QList<ImportRow> rows, QSet<int> problemLines) {
    beginResetModel();
    m_rows = std::move(rows);
    m_problemLines = std::move(problemLines);
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRow& row = m_rows.at(index.row());
    const bool wrong = m_problemLines.contains(row.line);
    if (wrong && role == Qt::BackgroundRole)
        return QColor(0xfd, 0xe2, 0xe2);
    if (wrong && index.column() == ActionColumn) {
        if (role == Qt::DisplayRole)
            return tr("Problem");
        if (role == Qt::ForegroundRole)
            return QColor(0xb0, 0x00, 0x20);
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == ActionColumn) {
        switch (row.action) {
        case ImportAction::Create:
            return QColor(0x1b, 0x7f, 0x3a);
        case ImportAction::Update:
            return QColor(0x9a, 0x5b, 0x00);
        case ImportAction::Unchanged:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case LineColumn:
        return row.line;
    case ActionColumn:
        switch (row.action) {
        case ImportAction::Create:
            return tr("New");
        case ImportAction::Update:
            return tr("Update");
        case ImportAction::Unchanged:
            return tr("Unchanged");
        }
        return {};
    case RoleColumn:
        return roleDisplayName(row.participant.role);
    case NameColumn:
        return row.participant.fullName();
    case EmailColumn:
        return row.participant.email;
    case SkillsColumn:
        return ParticipantTableModel::skillsSummary(row.participant);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case LineColumn:
        return tr("Line");
    case ActionColumn:
        return tr("Action");
    case RoleColumn:
        return tr("Role");
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case SkillsColumn:
        return tr("Skills and gaps");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace binome::gui

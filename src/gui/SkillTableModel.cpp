#include "SkillTableModel.h"

#include "SortProxy.h"

#include "binome/domain/TextKey.h"

#include <QPalette>
#include <QTextDocument>

namespace binome::gui {

SkillTableModel::SkillTableModel(QObject* parent)
    : RowTableModel(ColumnCount, parent) {}

const Skill* SkillTableModel::skill(qint64 id) const {
    for (const Skill& s : m_rows) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QVariant SkillTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Skill& s = m_rows.at(index.row());
    if (role == IdRole)
        return s.id;
    if (role == ArchivedRole)
        return s.archived;
    if (role == Qt::ForegroundRole && s.archived)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == SortRole) {
        if (index.column() == CodeColumn)
            return s.sortOrder;
        if (index.column() == AreaColumn)
            return s.area * 100000 + s.sortOrder;
        return data(index, Qt::DisplayRole).toString();
    }
    if (role == Qt::ToolTipRole) { // plain text: a name such as <b>x</b> is not markup
        const QString text = data(index, Qt::DisplayRole).toString();
        return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text) : text;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case CodeColumn:
        return s.code;
    case NameEnColumn:
        return s.nameEn;
    case NameFrColumn:
        return s.nameFr;
    case AreaColumn:
        return digCompAreaName(s.area);
    case KindColumn:
        return skillKindDisplayName(s.kind);
    case StatusColumn:
        return s.archived ? tr("Archived") : tr("Active");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SkillTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case CodeColumn:
        return tr("Code");
    case NameEnColumn:
        return tr("Name (English)");
    case NameFrColumn:
        return tr("Name (French)");
    case AreaColumn:
        return tr("DigComp area");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

SkillFilterProxy::SkillFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(SkillTableModel::SortRole);
}

void SkillFilterProxy::setFilterWords(const QString& text) {
    m_words = textKey(text).split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void SkillFilterProxy::setShowArchived(bool show) {
    m_showArchived = show;
    invalidateRowsFilter();
}

bool SkillFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showArchived && first.data(SkillTableModel::ArchivedRole).toBool())
        return false;
    QStringList texts;
    for (int column = 0; column < SkillTableModel::ColumnCount; ++column)
        texts << sourceModel()->index(sourceRow, column, sourceParent).data().toString();
    const QString text = textKey(texts.join(u' '));
    for (const QString& word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

bool SkillFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    return SortProxy::lessThanValues(left.data(sortRole()), right.data(sortRole()));
}

} // namespace binome::gui

#include "ParticipantFilterProxy.h"

#include "ParticipantTableModel.h"
#include "SortProxy.h"

#include "binome/domain/Collation.h"
#include "binome/domain/TextKey.h"

namespace binome::gui {

ParticipantFilterProxy::ParticipantFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ParticipantTableModel::SortRole);
}

void ParticipantFilterProxy::setFilterWords(const QString& text) {
    m_words = textKey(text).split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void ParticipantFilterProxy::setRoleFilter(std::optional<Role> role) {
    m_role = role;
    invalidateRowsFilter();
}

void ParticipantFilterProxy::setShowArchived(bool show) {
    m_showArchived = show;
    invalidateRowsFilter();
}

bool ParticipantFilterProxy::filterAcceptsRow(int sourceRow,
                                              const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showArchived && index.data(ParticipantTableModel::ArchivedRole).toBool())
        return false;
    if (m_role &&
        index.data(ParticipantTableModel::ParticipantRoleRole).toInt() != static_cast<int>(*m_role))
        return false;
    if (m_words.isEmpty()) // no words typed: no text to build for each row
        return true;
    const QString text = index.data(ParticipantTableModel::FilterTextRole).toString();
    for (const QString& word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

bool ParticipantFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const auto* model = qobject_cast<const ParticipantTableModel*>(sourceModel());
    if (model && left.column() == ParticipantTableModel::NameColumn &&
        right.column() == ParticipantTableModel::NameColumn) {
        // By last name, then first name, in the order of the interface's language.
        const Participant& a = model->participants().at(left.row());
        const Participant& b = model->participants().at(right.row());
        return comparePeople(a.lastName, a.firstName, b.lastName, b.firstName) < 0;
    }
    return SortProxy::lessThanValues(left.data(sortRole()), right.data(sortRole()));
}

} // namespace binome::gui

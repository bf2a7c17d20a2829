#include "ParticipantFilterProxy.h"

#include "ParticipantTableModel.h"

#include "binome/domain/TextKey.h"

namespace binome::gui {

ParticipantFilterProxy::ParticipantFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ParticipantTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
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
    const QString text = index.data(ParticipantTableModel::FilterTextRole).toString();
    for (const QString& word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

} // namespace binome::gui

#include "FollowUpFilterProxy.h"

#include "FollowUpTableModel.h"

#include "binome/domain/TextKey.h"

namespace binome::gui {

namespace {
int statusBit(BinomeStatus status) {
    return 1 << static_cast<int>(status);
}
} // namespace

FollowUpFilterProxy::FollowUpFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(FollowUpTableModel::SortRole);
}

void FollowUpFilterProxy::setSourceModel(QAbstractItemModel* model) {
    m_model = qobject_cast<const FollowUpTableModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void FollowUpFilterProxy::refilter() {
    // One layout change rather than a removal or insertion per run of rows: with thousands of
    // binômes, a filter would otherwise send hundreds of signals, each costly to the view.
    invalidate();
}

void FollowUpFilterProxy::setMentor(qint64 juniorId) {
    m_mentor = juniorId;
    refilter();
}

void FollowUpFilterProxy::setStatuses(const QList<BinomeStatus>& statuses) {
    m_statusMask = 0;
    for (BinomeStatus status : statuses)
        m_statusMask |= statusBit(status);
    refilter();
}

void FollowUpFilterProxy::setFlagFilter(int filter) {
    m_flagFilter = filter;
    refilter();
}

void FollowUpFilterProxy::setFilterWords(const QString& text) {
    m_words = textKey(text).split(u' ', Qt::SkipEmptyParts);
    refilter();
}

bool FollowUpFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!m_model)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const FollowUpRow& row = m_model->rowAt(sourceRow);
    if (m_mentor != 0 && row.binome.juniorId != m_mentor)
        return false;
    if (m_statusMask != 0 && !(m_statusMask & statusBit(row.binome.status)))
        return false;
    switch (m_flagFilter) {
    case AllRows:
        break;
    case Flagged:
        if (row.flags == FlagNone)
            return false;
        break;
    case Unflagged:
        if (row.flags != FlagNone)
            return false;
        break;
    default:
        if (!(row.flags & m_flagFilter))
            return false;
    }
    if (!m_words.isEmpty()) {
        const QString& text = m_model->filterKey(sourceRow);
        for (const QString& word : m_words) {
            if (!text.contains(word))
                return false;
        }
    }
    return true;
}

bool FollowUpFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    // The model compares its rows' raw values without going through QVariant.
    if (m_model && left.column() == right.column())
        return m_model->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace binome::gui

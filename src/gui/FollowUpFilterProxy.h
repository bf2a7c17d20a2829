#pragma once

#include "binome/domain/Binome.h"

#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace binome::gui {

class FollowUpTableModel;

/// Sorts a program's follow-up on any column by raw values and filters it by mentor, status,
/// flag and words (any case, any accents). Reads the rows of its FollowUpTableModel directly.
class FollowUpFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    /// What the flag filter keeps, besides one FollowUpFlag (keeps rows with that flag).
    enum FlagFilter { AllRows = 0, Flagged = -1, Unflagged = -2 };

    explicit FollowUpFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    /// Only the binômes of this junior; 0 for every mentor.
    void setMentor(qint64 juniorId);
    qint64 mentor() const { return m_mentor; }
    /// Only the binômes in these statuses; empty for all.
    void setStatuses(const QList<BinomeStatus>& statuses);
    /// A FlagFilter value or one FollowUpFlag.
    void setFlagFilter(int filter);
    int flagFilter() const { return m_flagFilter; }
    void setFilterWords(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();

    const FollowUpTableModel* m_model = nullptr;
    qint64 m_mentor = 0;
    int m_statusMask = 0; ///< bit per BinomeStatus; 0 for all
    int m_flagFilter = AllRows;
    QStringList m_words;
};

} // namespace binome::gui

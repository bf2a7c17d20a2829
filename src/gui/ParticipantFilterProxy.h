#pragma once

#include "binome/domain/Participant.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace binome::gui {

/// Sorts participants (names by last name then first name, in the order of the interface's
/// language) and filters them by words (any case, any accents), role and status.
class ParticipantFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ParticipantFilterProxy(QObject* parent = nullptr);

    void setFilterWords(const QString& text);
    void setRoleFilter(std::optional<Role> role);
    void setShowArchived(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QStringList m_words;
    std::optional<Role> m_role;
    bool m_showArchived = false;
};

} // namespace binome::gui

#pragma once

#include "binome/domain/Participant.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace binome::gui {

/// Participants as rows. Fed by the page from the services; never touches the database.
class ParticipantTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        RoleColumn,
        DepartmentColumn,
        SiteColumn,
        SkillsColumn,
        EmailColumn,
        JobTitleColumn,
        LanguagesColumn,
        StatusColumn,
        ColumnCount
    };
    enum Roles {
        IdRole = Qt::UserRole + 1,
        SortRole,
        FilterTextRole,
        ParticipantRoleRole,
        ArchivedRole
    };

    explicit ParticipantTableModel(QObject* parent = nullptr);

    void setParticipants(QList<Participant> participants);
    const QList<Participant>& participants() const { return m_participants; }
    /// The participant with this id, or nullptr.
    const Participant* participant(qint64 id) const;
    int rowOf(qint64 id) const;

    /// With check boxes in the name column (to choose people, e.g. for a program).
    void setCheckable(bool checkable) { m_checkable = checkable; }
    void setChecked(const QSet<qint64>& ids);
    const QSet<qint64>& checked() const { return m_checked; }
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "genai 1→4, linkedin 0→3" for a senior's gaps; the levels for a junior.
    static QString skillsSummary(const Participant& participant);

Q_SIGNALS:
    void checkedChanged();

private:
    QList<Participant> m_participants;
    bool m_checkable = false;
    QSet<qint64> m_checked;
};

} // namespace binome::gui

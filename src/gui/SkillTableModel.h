#pragma once

#include "binome/domain/Skill.h"

#include "RowTableModel.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace binome::gui {

/// The skills catalog as rows.
class SkillTableModel final : public RowTableModel<Skill> {
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        NameEnColumn,
        NameFrColumn,
        AreaColumn,
        KindColumn,
        StatusColumn,
        ColumnCount
    };
    enum Roles { IdRole = Qt::UserRole + 1, ArchivedRole, SortRole };

    explicit SkillTableModel(QObject* parent = nullptr);
    const Skill* skill(qint64 id) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

/// Filters the catalog by words and hides archived skills unless asked; sorts names in the
/// order of the interface's language.
class SkillFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit SkillFilterProxy(QObject* parent = nullptr);
    void setFilterWords(const QString& text);
    void setShowArchived(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QStringList m_words;
    bool m_showArchived = false;
};

} // namespace binome::gui

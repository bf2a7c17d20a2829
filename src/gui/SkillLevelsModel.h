#pragma once

#include "binome/domain/Participant.h"
#include "binome/domain/Skill.h"

#include <QAbstractTableModel>

namespace binome::gui {

/// The skill levels of one participant being edited: one row per catalog skill. For a senior,
/// current level, target, priority and the resulting gap.
class SkillLevelsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { SkillColumn, LevelColumn, TargetColumn, PriorityColumn, GapColumn, ColumnCount };
    /// The smallest and largest value a cell takes (-1 meaning "no value").
    enum Roles { MinimumRole = Qt::UserRole + 1, MaximumRole, CodeRole };

    explicit SkillLevelsModel(QObject* parent = nullptr);

    /// Shows every active skill of the catalog, plus archived ones the participant has.
    void setSkills(const QList<Skill>& catalog, const QList<SkillAssessment>& levels);
    void setRole(Role role);
    Role role() const { return m_role; }
    /// The rows that have a value, sorted by code.
    QList<SkillAssessment> assessments() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Skill skill;
        SkillAssessment assessment;
    };
    std::optional<int>* cell(Row& row, int column) const;
    QList<Row> m_rows;
    Role m_role = Role::Junior;
};

} // namespace binome::gui

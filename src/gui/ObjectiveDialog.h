#pragma once

#include "binome/domain/FollowUp.h"
#include "binome/domain/Participant.h"
#include "binome/domain/Skill.h"
#include "binome/domain/Validation.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ObjectiveDialog;
}

namespace binome::gui {

/// Sets or edits an objective of a binôme: a skill, who learns it, from which level to which,
/// by when, and where it stands. The skill's learning resources are shown as links.
class ObjectiveDialog final : public QDialog {
    Q_OBJECT

public:
    using Checker = std::function<QList<FieldError>(const Objective&)>;

    ObjectiveDialog(const QList<Skill>& catalog, Checker checker, QWidget* parent = nullptr);
    ~ObjectiveDialog() override;

    /// The binôme's two people: their current levels are a new objective's starting level, and
    /// the senior's target its target.
    void setPeople(const Participant& junior, const Participant& senior);
    /// The catalog's learning resources (those of the chosen skill are shown).
    void setResources(const QList<LearningResource>& resources);
    void setObjective(const Objective& objective);
    Objective objective() const;
    void accept() override;

private:
    void fillSkills(qint64 current);
    void updateLevels();
    void showResources();
    const Skill* currentSkill() const;

    const std::unique_ptr<Ui::ObjectiveDialog> m_ui;
    QList<Skill> m_catalog;
    Checker m_checker;
    Participant m_junior;
    Participant m_senior;
    QList<LearningResource> m_resources;
    qint64 m_id = 0;
    qint64 m_rowVersion = 0;
    qint64 m_binomeId = 0;
};

} // namespace binome::gui

#pragma once

#include "binome/domain/Participant.h"
#include "binome/domain/Skill.h"
#include "binome/domain/Validation.h"

#include <QDialog>

#include <array>
#include <functional>
#include <memory>

class QCheckBox;
class QSortFilterProxyModel;

namespace Ui {
class ParticipantDialog;
}

namespace binome::gui {

class SkillLevelsModel;

/// Adds or edits one participant: identity, availability and skill levels (with a senior's
/// gaps). OK only closes the dialog once the checker finds no problem.
class ParticipantDialog final : public QDialog {
    Q_OBJECT

public:
    using Checker = std::function<QList<FieldError>(const Participant&)>;

    ParticipantDialog(const QList<Skill>& catalog, Checker checker, QWidget* parent = nullptr);
    ~ParticipantDialog() override;

    void setParticipant(const Participant& participant);
    /// The participant as entered (id kept from setParticipant).
    Participant participant() const;

    void accept() override;

private:
    void updateForRole();

    const std::unique_ptr<Ui::ParticipantDialog> m_ui;
    SkillLevelsModel* m_skills;
    QSortFilterProxyModel* m_skillsProxy;
    std::array<QCheckBox*, HalfDays::Count> m_halfDays{};
    QList<Skill> m_catalog;
    Checker m_checker;
    qint64 m_id = 0;
    qint64 m_rowVersion = 0;
};

} // namespace binome::gui

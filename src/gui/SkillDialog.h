#pragma once

#include "binome/domain/Skill.h"
#include "binome/domain/Validation.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class SkillDialog;
}

namespace binome::gui {

/// Adds a custom skill or renames one; the code is fixed once the skill exists.
class SkillDialog final : public QDialog {
    Q_OBJECT

public:
    using Checker = std::function<QList<FieldError>(const Skill&)>;

    explicit SkillDialog(Checker checker, QWidget* parent = nullptr);
    ~SkillDialog() override;

    void setSkill(const Skill& skill);
    Skill skill() const;
    void accept() override;

private:
    const std::unique_ptr<Ui::SkillDialog> m_ui;
    Checker m_checker;
    Skill m_skill;
};

} // namespace binome::gui

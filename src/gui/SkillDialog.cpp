#include "SkillDialog.h"

#include "FieldErrors.h"
#include "ui_SkillDialog.h"

using namespace Qt::StringLiterals;

namespace binome::gui {

SkillDialog::SkillDialog(Checker checker, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SkillDialog>())
    , m_checker(std::move(checker)) {
    m_ui->setupUi(this);
    for (int area = 1; area <= 5; ++area)
        m_ui->areaCombo->addItem(digCompAreaName(area), area);
    m_ui->errorLabel->hide();
    setWindowTitle(tr("New skill"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SkillDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SkillDialog::reject);
}

SkillDialog::~SkillDialog() = default;

void SkillDialog::setSkill(const Skill& skill) {
    m_skill = skill;
    m_ui->codeEdit->setText(skill.code);
    m_ui->codeEdit->setReadOnly(skill.id != 0);
    m_ui->nameEnEdit->setText(skill.nameEn);
    m_ui->nameFrEdit->setText(skill.nameFr);
    m_ui->areaCombo->setCurrentIndex(m_ui->areaCombo->findData(skill.area));
    setWindowTitle(skill.id == 0 ? tr("New skill") : tr("Rename %1").arg(skill.code));
}

Skill SkillDialog::skill() const {
    Skill s = m_skill;
    s.code = m_ui->codeEdit->text().trimmed();
    s.nameEn = m_ui->nameEnEdit->text().trimmed();
    s.nameFr = m_ui->nameFrEdit->text().trimmed();
    s.area = m_ui->areaCombo->currentData().toInt();
    return s;
}

void SkillDialog::accept() {
    if (showFieldErrors(m_ui->errorLabel, m_checker ? m_checker(skill()) : QList<FieldError>()))
        QDialog::accept();
}

} // namespace binome::gui

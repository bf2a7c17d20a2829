#include "ParticipantDialog.h"

#include "FieldErrors.h"
#include "LevelDelegate.h"
#include "SkillLevelsModel.h"
#include "ui_ParticipantDialog.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace binome::gui {

ParticipantDialog::ParticipantDialog(const QList<Skill>& catalog, Checker checker, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ParticipantDialog>())
    , m_skills(new SkillLevelsModel(this))
    , m_skillsProxy(new QSortFilterProxyModel(this))
    , m_catalog(catalog)
    , m_checker(std::move(checker)) {
    m_ui->setupUi(this);
    setObjectName(u"ParticipantDialog"_s);
    m_ui->roleCombo->addItem(roleDisplayName(Role::Junior), static_cast<int>(Role::Junior));
    m_ui->roleCombo->addItem(roleDisplayName(Role::Senior), static_cast<int>(Role::Senior));
    for (MeetingMode mode : {MeetingMode::Either, MeetingMode::InPerson, MeetingMode::Remote})
        m_ui->modeCombo->addItem(meetingModeDisplayName(mode), static_cast<int>(mode));
    m_ui->birthYearSpin->setRange(MinBirthYear - 1, maxBirthYear());
    m_ui->birthYearSpin->setSpecialValueText(tr("unknown"));
    m_ui->birthYearSpin->setValue(MinBirthYear - 1);

    // The half-days grid: a row per part of the day, a column per weekday.
    const QStringList days = {tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"),
                              tr("Fri"), tr("Sat"), tr("Sun")};
    for (int day = 0; day < 7; ++day)
        m_ui->halfDaysGrid->addWidget(new QLabel(days.at(day), this), 0, day + 1, Qt::AlignCenter);
    m_ui->halfDaysGrid->addWidget(new QLabel(tr("Morning"), this), 1, 0);
    m_ui->halfDaysGrid->addWidget(new QLabel(tr("Afternoon"), this), 2, 0);
    for (int i = 0; i < HalfDays::Count; ++i) {
        auto* box = new QCheckBox(this);
        box->setObjectName(u"halfDay_"_s + HalfDays::token(i));
        box->setAccessibleName(HalfDays::token(i));
        m_halfDays[static_cast<std::size_t>(i)] = box;
        m_ui->halfDaysGrid->addWidget(box, 1 + i % 2, 1 + i / 2, Qt::AlignCenter);
    }

    m_skills->setSkills(catalog, {});
    m_skillsProxy->setSourceModel(m_skills);
    m_skillsProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_skillsProxy->setFilterKeyColumn(SkillLevelsModel::SkillColumn);
    m_ui->skillsView->setModel(m_skillsProxy);
    m_ui->skillsView->setItemDelegate(new LevelDelegate(m_ui->skillsView));
    m_ui->skillsView->horizontalHeader()->setSectionResizeMode(SkillLevelsModel::SkillColumn,
                                                               QHeaderView::Stretch);
    m_ui->skillsView->verticalHeader()->hide();
    m_ui->skillsView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_ui->skillsView->setAlternatingRowColors(true);
    connect(m_ui->skillFilterEdit, &QLineEdit::textChanged, m_skillsProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this,
            &ParticipantDialog::updateForRole);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ParticipantDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ParticipantDialog::reject);
    m_ui->errorLabel->hide();
    setWindowTitle(tr("New participant"));
    updateForRole();
    // The keyboard starts in the first field to type, not on the tabs.
    m_ui->firstNameEdit->setFocus();
}

ParticipantDialog::~ParticipantDialog() = default;

void ParticipantDialog::updateForRole() {
    const auto role = static_cast<Role>(m_ui->roleCombo->currentData().toInt());
    m_skills->setRole(role);
    const bool senior = role == Role::Senior;
    m_ui->skillsView->setColumnHidden(SkillLevelsModel::TargetColumn, !senior);
    m_ui->skillsView->setColumnHidden(SkillLevelsModel::PriorityColumn, !senior);
    m_ui->skillsView->setColumnHidden(SkillLevelsModel::GapColumn, !senior);
    m_ui->capacitySpin->setEnabled(!senior);
    m_ui->skillsHint->setText(
        senior ? tr("For each skill to work on: the current level and the target (0 none to 5 "
                    "expert), and a priority from 1 (nice to have) to 3 (essential). The gap is "
                    "what a mentor should cover.")
               : tr("The mentor's level on each skill, from 0 (none) to 5 (expert). Leave a "
                    "skill empty when unknown."));
}

void ParticipantDialog::setParticipant(const Participant& p) {
    m_id = p.id;
    m_rowVersion = p.rowVersion;
    setWindowTitle(p.id == 0 ? tr("New participant") : tr("Edit %1").arg(p.fullName()));
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(static_cast<int>(p.role)));
    m_ui->firstNameEdit->setText(p.firstName);
    m_ui->lastNameEdit->setText(p.lastName);
    m_ui->emailEdit->setText(p.email);
    m_ui->departmentEdit->setText(p.department);
    m_ui->siteEdit->setText(p.site);
    m_ui->jobTitleEdit->setText(p.jobTitle);
    m_ui->birthYearSpin->setValue(p.birthYear.value_or(m_ui->birthYearSpin->minimum()));
    m_ui->languagesEdit->setText(p.languages.join(u", "_s));
    m_ui->capacitySpin->setValue(p.capacity);
    m_ui->managerEdit->setText(p.managerEmail);
    m_ui->archivedCheck->setChecked(p.archived);
    m_ui->modeCombo->setCurrentIndex(m_ui->modeCombo->findData(static_cast<int>(p.mode)));
    for (int i = 0; i < HalfDays::Count; ++i)
        m_halfDays[static_cast<std::size_t>(i)]->setChecked(p.availability.contains(i));
    m_skills->setRole(p.role);
    m_skills->setSkills(m_catalog, p.skills);
    updateForRole();
}

Participant ParticipantDialog::participant() const {
    Participant p;
    p.id = m_id;
    p.rowVersion = m_rowVersion; // as loaded: refused on save if changed since
    p.role = static_cast<Role>(m_ui->roleCombo->currentData().toInt());
    p.firstName = m_ui->firstNameEdit->text().trimmed();
    p.lastName = m_ui->lastNameEdit->text().trimmed();
    p.email = m_ui->emailEdit->text().trimmed();
    p.department = m_ui->departmentEdit->text().trimmed();
    p.site = m_ui->siteEdit->text().trimmed();
    p.jobTitle = m_ui->jobTitleEdit->text().trimmed();
    if (m_ui->birthYearSpin->value() != m_ui->birthYearSpin->minimum())
        p.birthYear = m_ui->birthYearSpin->value();
    const QStringList languages =
        m_ui->languagesEdit->text().split(QRegularExpression(u"[,;| ]+"_s), Qt::SkipEmptyParts);
    for (const QString& language : languages)
        p.languages << language.trimmed().toLower();
    p.capacity = p.role == Role::Junior ? m_ui->capacitySpin->value() : 1;
    p.managerEmail = m_ui->managerEdit->text().trimmed();
    p.archived = m_ui->archivedCheck->isChecked();
    p.mode = static_cast<MeetingMode>(m_ui->modeCombo->currentData().toInt());
    for (int i = 0; i < HalfDays::Count; ++i)
        p.availability.set(i, m_halfDays[static_cast<std::size_t>(i)]->isChecked());
    p.skills = m_skills->assessments();
    return p;
}

void ParticipantDialog::accept() {
    const QList<FieldError> errors = m_checker ? m_checker(participant()) : QList<FieldError>();
    if (showFieldErrors(m_ui->errorLabel, errors)) {
        QDialog::accept();
        return;
    }
    // Bring the first wrong field into view.
    const QString field = errors.first().field;
    if (field.startsWith(u"skill:") || field.startsWith(u"target:") ||
        field.startsWith(u"priority:"))
        m_ui->tabs->setCurrentWidget(m_ui->skillsTab);
    else
        m_ui->tabs->setCurrentWidget(m_ui->identityTab);
}

} // namespace binome::gui

#include "ObjectiveDialog.h"

#include "FieldErrors.h"
#include "SessionDialog.h"
#include "ui_ObjectiveDialog.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome::gui {

ObjectiveDialog::ObjectiveDialog(const QList<Skill>& catalog, Checker checker, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ObjectiveDialog>())
    , m_catalog(catalog)
    , m_checker(std::move(checker)) {
    m_ui->setupUi(this);
    setObjectName(u"ObjectiveDialog"_s);
    m_ui->learnerCombo->addItem(learnerDisplayName(Learner::Senior),
                                static_cast<int>(Learner::Senior));
    m_ui->learnerCombo->addItem(learnerDisplayName(Learner::Junior),
                                static_cast<int>(Learner::Junior));
    for (ObjectiveStatus status : {ObjectiveStatus::NotStarted, ObjectiveStatus::InProgress,
                                   ObjectiveStatus::Achieved, ObjectiveStatus::Dropped})
        m_ui->statusCombo->addItem(objectiveStatusDisplayName(status), static_cast<int>(status));
    m_ui->startSpin->setRange(MinLevel, MaxLevel);
    m_ui->targetSpin->setRange(MinLevel, MaxLevel);
    m_ui->headingLabel->hide();
    m_ui->errorLabel->hide();
    connect(m_ui->dueCheck, &QCheckBox::toggled, m_ui->dueDateEdit, &QWidget::setEnabled);
    connect(m_ui->skillCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateLevels();
        showResources();
    });
    connect(m_ui->learnerCombo, &QComboBox::currentIndexChanged, this,
            &ObjectiveDialog::updateLevels);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ObjectiveDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ObjectiveDialog::reject);
    installAcceptKeys(this, m_ui->buttonBox);
    setObjective(Objective{});
}

ObjectiveDialog::~ObjectiveDialog() = default;

void ObjectiveDialog::setPeople(const Participant& junior, const Participant& senior) {
    m_junior = junior;
    m_senior = senior;
    m_ui->headingLabel->setTextFormat(Qt::PlainText);
    m_ui->headingLabel->setText(
        tr("%1 mentors %2").arg(junior.fullName().trimmed(), senior.fullName().trimmed()));
    m_ui->headingLabel->show();
    updateLevels();
}

void ObjectiveDialog::setResources(const QList<LearningResource>& resources) {
    m_resources = resources;
    showResources();
}

void ObjectiveDialog::fillSkills(qint64 current) {
    const QSignalBlocker blocker(m_ui->skillCombo);
    m_ui->skillCombo->clear();
    for (const Skill& skill : std::as_const(m_catalog)) {
        if (skill.archived && skill.id != current)
            continue;
        m_ui->skillCombo->addItem(u"%1 (%2)"_s.arg(skill.displayName(), skill.code), skill.id);
    }
    const int index = m_ui->skillCombo->findData(current);
    m_ui->skillCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void ObjectiveDialog::setObjective(const Objective& objective) {
    m_id = objective.id;
    m_rowVersion = objective.rowVersion;
    m_binomeId = objective.binomeId;
    fillSkills(objective.skillId);
    {
        const QSignalBlocker blocker(m_ui->learnerCombo);
        m_ui->learnerCombo->setCurrentIndex(
            m_ui->learnerCombo->findData(static_cast<int>(objective.learner)));
    }
    m_ui->startSpin->setValue(objective.startLevel);
    m_ui->targetSpin->setValue(objective.targetLevel);
    m_ui->dueCheck->setChecked(objective.dueDate.isValid());
    m_ui->dueDateEdit->setEnabled(objective.dueDate.isValid());
    m_ui->dueDateEdit->setDate(objective.dueDate.isValid() ? objective.dueDate
                                                           : QDate::currentDate().addMonths(3));
    m_ui->statusCombo->setCurrentIndex(
        m_ui->statusCombo->findData(static_cast<int>(objective.status)));
    m_ui->descriptionEdit->setPlainText(objective.description);
    setWindowTitle(objective.id == 0 ? tr("New objective") : tr("Edit the objective"));
    if (objective.id == 0 && objective.targetLevel <= objective.startLevel)
        updateLevels(); // no levels given: the learner's own
    showResources();
    m_ui->skillCombo->setFocus();
}

const Skill* ObjectiveDialog::currentSkill() const {
    const qint64 id = m_ui->skillCombo->currentData().toLongLong();
    const auto it = std::find_if(m_catalog.cbegin(), m_catalog.cend(),
                                 [id](const Skill& s) { return s.id == id; });
    return it == m_catalog.cend() ? nullptr : &*it;
}

void ObjectiveDialog::updateLevels() {
    // Only a new objective follows the learner's current level; a stored one keeps its own.
    const Skill* skill = currentSkill();
    if (m_id != 0 || !skill)
        return;
    const auto learner = static_cast<Learner>(m_ui->learnerCombo->currentData().toInt());
    const Participant& person = learner == Learner::Senior ? m_senior : m_junior;
    const SkillAssessment* assessment = person.skill(skill->code);
    const int current = assessment && assessment->level ? *assessment->level : 0;
    int target = std::min(MaxLevel, current + 1);
    if (learner == Learner::Senior && assessment && assessment->target &&
        *assessment->target > current)
        target = *assessment->target;
    m_ui->startSpin->setValue(current);
    m_ui->targetSpin->setValue(target);
}

void ObjectiveDialog::showResources() {
    const qint64 skillId = m_ui->skillCombo->currentData().toLongLong();
    QStringList links;
    for (const LearningResource& resource : std::as_const(m_resources)) {
        if (resource.skillId != skillId)
            continue;
        links << (resource.url.isEmpty()
                      ? resource.title.toHtmlEscaped()
                      : u"<a href=\"%1\">%2</a>"_s.arg(resource.url.toHtmlEscaped(),
                                                       resource.title.toHtmlEscaped()));
    }
    m_ui->resourcesLabel->setText(links.isEmpty() ? tr("None yet: add some on the Skills page.")
                                                  : links.join(u"<br>"_s));
}

Objective ObjectiveDialog::objective() const {
    Objective o;
    o.id = m_id;
    o.rowVersion = m_rowVersion; // as loaded: refused on save if changed since
    o.binomeId = m_binomeId;
    o.skillId = m_ui->skillCombo->currentData().toLongLong();
    o.learner = static_cast<Learner>(m_ui->learnerCombo->currentData().toInt());
    o.startLevel = m_ui->startSpin->value();
    o.targetLevel = m_ui->targetSpin->value();
    if (m_ui->dueCheck->isChecked())
        o.dueDate = m_ui->dueDateEdit->date();
    o.status = static_cast<ObjectiveStatus>(m_ui->statusCombo->currentData().toInt());
    o.description = m_ui->descriptionEdit->toPlainText().trimmed();
    return o;
}

void ObjectiveDialog::accept() {
    const QList<FieldError> errors = m_checker ? m_checker(objective()) : QList<FieldError>();
    if (showFieldErrors(m_ui->errorLabel, errors)) {
        QDialog::accept();
        return;
    }
    const QString field = errors.first().field;
    if (field.startsWith(u"skill"))
        m_ui->skillCombo->setFocus();
    else if (field.startsWith(u"start"))
        m_ui->startSpin->setFocus();
    else if (field.startsWith(u"target"))
        m_ui->targetSpin->setFocus();
    else if (field.startsWith(u"due"))
        m_ui->dueDateEdit->setFocus();
    else if (field == u"description")
        m_ui->descriptionEdit->setFocus();
}

} // namespace binome::gui

#include "DebriefDialog.h"

#include "FieldErrors.h"
#include "SessionDialog.h"
#include "ui_DebriefDialog.h"

#include <QComboBox>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace binome::gui {

namespace {

enum LineColumn { SkillColumn, LearnerColumn, BeforeColumn, TargetColumn, NewColumn, StatusColumn };

QString levelText(std::optional<int> level) {
    return level ? QString::number(*level)
                 : QCoreApplication::translate("DebriefDialog", "—", "no level");
}

} // namespace

DebriefDialog::DebriefDialog(Checker checker, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DebriefDialog>())
    , m_checker(std::move(checker)) {
    m_ui->setupUi(this);
    setObjectName(u"DebriefDialog"_s);
    for (DebriefKind kind :
         {DebriefKind::Kickoff, DebriefKind::MidTerm, DebriefKind::Final, DebriefKind::AdHoc})
        m_ui->kindCombo->addItem(debriefKindDisplayName(kind), static_cast<int>(kind));
    fillRatingCombo(m_ui->menteeSatisfactionCombo);
    fillRatingCombo(m_ui->mentorSatisfactionCombo);
    m_ui->headingLabel->hide();
    m_ui->errorLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DebriefDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DebriefDialog::reject);
    installAcceptKeys(this, m_ui->buttonBox);
    setWindowTitle(tr("Debrief"));
}

DebriefDialog::~DebriefDialog() = default;

void DebriefDialog::setHeading(const QString& heading) {
    m_ui->headingLabel->setTextFormat(Qt::PlainText);
    m_ui->headingLabel->setText(heading);
    m_ui->headingLabel->setVisible(!heading.isEmpty());
}

void DebriefDialog::clearLines() {
    qDeleteAll(m_lineWidgets);
    m_lineWidgets.clear();
    m_lines.clear();
}

void DebriefDialog::setDebrief(const Debrief& debrief, const QList<DebriefLine>& lines) {
    m_id = debrief.id;
    m_binomeId = debrief.binomeId;
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(static_cast<int>(debrief.kind)));
    m_ui->dateEdit->setDate(debrief.date);
    setComboRating(m_ui->menteeSatisfactionCombo, debrief.menteeSatisfaction);
    setComboRating(m_ui->mentorSatisfactionCombo, debrief.mentorSatisfaction);
    m_ui->commentsEdit->setPlainText(debrief.comments);

    clearLines();
    QGridLayout* grid = m_ui->reviewsGrid;
    const QStringList headers = {tr("Skill"),  tr("Learner"),   tr("Level before"),
                                 tr("Target"), tr("New level"), tr("Status")};
    for (int column = 0; column < headers.size(); ++column) {
        auto* header = new QLabel(headers.at(column), m_ui->reviewsWidget);
        header->setStyleSheet(u"font-weight: 600;"_s);
        grid->addWidget(header, 0, column);
        m_lineWidgets << header;
    }
    int row = 1;
    for (const DebriefLine& line : lines) {
        ObjectiveReview review;
        review.objectiveId = line.objectiveId;
        for (const ObjectiveReview& r : debrief.reviews) {
            if (r.objectiveId == line.objectiveId)
                review = r;
        }
        addLine(row++, line, review);
        m_lines << line;
    }
    if (lines.isEmpty()) {
        auto* none =
            new QLabel(tr("This binôme has no open objective to review."), m_ui->reviewsWidget);
        grid->addWidget(none, 1, 0, 1, static_cast<int>(headers.size()));
        m_lineWidgets << none;
    }
    grid->setColumnStretch(SkillColumn, 1);
    grid->setRowStretch(row, 1);

    // The keyboard goes from the date through every line, then to the satisfaction.
    QWidget* previous = m_ui->dateEdit;
    for (const DebriefLine& line : std::as_const(m_lines)) {
        for (QWidget* next : {static_cast<QWidget*>(newLevelCombo(line.objectiveId)),
                              static_cast<QWidget*>(statusCombo(line.objectiveId))}) {
            setTabOrder(previous, next);
            previous = next;
        }
    }
    setTabOrder(previous, m_ui->menteeSatisfactionCombo);
    setWindowTitle(debrief.id == 0 ? tr("Debrief") : tr("Edit the debrief"));
    if (!m_lines.isEmpty())
        newLevelCombo(m_lines.first().objectiveId)->setFocus();
    else
        m_ui->menteeSatisfactionCombo->setFocus();
}

void DebriefDialog::addLine(int row, const DebriefLine& line, const ObjectiveReview& review) {
    QWidget* parent = m_ui->reviewsWidget;
    QGridLayout* grid = m_ui->reviewsGrid;
    const QString id = QString::number(line.objectiveId);
    auto* skill = new QLabel(line.skill, parent);
    skill->setTextFormat(Qt::PlainText);
    auto* learner = new QLabel(learnerDisplayName(line.learner), parent);
    auto* before = new QLabel(levelText(line.levelBefore), parent);
    auto* target = new QLabel(QString::number(line.targetLevel), parent);

    auto* level = new QComboBox(parent);
    level->setObjectName(u"newLevel_"_s + id);
    level->setAccessibleName(tr("New level on %1").arg(line.skill));
    level->setToolTip(tr("The learner's level measured today, from 0 (none) to 5 (expert);\n"
                         "reaching the target marks the objective achieved"));
    level->addItem(levelText(std::nullopt), -1);
    for (int value = MinLevel; value <= MaxLevel; ++value)
        level->addItem(QString::number(value), value);
    level->setCurrentIndex(review.newLevel ? level->findData(*review.newLevel) : 0);

    auto* status = new QComboBox(parent);
    status->setObjectName(u"status_"_s + id);
    status->setAccessibleName(tr("Status of %1").arg(line.skill));
    status->setToolTip(tr("Where this objective stands after the debrief"));
    for (ObjectiveStatus s : {ObjectiveStatus::NotStarted, ObjectiveStatus::InProgress,
                              ObjectiveStatus::Achieved, ObjectiveStatus::Dropped})
        status->addItem(objectiveStatusDisplayName(s), static_cast<int>(s));
    status->setCurrentIndex(status->findData(static_cast<int>(review.status)));

    // A new level reaching the target achieves the objective; any new level starts it.
    const int targetLevel = line.targetLevel;
    connect(level, &QComboBox::currentIndexChanged, this, [level, status, targetLevel] {
        const int value = level->currentData().toInt();
        const auto current = static_cast<ObjectiveStatus>(status->currentData().toInt());
        if (value < 0 || current == ObjectiveStatus::Dropped)
            return;
        ObjectiveStatus next = current;
        if (value >= targetLevel)
            next = ObjectiveStatus::Achieved;
        else if (current == ObjectiveStatus::NotStarted)
            next = ObjectiveStatus::InProgress;
        status->setCurrentIndex(status->findData(static_cast<int>(next)));
    });

    const QList<QWidget*> widgets = {skill, learner, before, target, level, status};
    for (int column = 0; column < widgets.size(); ++column) {
        grid->addWidget(widgets.at(column), row, column);
        m_lineWidgets << widgets.at(column);
    }
}

QComboBox* DebriefDialog::newLevelCombo(qint64 objectiveId) const {
    return m_ui->reviewsWidget->findChild<QComboBox*>(u"newLevel_"_s +
                                                      QString::number(objectiveId));
}

QComboBox* DebriefDialog::statusCombo(qint64 objectiveId) const {
    return m_ui->reviewsWidget->findChild<QComboBox*>(u"status_"_s + QString::number(objectiveId));
}

Debrief DebriefDialog::debrief() const {
    Debrief d;
    d.id = m_id;
    d.binomeId = m_binomeId;
    d.kind = static_cast<DebriefKind>(m_ui->kindCombo->currentData().toInt());
    d.date = m_ui->dateEdit->date();
    for (const DebriefLine& line : m_lines) {
        ObjectiveReview review;
        review.objectiveId = line.objectiveId;
        if (const QComboBox* level = newLevelCombo(line.objectiveId);
            level && level->currentData().toInt() >= 0)
            review.newLevel = level->currentData().toInt();
        if (const QComboBox* status = statusCombo(line.objectiveId))
            review.status = static_cast<ObjectiveStatus>(status->currentData().toInt());
        d.reviews << review;
    }
    d.menteeSatisfaction = comboRating(m_ui->menteeSatisfactionCombo);
    d.mentorSatisfaction = comboRating(m_ui->mentorSatisfactionCombo);
    d.comments = m_ui->commentsEdit->toPlainText().trimmed();
    return d;
}

void DebriefDialog::accept() {
    const QList<FieldError> errors = m_checker ? m_checker(debrief()) : QList<FieldError>();
    if (showFieldErrors(m_ui->errorLabel, errors)) {
        QDialog::accept();
        return;
    }
    const QString field = errors.first().field;
    if (field == u"date")
        m_ui->dateEdit->setFocus();
    else if (field == u"kind")
        m_ui->kindCombo->setFocus();
    else if (field.contains(u"satisfaction"))
        (field.startsWith(u"mentee") ? m_ui->menteeSatisfactionCombo
                                     : m_ui->mentorSatisfactionCombo)
            ->setFocus();
}

} // namespace binome::gui

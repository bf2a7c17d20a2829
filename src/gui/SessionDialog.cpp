#include "SessionDialog.h"

#include "FieldErrors.h"
#include "ui_SessionDialog.h"

#include <QPushButton>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace binome::gui {

void fillRatingCombo(QComboBox* combo) {
    combo->clear();
    combo->addItem(QCoreApplication::translate("SessionDialog", "—", "no rating"), 0);
    for (int rating = MinRating; rating <= MaxRating; ++rating)
        combo->addItem(QString::number(rating), rating);
}

void setComboRating(QComboBox* combo, std::optional<int> rating) {
    const int index = combo->findData(rating.value_or(0));
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

std::optional<int> comboRating(const QComboBox* combo) {
    const int rating = combo->currentData().toInt();
    return rating > 0 ? std::optional<int>(rating) : std::nullopt;
}

void installAcceptKeys(QDialog* dialog, QDialogButtonBox* buttonBox) {
    if (QPushButton* ok = buttonBox->button(QDialogButtonBox::Ok)) {
        ok->setDefault(true);
        ok->setAutoDefault(true);
    }
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, dialog);
        QObject::connect(shortcut, &QShortcut::activated, dialog, &QDialog::accept);
    }
}

SessionDialog::SessionDialog(const QList<Skill>& catalog, Checker checker, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SessionDialog>())
    , m_catalog(catalog)
    , m_checker(std::move(checker)) {
    m_ui->setupUi(this);
    setObjectName(u"SessionDialog"_s);
    m_ui->stateCombo->addItem(tr("Held"), false);
    m_ui->stateCombo->addItem(tr("Planned"), true);
    for (SessionMode mode : {SessionMode::InPerson, SessionMode::Video, SessionMode::Phone})
        m_ui->modeCombo->addItem(sessionModeDisplayName(mode), static_cast<int>(mode));
    m_ui->minutesSpin->setRange(MinSessionMinutes, MaxSessionMinutes);
    fillRatingCombo(m_ui->menteeRatingCombo);
    fillRatingCombo(m_ui->mentorRatingCombo);
    m_ui->headingLabel->hide();
    m_ui->errorLabel->hide();
    connect(m_ui->stateCombo, &QComboBox::currentIndexChanged, this,
            &SessionDialog::updateForState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SessionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SessionDialog::reject);
    installAcceptKeys(this, m_ui->buttonBox);
    Session fresh;
    fresh.date = QDate::currentDate();
    setSession(fresh);
}

SessionDialog::~SessionDialog() = default;

void SessionDialog::setHeading(const QString& heading) {
    m_ui->headingLabel->setTextFormat(Qt::PlainText);
    m_ui->headingLabel->setText(heading);
    m_ui->headingLabel->setVisible(!heading.isEmpty());
}

void SessionDialog::setSession(const Session& session) {
    m_id = session.id;
    m_rowVersion = session.rowVersion;
    m_binomeId = session.binomeId;
    m_ui->stateCombo->setCurrentIndex(m_ui->stateCombo->findData(session.planned));
    m_ui->dateEdit->setDate(session.date);
    m_ui->minutesSpin->setValue(session.minutes);
    m_ui->modeCombo->setCurrentIndex(m_ui->modeCombo->findData(static_cast<int>(session.mode)));
    fillSkills(session.skillIds);
    m_ui->notesEdit->setPlainText(session.notes);
    m_ui->nextStepsEdit->setText(session.nextSteps);
    setComboRating(m_ui->menteeRatingCombo, session.menteeRating);
    setComboRating(m_ui->mentorRatingCombo, session.mentorRating);
    if (session.id != 0)
        setWindowTitle(tr("Edit the session of %1")
                           .arg(QLocale().toString(session.date, QLocale::ShortFormat)));
    else
        setWindowTitle(session.planned ? tr("Plan a session") : tr("Log a session"));
    updateForState();
    if (session.planned)
        m_ui->dateEdit->setFocus();
    else
        m_ui->notesEdit->setFocus();
}

void SessionDialog::fillSkills(const QList<qint64>& checked) {
    m_ui->skillsList->clear();
    // The ticked skills first, so that the defaults are seen at a glance; then the catalog.
    for (bool ticked : {true, false}) {
        for (const Skill& skill : std::as_const(m_catalog)) {
            if (checked.contains(skill.id) != ticked || (!ticked && skill.archived))
                continue;
            auto* item = new QListWidgetItem(skill.displayName(), m_ui->skillsList);
            item->setData(Qt::UserRole, skill.id);
            item->setToolTip(skill.code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
        }
    }
    if (m_ui->skillsList->count() > 0)
        m_ui->skillsList->setCurrentRow(0, QItemSelectionModel::NoUpdate);
}

void SessionDialog::updateForState() {
    // A meeting that has not happened yet cannot be rated.
    const bool held = !m_ui->stateCombo->currentData().toBool();
    m_ui->menteeRatingCombo->setEnabled(held);
    m_ui->mentorRatingCombo->setEnabled(held);
}

Session SessionDialog::session() const {
    Session s;
    s.id = m_id;
    s.rowVersion = m_rowVersion; // as loaded: refused on save if changed since
    s.binomeId = m_binomeId;
    s.planned = m_ui->stateCombo->currentData().toBool();
    s.date = m_ui->dateEdit->date();
    s.minutes = m_ui->minutesSpin->value();
    s.mode = static_cast<SessionMode>(m_ui->modeCombo->currentData().toInt());
    for (int row = 0; row < m_ui->skillsList->count(); ++row) {
        const QListWidgetItem* item = m_ui->skillsList->item(row);
        if (item->checkState() == Qt::Checked)
            s.skillIds << item->data(Qt::UserRole).toLongLong();
    }
    s.notes = m_ui->notesEdit->toPlainText().trimmed();
    s.nextSteps = m_ui->nextStepsEdit->text().trimmed();
    if (!s.planned) {
        s.menteeRating = comboRating(m_ui->menteeRatingCombo);
        s.mentorRating = comboRating(m_ui->mentorRatingCombo);
    }
    return s;
}

void SessionDialog::focusField(const QString& field) {
    if (field == u"planned" || field == u"held")
        m_ui->stateCombo->setFocus();
    else if (field == u"date")
        m_ui->dateEdit->setFocus();
    else if (field == u"minutes")
        m_ui->minutesSpin->setFocus();
    else if (field == u"mode")
        m_ui->modeCombo->setFocus();
    else if (field.startsWith(u"skill"))
        m_ui->skillsList->setFocus();
    else if (field == u"notes")
        m_ui->notesEdit->setFocus();
    else if (field == u"next_steps")
        m_ui->nextStepsEdit->setFocus();
    else if (field == u"mentee_rating")
        m_ui->menteeRatingCombo->setFocus();
    else if (field == u"mentor_rating")
        m_ui->mentorRatingCombo->setFocus();
}

void SessionDialog::accept() {
    const QList<FieldError> errors = m_checker ? m_checker(session()) : QList<FieldError>();
    if (showFieldErrors(m_ui->errorLabel, errors)) {
        QDialog::accept();
        return;
    }
    focusField(errors.first().field);
}

} // namespace binome::gui

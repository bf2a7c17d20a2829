#include "BinomeDetailDialog.h"
#include "BinomeDetailSupport.h"

#include "FollowUpCommands.h"
#include "Icons.h"
#include "KeyboardFocus.h"
#include "ReportPreview.h"
#include "Workspace.h"
#include "ui_BinomeDetailDialog.h"

#include "binome/reports/BinomeReport.h"
#include "binome/reports/ReportDocument.h"
#include "binome/services/FollowUpService.h"
#include "binome/services/ProgramExportService.h"
#include "binome/services/ReportService.h"
#include "binome/services/SkillCatalogService.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyle>
#include <QTableWidget>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace binome::gui {

namespace {

using binomedetail::attentionColour;
using binomedetail::dateText;

/// "Name — e-mail, job title, department, site", leaving out what is not known.
QString personText(const Participant& p) {
    QStringList facts;
    for (const QString& fact : {p.email, p.jobTitle, p.department, p.site}) {
        if (!fact.isEmpty())
            facts << fact;
    }
    return facts.isEmpty() ? p.fullName() : p.fullName() + u" — "_s + facts.join(u", "_s);
}

void setUpTable(QTableWidget* table, const QStringList& headers) {
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSortingEnabled(false); // kept in the service's order: the most recent first
}

} // namespace

BinomeDetailDialog::BinomeDetailDialog(Workspace& workspace, qint64 binomeId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BinomeDetailDialog>())
    , m_workspace(workspace)
    , m_binomeId(binomeId) {
    m_ui->setupUi(this);
    setUpTable(m_ui->objectivesTable, {tr("Skill"), tr("Learner"), tr("Levels"), tr("Due"),
                                       tr("Status"), tr("Description")});
    setUpTable(m_ui->sessionsTable,
               {tr("Date"), tr("Held or planned"), tr("Duration"), tr("Mode"), tr("Skills"),
                tr("Ratings (mentee, mentor)"), tr("Notes"), tr("Next steps")});
    setUpTable(m_ui->debriefsTable, {tr("Date"), tr("Kind"), tr("Objectives reviewed"),
                                     tr("Satisfaction (mentee, mentor)"), tr("Comments")});
    setUpTable(m_ui->historyTable,
               {tr("Person"), tr("Skill"), tr("Level"), tr("Date"), tr("Source")});
    // Every button wears its icon, as in the other dialogs; Close the desktop's own.
    m_ui->closeButton->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    // Tab into a table selects a row, so that Enter edits it and Delete removes it at once.
    for (QTableWidget* table :
         {m_ui->objectivesTable, m_ui->sessionsTable, m_ui->debriefsTable, m_ui->historyTable})
        selectARowOnKeyboardFocus(table);
    // Enter in a table edits its row; it must not also press a button of the dialog.
    const QList<QPushButton*> buttons = findChildren<QPushButton*>();
    for (QPushButton* button : buttons) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    connect(m_ui->logButton, &QPushButton::clicked, this, &BinomeDetailDialog::logSession);
    connect(m_ui->planButton, &QPushButton::clicked, this, &BinomeDetailDialog::planSession);
    connect(m_ui->calendarButton, &QPushButton::clicked, this, &BinomeDetailDialog::exportCalendar);
    connect(m_ui->reportButton, &QPushButton::clicked, this, &BinomeDetailDialog::showReport);
    connect(m_ui->debriefButton, &QPushButton::clicked, this, &BinomeDetailDialog::debrief);
    connect(m_ui->pauseButton, &QPushButton::clicked, this, &BinomeDetailDialog::pauseOrResume);
    connect(m_ui->endButton, &QPushButton::clicked, this, &BinomeDetailDialog::endBinome);
    connect(m_ui->addObjectiveButton, &QPushButton::clicked, this,
            &BinomeDetailDialog::addObjective);
    connect(m_ui->editButton, &QPushButton::clicked, this, &BinomeDetailDialog::editSelected);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &BinomeDetailDialog::removeSelected);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &BinomeDetailDialog::updateActions);
    for (QTableWidget* table :
         {m_ui->objectivesTable, m_ui->sessionsTable, m_ui->debriefsTable, m_ui->historyTable}) {
        connect(table, &QTableWidget::itemSelectionChanged, this,
                &BinomeDetailDialog::updateActions);
    }
    connect(m_ui->objectivesTable, &QTableWidget::activated, this,
            &BinomeDetailDialog::editSelected);
    connect(m_ui->sessionsTable, &QTableWidget::activated, this, &BinomeDetailDialog::editSelected);
    auto* logShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(logShortcut, &QShortcut::activated, this, &BinomeDetailDialog::logSession);
    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes what) {
        if (what & (Workspace::Binomes | Workspace::FollowUp | Workspace::Participants |
                    Workspace::Programs | Workspace::Catalog))
            reload();
    });
    reload();
}

BinomeDetailDialog::~BinomeDetailDialog() = default;

void BinomeDetailDialog::setToday(const QDate& today) {
    m_today = today;
    reload();
}

QDate BinomeDetailDialog::today() const {
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void BinomeDetailDialog::reload() {
    if (!m_workspace.hasDatabase())
        return;
    const Database& database = m_workspace.database();
    auto detail = BinomeService(database).detail(m_binomeId);
    if (!detail) {
        // Gone (its program was deleted, say): nothing left to show.
        if (!m_detail)
            m_workspace.reportError(detail.error());
        m_detail.reset();
        reject();
        return;
    }
    m_detail = std::move(detail).value();
    m_skills.clear();
    if (const auto skills = SkillCatalogService(database).list()) {
        for (const Skill& s : *skills)
            m_skills.insert(s.id, {s.code, s.displayName()});
    }
    showHeader();
    fillObjectives();
    fillResources();
    fillSessions();
    fillDebriefs();
    fillHistory();
    updateActions();
}

QString BinomeDetailDialog::skillName(qint64 skillId) const {
    return m_skills.value(skillId).second;
}

QString BinomeDetailDialog::skillCode(qint64 skillId) const {
    return m_skills.value(skillId).first;
}

std::optional<int> BinomeDetailDialog::currentLevel(Learner learner, qint64 skillId) const {
    const QList<LevelRecord>& history =
        learner == Learner::Senior ? m_detail->seniorHistory : m_detail->juniorHistory;
    std::optional<int> level;
    QDate latest;
    for (const LevelRecord& record : history) {
        if (record.skillId == skillId && (!level || record.date >= latest)) {
            level = record.level;
            latest = record.date;
        }
    }
    return level;
}

void BinomeDetailDialog::showHeader() {
    const BinomeDetail& d = *m_detail;
    setWindowTitle(tr("Binôme: %1 and %2").arg(d.senior.fullName(), d.junior.fullName()));
    m_ui->titleLabel->setText(
        tr("%1 mentored by %2").arg(d.senior.fullName(), d.junior.fullName()));
    m_ui->juniorLabel->setText(personText(d.junior));
    m_ui->seniorLabel->setText(personText(d.senior));
    m_ui->programLabel->setText(
        tr("%1, from %2 to %3, a session every %n day(s)", nullptr, d.program.cadenceDays)
            .arg(d.program.name, dateText(d.program.startDate), dateText(d.program.endDate)));

    const Binome& b = d.binome;
    QString status;
    switch (b.status) {
    case BinomeStatus::Active:
        status = tr("Active since %1").arg(dateText(b.startDate));
        break;
    case BinomeStatus::Paused:
        status = tr("Paused (started on %1)").arg(dateText(b.startDate));
        break;
    case BinomeStatus::Ended:
        status = tr("Ended on %1 (started on %2)").arg(dateText(b.endDate), dateText(b.startDate));
        if (b.endReason)
            status += u": "_s + endReasonDisplayName(*b.endReason);
        if (!b.endNote.isEmpty())
            status += u" — "_s + b.endNote;
        break;
    }
    m_ui->statusLabel->setText(status);

    const auto row = FollowUpService(m_workspace.database()).row(m_binomeId, today());
    if (row) {
        QStringList figures;
        figures << tr("%n session(s) held", nullptr, row->sessionsHeld)
                << tr("%1 hours").arg(QLocale().toString(row->hoursHeld(), 'f', 1))
                << tr("%1 of %2 objectives achieved")
                       .arg(row->objectivesAchieved)
                       .arg(row->objectivesTotal);
        figures << (row->lastHeld.isValid() ? tr("last session on %1").arg(dateText(row->lastHeld))
                                            : tr("no session held yet"));
        if (row->nextPlanned.isValid())
            figures << tr("next one planned on %1").arg(dateText(row->nextPlanned));
        if (row->averageGain)
            figures
                << tr("average level gain %1").arg(QLocale().toString(*row->averageGain, 'f', 1));
        // French puts a space before the semicolon: the separator is the translator's.
        m_ui->figuresLabel->setText(figures.join(tr("; ", "between the figures of the progress")));
        const QStringList reasons = FollowUpService::flagReasons(*row, d.program);
        m_ui->flagsLabel->setText(reasons.isEmpty() ? tr("Nothing needs attention.")
                                                    : reasons.join(u'\n'));
        QPalette palette = m_ui->statusLabel->palette();
        if (!reasons.isEmpty())
            palette.setColor(QPalette::WindowText, attentionColour);
        m_ui->flagsLabel->setPalette(palette);
    } else {
        m_ui->figuresLabel->setText(row.error());
        m_ui->flagsLabel->clear();
    }
    const QStringList why = BinomeService(m_workspace.database()).explain(b);
    m_ui->whyLabel->setText(why.isEmpty() ? tr("No explanation was kept for this binôme.")
                                          : why.join(u'\n'));
}

void BinomeDetailDialog::updateActions() {
    const bool known = m_detail.has_value();
    const bool open = known && m_detail->binome.isOpen();
    m_ui->logButton->setEnabled(open);
    m_ui->planButton->setEnabled(open);
    m_ui->debriefButton->setEnabled(known);
    m_ui->pauseButton->setEnabled(open);
    const bool paused = known && m_detail->binome.status == BinomeStatus::Paused;
    m_ui->pauseButton->setText(paused ? tr("Res&ume") : tr("Pa&use"));
    m_ui->pauseButton->setIcon(icon(paused ? u"resume"_s : u"pause"_s));
    m_ui->endButton->setEnabled(open);
    m_ui->addObjectiveButton->setEnabled(open);
    const int tab = m_ui->tabs->currentIndex();
    m_ui->editButton->setEnabled((tab == ObjectivesTab && selectedId(m_ui->objectivesTable) != 0) ||
                                 (tab == SessionsTab && selectedId(m_ui->sessionsTable) != 0));
    m_ui->removeButton->setEnabled(
        (tab == ObjectivesTab && selectedId(m_ui->objectivesTable) != 0) ||
        (tab == SessionsTab && selectedId(m_ui->sessionsTable) != 0) ||
        (tab == DebriefsTab && selectedId(m_ui->debriefsTable) != 0));
}

void BinomeDetailDialog::logSession() {
    if (m_ui->logButton->isEnabled())
        followup::logSession(m_workspace, m_binomeId, false, this);
}

void BinomeDetailDialog::planSession() {
    if (m_ui->planButton->isEnabled())
        followup::logSession(m_workspace, m_binomeId, true, this);
}

void BinomeDetailDialog::exportCalendar() {
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(u"binome-%1.ics"_s.arg(m_binomeId));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the planned sessions"),
                                                      suggested, tr("Calendars (*.ics)"));
    if (path.isEmpty())
        return;
    const int written = exportCalendarTo(path);
    if (written >= 0)
        QMessageBox::information(
            this, tr("Export the planned sessions"),
            Qt::convertFromPlainText(tr("%n planned session(s) written to %1.", nullptr, written)
                                         .arg(QDir::toNativeSeparators(path)),
                                     Qt::WhiteSpaceNormal));
}

int BinomeDetailDialog::exportCalendarTo(const QString& path) {
    const auto written =
        ProgramExportService(m_workspace.database())
            .exportBinomeCalendar(m_binomeId, path, QDateTime::currentDateTimeUtc());
    if (!written) {
        m_workspace.reportError(written.error());
        return -1;
    }
    return written->sessions;
}

void BinomeDetailDialog::showReport() {
    const auto data = ReportService(m_workspace.database()).binomeData(m_binomeId, today());
    if (!data) {
        m_workspace.reportError(data.error());
        return;
    }
    previewReport(this, binomeReport(*data), binomeReportFileName(*data));
}

void BinomeDetailDialog::debrief() {
    if (m_ui->debriefButton->isEnabled())
        followup::debrief(m_workspace, m_binomeId, this);
}

void BinomeDetailDialog::pauseOrResume() {
    if (m_ui->pauseButton->isEnabled())
        followup::pauseOrResume(m_workspace, m_binomeId, this);
}

void BinomeDetailDialog::endBinome() {
    if (m_ui->endButton->isEnabled())
        followup::endBinome(m_workspace, m_binomeId, this);
}

void BinomeDetailDialog::addObjective() {
    if (m_ui->addObjectiveButton->isEnabled())
        followup::addObjective(m_workspace, m_binomeId, this);
}

void BinomeDetailDialog::editSelected() {
    switch (m_ui->tabs->currentIndex()) {
    case ObjectivesTab:
        if (const qint64 id = selectedId(m_ui->objectivesTable))
            followup::editObjective(m_workspace, id, this);
        break;
    case SessionsTab:
        if (const qint64 id = selectedId(m_ui->sessionsTable))
            followup::editSession(m_workspace, id, this);
        break;
    default:
        break;
    }
}

void BinomeDetailDialog::removeSelected() {
    switch (m_ui->tabs->currentIndex()) {
    case ObjectivesTab:
        if (const qint64 id = selectedId(m_ui->objectivesTable))
            followup::removeObjective(m_workspace, id, this);
        break;
    case SessionsTab:
        if (const qint64 id = selectedId(m_ui->sessionsTable))
            followup::removeSession(m_workspace, id, this);
        break;
    case DebriefsTab:
        if (const qint64 id = selectedId(m_ui->debriefsTable))
            followup::removeDebrief(m_workspace, id, this);
        break;
    default:
        break;
    }
}

} // namespace binome::gui

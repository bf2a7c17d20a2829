#include "BinomeDetailDialog.h"

#include "FollowUpCommands.h"
#include "Workspace.h"
#include "ui_BinomeDetailDialog.h"

#include "binome/services/FollowUpService.h"
#include "binome/services/ObjectiveService.h"
#include "binome/services/SkillCatalogService.h"

#include <QBrush>
#include <QColor>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace binome::gui {

namespace {

const QColor attentionColour(0xc0, 0x39, 0x2b);

QString dateText(const QDate& date) {
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

/// "Name — e-mail, job title, department, site", leaving out what is not known.
QString personText(const Participant& p) {
    QStringList facts;
    for (const QString& fact : {p.email, p.jobTitle, p.department, p.site}) {
        if (!fact.isEmpty())
            facts << fact;
    }
    return facts.isEmpty() ? p.fullName() : p.fullName() + u" — "_s + facts.join(u", "_s);
}

QString ratingText(const std::optional<int>& rating) {
    return rating ? u"%1/%2"_s.arg(*rating).arg(MaxRating) : u"–"_s;
}

bool isLow(const std::optional<int>& rating) {
    return rating && *rating <= LowRating;
}

QTableWidgetItem* item(const QString& text, qint64 id = 0) {
    auto* cell = new QTableWidgetItem(text);
    if (id != 0)
        cell->setData(Qt::UserRole, id);
    return cell;
}

void setUpTable(QTableWidget* table, const QStringList& headers) {
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSortingEnabled(false); // kept in the service's order: the most recent first
}

void finishTable(QTableWidget* table) {
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
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
    // Enter in a table edits its row; it must not also press a button of the dialog.
    const QList<QPushButton*> buttons = findChildren<QPushButton*>();
    for (QPushButton* button : buttons) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    connect(m_ui->logButton, &QPushButton::clicked, this, &BinomeDetailDialog::logSession);
    connect(m_ui->planButton, &QPushButton::clicked, this, &BinomeDetailDialog::planSession);
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
        m_ui->figuresLabel->setText(figures.join(u"; "_s));
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

qint64 BinomeDetailDialog::selectedId(const QTableWidget* table) {
    const QList<QTableWidgetItem*> items = table->selectedItems();
    for (const QTableWidgetItem* cell : items) {
        if (cell->column() == 0)
            return cell->data(Qt::UserRole).toLongLong();
    }
    return 0;
}

void BinomeDetailDialog::select(QTableWidget* table, qint64 id) {
    for (int row = 0; id != 0 && row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            table->selectRow(row);
            return;
        }
    }
}

void BinomeDetailDialog::fillObjectives() {
    QTableWidget* table = m_ui->objectivesTable;
    const qint64 keep = selectedId(table);
    const QList<Objective>& objectives = m_detail->objectives;
    table->clearContents();
    table->setRowCount(static_cast<int>(objectives.size()));
    for (int row = 0; row < objectives.size(); ++row) {
        const Objective& o = objectives.at(row);
        auto* skill = item(skillName(o.skillId), o.id);
        skill->setToolTip(skillCode(o.skillId));
        table->setItem(row, 0, skill);
        table->setItem(row, 1, item(learnerDisplayName(o.learner)));
        const std::optional<int> now = currentLevel(o.learner, o.skillId);
        table->setItem(
            row, 2,
            item(now ? tr("%1 → %2 (now %3)").arg(o.startLevel).arg(o.targetLevel).arg(*now)
                     : tr("%1 → %2").arg(o.startLevel).arg(o.targetLevel)));
        auto* due = item(dateText(o.dueDate));
        if (o.dueDate.isValid() && o.dueDate < today() && !isClosed(o.status)) {
            due->setForeground(attentionColour);
            due->setToolTip(tr("Overdue"));
        }
        table->setItem(row, 3, due);
        table->setItem(row, 4, item(objectiveStatusDisplayName(o.status)));
        auto* description = item(o.description.section(u'\n', 0, 0));
        description->setToolTip(o.description);
        table->setItem(row, 5, description);
    }
    finishTable(table);
    select(table, keep);
    m_ui->tabs->setTabText(ObjectivesTab, tr("Ob&jectives (%1)").arg(objectives.size()));
}

void BinomeDetailDialog::fillResources() {
    QStringList paragraphs;
    QList<qint64> seen;
    const ObjectiveService service(m_workspace.database());
    for (const Objective& o : m_detail->objectives) {
        if (seen.contains(o.skillId))
            continue;
        seen << o.skillId;
        const auto resources = service.resources(o.skillId);
        if (!resources || resources->isEmpty())
            continue;
        QStringList links;
        for (const LearningResource& r : *resources) {
            links << (r.url.isEmpty() ? r.title.toHtmlEscaped()
                                      : u"<a href=\"%1\">%2</a>"_s.arg(r.url.toHtmlEscaped(),
                                                                       r.title.toHtmlEscaped()));
        }
        paragraphs << u"<p><b>%1</b>: %2</p>"_s.arg(skillName(o.skillId).toHtmlEscaped(),
                                                    links.join(u" · "_s));
    }
    if (paragraphs.isEmpty())
        paragraphs << u"<p>%1</p>"_s.arg(
            tr("No learning resource is attached to these skills yet.").toHtmlEscaped());
    m_ui->resourcesBrowser->setHtml(paragraphs.join(QString()));
}

void BinomeDetailDialog::fillSessions() {
    QTableWidget* table = m_ui->sessionsTable;
    const qint64 keep = selectedId(table);
    const QList<Session>& sessions = m_detail->sessions;
    table->clearContents();
    table->setRowCount(static_cast<int>(sessions.size()));
    int held = 0;
    for (int row = 0; row < sessions.size(); ++row) {
        const Session& s = sessions.at(row);
        held += s.planned ? 0 : 1;
        QStringList skills;
        for (qint64 id : s.skillIds)
            skills << skillName(id);
        QList<QTableWidgetItem*> cells = {
            item(dateText(s.date), s.id),
            item(s.planned ? tr("Planned") : tr("Held")),
            item(tr("%n min", nullptr, s.minutes)),
            item(sessionModeDisplayName(s.mode)),
            item(skills.join(u", "_s)),
            item(u"%1, %2"_s.arg(ratingText(s.menteeRating), ratingText(s.mentorRating))),
            item(s.notes.section(u'\n', 0, 0)),
            item(s.nextSteps.section(u'\n', 0, 0)),
        };
        cells[2]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        cells[6]->setToolTip(s.notes);
        cells[7]->setToolTip(s.nextSteps);
        if (isLow(s.menteeRating) || isLow(s.mentorRating)) {
            cells[5]->setForeground(attentionColour);
            cells[5]->setToolTip(tr("Low rating"));
        }
        for (int column = 0; column < cells.size(); ++column) {
            if (s.planned) {
                QFont font = cells[column]->font();
                font.setItalic(true);
                cells[column]->setFont(font);
            }
            table->setItem(row, column, cells[column]);
        }
    }
    finishTable(table);
    select(table, keep);
    m_ui->tabs->setTabText(SessionsTab, tr("Sess&ions (%1)").arg(held));
}

void BinomeDetailDialog::fillDebriefs() {
    QTableWidget* table = m_ui->debriefsTable;
    const qint64 keep = selectedId(table);
    const QList<Debrief>& debriefs = m_detail->debriefs;
    QHash<qint64, const Objective*> objectives;
    for (const Objective& o : m_detail->objectives)
        objectives.insert(o.id, &o);
    table->clearContents();
    table->setRowCount(static_cast<int>(debriefs.size()));
    for (int row = 0; row < debriefs.size(); ++row) {
        const Debrief& d = debriefs.at(row);
        QStringList reviews;
        for (const ObjectiveReview& review : d.reviews) {
            const Objective* o = objectives.value(review.objectiveId);
            const QString skill = o ? skillName(o->skillId) : tr("removed objective");
            reviews << (review.newLevel
                            ? tr("%1: level %2, %3")
                                  .arg(skill)
                                  .arg(*review.newLevel)
                                  .arg(objectiveStatusDisplayName(review.status))
                            : tr("%1: %2").arg(skill, objectiveStatusDisplayName(review.status)));
        }
        auto* reviewed = item(reviews.join(u"; "_s));
        reviewed->setToolTip(reviews.join(u'\n'));
        auto* satisfaction = item(
            u"%1, %2"_s.arg(ratingText(d.menteeSatisfaction), ratingText(d.mentorSatisfaction)));
        if (isLow(d.menteeSatisfaction) || isLow(d.mentorSatisfaction))
            satisfaction->setForeground(attentionColour);
        auto* comments = item(d.comments.section(u'\n', 0, 0));
        comments->setToolTip(d.comments);
        table->setItem(row, 0, item(dateText(d.date), d.id));
        table->setItem(row, 1, item(debriefKindDisplayName(d.kind)));
        table->setItem(row, 2, reviewed);
        table->setItem(row, 3, satisfaction);
        table->setItem(row, 4, comments);
    }
    finishTable(table);
    select(table, keep);
    m_ui->tabs->setTabText(DebriefsTab, tr("Debrie&fs (%1)").arg(debriefs.size()));
}

void BinomeDetailDialog::fillHistory() {
    QTableWidget* table = m_ui->historyTable;
    QList<QPair<const Participant*, const LevelRecord*>> records;
    for (const LevelRecord& r : m_detail->seniorHistory)
        records.append({&m_detail->senior, &r});
    for (const LevelRecord& r : m_detail->juniorHistory)
        records.append({&m_detail->junior, &r});
    table->clearContents();
    table->setRowCount(static_cast<int>(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const LevelRecord& r = *records.at(row).second;
        const QString name = skillName(r.skillId);
        auto* skill = item(name.isEmpty() ? r.skillCode : name, r.id);
        skill->setToolTip(r.skillCode);
        auto* level = item(QString::number(r.level));
        level->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 0, item(records.at(row).first->fullName()));
        table->setItem(row, 1, skill);
        table->setItem(row, 2, level);
        table->setItem(row, 3, item(dateText(r.date)));
        table->setItem(row, 4, item(levelSourceDisplayName(r.source)));
    }
    finishTable(table);
}

void BinomeDetailDialog::updateActions() {
    const bool known = m_detail.has_value();
    const bool open = known && m_detail->binome.isOpen();
    m_ui->logButton->setEnabled(open);
    m_ui->planButton->setEnabled(open);
    m_ui->debriefButton->setEnabled(known);
    m_ui->pauseButton->setEnabled(open);
    m_ui->pauseButton->setText(
        known && m_detail->binome.status == BinomeStatus::Paused ? tr("Res&ume") : tr("Pa&use"));
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

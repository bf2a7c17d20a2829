#include "FollowUpPage.h"

#include "BinomeDetailDialog.h"
#include "EmptyState.h"
#include "FollowUpCommands.h"
#include "FollowUpFilterProxy.h"
#include "FollowUpTableModel.h"
#include "Icons.h"
#include "ProgramChoice.h"
#include "Workspace.h"
#include "ui_FollowUpPage.h"

#include "binome/domain/Collation.h"
#include "binome/services/FollowUpService.h"
#include "binome/services/ProgramExportService.h"
#include "binome/services/ProgramService.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMessageBox>
#include <QShortcut>
#include <QShowEvent>
#include <QStandardItemModel>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome::gui {

namespace {
// Items of the status filter besides one BinomeStatus.
constexpr int AllStatuses = -1;
constexpr int OpenStatuses = -2;

QString dateText(const QDate& date) {
    return QLocale().toString(date, QLocale::ShortFormat);
}
} // namespace

FollowUpPage::FollowUpPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FollowUpPage>())
    , m_workspace(workspace)
    , m_model(new FollowUpTableModel(this))
    , m_proxy(new FollowUpFilterProxy(this)) {
    m_ui->setupUi(this);
    // The program's dates and cadence wrap rather than widen the page (French at 1,280 px).
    m_ui->programInfoLabel->setWordWrap(true);
    m_proxy->setSourceModel(m_model);
    m_ui->tableView->setModel(m_proxy);
    m_ui->tableView->verticalHeader()->hide();
    m_ui->tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    // Columns are sized on the first hundred rows: quick with thousands of binômes.
    m_ui->tableView->verticalHeader()->setResizeContentsPrecision(100);
    m_ui->tableView->horizontalHeader()->setStretchLastSection(true);
    // The binômes that need attention come first.
    m_ui->tableView->sortByColumn(FollowUpTableModel::FlagsColumn, Qt::DescendingOrder);

    m_ui->statusCombo->addItem(tr("All statuses"), AllStatuses);
    m_ui->statusCombo->addItem(tr("Open (active or paused)"), OpenStatuses);
    for (BinomeStatus status : {BinomeStatus::Active, BinomeStatus::Paused, BinomeStatus::Ended})
        m_ui->statusCombo->addItem(binomeStatusDisplayName(status), static_cast<int>(status));
    m_ui->flagCombo->addItem(tr("All binômes"), int(FollowUpFilterProxy::AllRows));
    m_ui->flagCombo->addItem(tr("Needing attention"), int(FollowUpFilterProxy::Flagged));
    for (FollowUpFlag flag : {FlagAtRisk, FlagObjectiveOverdue, FlagDebriefDue, FlagLowRating})
        m_ui->flagCombo->addItem(FollowUpService::flagName(flag), int(flag));
    m_ui->flagCombo->addItem(tr("Nothing to flag"), int(FollowUpFilterProxy::Unflagged));
    m_ui->mentorCombo->addItem(tr("All mentors"), qint64(0));

    connect(m_ui->programCombo, &QComboBox::currentIndexChanged, this, &FollowUpPage::reload);
    connect(m_ui->mentorCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setMentor(m_ui->mentorCombo->currentData().toLongLong());
        filtersChanged();
    });
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this,
            &FollowUpPage::applyStatusFilter);
    connect(m_ui->flagCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setFlagFilter(m_ui->flagCombo->currentData().toInt());
        filtersChanged();
    });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterWords(text);
        filtersChanged();
    });
    connect(m_ui->logButton, &QPushButton::clicked, this, &FollowUpPage::logSession);
    connect(m_ui->planButton, &QPushButton::clicked, this, &FollowUpPage::planSession);
    connect(m_ui->debriefButton, &QPushButton::clicked, this, &FollowUpPage::debrief);
    connect(m_ui->pauseButton, &QPushButton::clicked, this, &FollowUpPage::pauseOrResume);
    connect(m_ui->endButton, &QPushButton::clicked, this, &FollowUpPage::endBinome);
    connect(m_ui->importButton, &QPushButton::clicked, this, &FollowUpPage::importSessions);
    buildOutputMenus();
    connect(m_ui->openButton, &QPushButton::clicked, this, &FollowUpPage::openSelected);
    connect(m_ui->tableView, &QTableView::activated, this, &FollowUpPage::openSelected);
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FollowUpPage::updateActions);
    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes what) {
        m_programsStale = m_programsStale || what.testAnyFlags(Workspace::Programs);
        m_rowsStale =
            m_rowsStale || what.testAnyFlags(Workspace::Programs | Workspace::Binomes |
                                             Workspace::FollowUp | Workspace::Participants);
        // A hidden page catches up when shown: edits elsewhere stay quick with a big program.
        if (isVisible())
            catchUp();
    });

    auto* logShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(logShortcut, &QShortcut::activated, this, &FollowUpPage::logSession);
    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });
    addAction(QString(), QKeySequence::New, this, &FollowUpPage::addObjective);
    // On the selected binôme, from the table: F2 opens it (as Enter does), Delete ends it (its
    // dialog asks how and when; an ended binôme is kept).
    m_ui->tableView
        ->addAction(QString(), QKeySequence(Qt::Key_F2), this, &FollowUpPage::openSelected)
        ->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->tableView->addAction(QString(), QKeySequence::Delete, this, &FollowUpPage::endBinome)
        ->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // Below the program's line when there is a program; the whole page when there is none.
    m_binomesState =
        EmptyState::replace(m_ui->pageLayout, m_ui->pageLayout->indexOf(m_ui->filterLayout));
    m_binomesState->setObjectName(u"binomesState"_s);
    m_emptyState =
        EmptyState::replace(m_ui->pageLayout, m_ui->pageLayout->indexOf(m_ui->programLayout));
    m_emptyState->setObjectName(u"emptyState"_s);
    updateSummary();
    updateActions();
    updateEmptyState();
}

FollowUpPage::~FollowUpPage() = default;

qint64 FollowUpPage::programId() const {
    return m_ui->programCombo->currentData().toLongLong();
}

void FollowUpPage::selectProgram(qint64 id) {
    const int index = m_ui->programCombo->findData(id);
    if (index >= 0)
        m_ui->programCombo->setCurrentIndex(index);
}

void FollowUpPage::setToday(const QDate& today) {
    m_today = today;
    reload();
}

QDate FollowUpPage::today() const {
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void FollowUpPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    catchUp();
}

void FollowUpPage::catchUp() {
    if (m_programsStale)
        reloadPrograms(); // reloads the rows too
    else if (m_rowsStale)
        reload();
}

void FollowUpPage::reloadPrograms() {
    if (!m_workspace.hasDatabase()) {
        updateEmptyState();
        return;
    }
    m_programsStale = false;
    const qint64 current = programId();
    const auto programs = ProgramService(m_workspace.database()).list();
    if (!programs) {
        m_workspace.reportError(programs.error());
        return;
    }
    m_programs = *programs;
    fillProgramCombo(*m_ui->programCombo, m_programs, chooseProgram(m_programs, current, today()));
    reload();
}

void FollowUpPage::reload() {
    if (!m_workspace.hasDatabase()) {
        updateEmptyState();
        return;
    }
    m_rowsStale = false;
    const qint64 id = programId();
    const auto program = std::find_if(m_programs.begin(), m_programs.end(),
                                      [id](const Program& p) { return p.id == id; });
    const qint64 keep = selectedBinomeId();
    if (program == m_programs.end()) {
        m_model->setRows({}, {});
    } else {
        const auto rows = FollowUpService(m_workspace.database()).rows(id, today());
        if (!rows) {
            m_workspace.reportError(rows.error());
            m_model->setRows(*program, {});
        } else {
            m_model->setRows(*program, *rows);
        }
    }
    showProgramInfo();
    fillMentors();
    if (!m_columnsSized && m_model->rowCount() > 0) {
        // Sized once from the data; the user's own widths are kept afterwards.
        m_ui->tableView->resizeColumnsToContents();
        m_columnsSized = true;
    }
    selectBinome(keep);
    updateSummary();
    updateActions();
    updateEmptyState();
}

void FollowUpPage::updateEmptyState() {
    if (!m_workspace.hasDatabase()) {
        m_binomesState->hideCase();
        m_emptyState->showNoDatabase([this] { Q_EMIT openDemoRequested(); },
                                     [this] { Q_EMIT openDatabaseRequested(); });
        return;
    }
    if (m_programs.isEmpty()) {
        m_binomesState->hideCase();
        m_emptyState->showNoProgram([this] { Q_EMIT createProgramRequested(); });
        return;
    }
    m_emptyState->hideCase();
    if (programId() > 0 && m_model->rowCount() == 0) {
        m_binomesState->showCase(
            tr("This program has no binôme yet."),
            tr("Pair its participants on the Pairing page and confirm their binômes: they are "
               "followed here, with their sessions, objectives and debriefs."),
            {{tr("Go to &Pairing"), [this] { Q_EMIT pairingRequested(programId()); }}});
    } else {
        m_binomesState->hideCase();
    }
}

void FollowUpPage::showProgramInfo() {
    const Program& p = m_model->program();
    if (p.id == 0) {
        m_ui->programInfoLabel->clear();
        return;
    }
    m_ui->programInfoLabel->setText(
        tr("%1 to %2 · a session every %n day(s)", nullptr, p.cadenceDays)
            .arg(dateText(p.startDate), dateText(p.endDate)));
}

void FollowUpPage::fillMentors() {
    const qint64 current = m_ui->mentorCombo->currentData().toLongLong();
    struct Mentor {
        QString name;
        qint64 id;
    };
    QList<Mentor> mentors;
    QSet<qint64> seen;
    for (const FollowUpRow& r : m_model->rows()) {
        if (!seen.contains(r.binome.juniorId)) {
            seen.insert(r.binome.juniorId);
            mentors.append({r.juniorName, r.binome.juniorId});
        }
    }
    sortByName(mentors, [](const Mentor& m) -> const QString& { return m.name; });
    // One model filled at once: thousands of mentors stay quick.
    auto* model = new QStandardItemModel(m_ui->mentorCombo);
    QList<QStandardItem*> items;
    items.reserve(mentors.size() + 1);
    auto* all = new QStandardItem(tr("All mentors"));
    all->setData(qint64(0), Qt::UserRole);
    items << all;
    int currentRow = 0;
    for (const Mentor& m : mentors) {
        auto* entry = new QStandardItem(m.name);
        entry->setData(m.id, Qt::UserRole);
        if (m.id == current)
            currentRow = static_cast<int>(items.size());
        items << entry;
    }
    model->invisibleRootItem()->appendRows(items);
    {
        const QSignalBlocker blocker(m_ui->mentorCombo);
        m_ui->mentorCombo->setModel(model); // deletes the previous one
        m_ui->mentorCombo->setCurrentIndex(currentRow);
    }
    m_proxy->setMentor(m_ui->mentorCombo->currentData().toLongLong());
}

void FollowUpPage::applyStatusFilter() {
    const int choice = m_ui->statusCombo->currentData().toInt();
    if (choice == AllStatuses)
        m_proxy->setStatuses({});
    else if (choice == OpenStatuses)
        m_proxy->setStatuses({BinomeStatus::Active, BinomeStatus::Paused});
    else
        m_proxy->setStatuses({static_cast<BinomeStatus>(choice)});
    filtersChanged();
}

void FollowUpPage::filtersChanged() {
    // Counted once per change, not on each of the proxy's row signals (a filter over thousands
    // of binômes sends hundreds of them).
    updateSummary();
    updateActions();
}

qint64 FollowUpPage::selectedBinomeId() const {
    const QModelIndexList rows = m_ui->tableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(FollowUpTableModel::IdRole).toLongLong();
}

qint64 FollowUpPage::currentBinomeId() const {
    if (const qint64 id = selectedBinomeId())
        return id;
    if (m_proxy->rowCount() == 1)
        return m_proxy->index(0, 0).data(FollowUpTableModel::IdRole).toLongLong();
    return 0;
}

void FollowUpPage::selectBinome(qint64 binomeId) {
    const int row = m_model->rowOf(binomeId);
    const QModelIndex index =
        row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_ui->tableView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
    m_ui->tableView->scrollTo(index);
}

void FollowUpPage::updateActions() {
    const FollowUpRow* row = m_model->binomeRow(currentBinomeId());
    const bool open = row && row->binome.isOpen();
    m_ui->logButton->setEnabled(open);
    m_ui->planButton->setEnabled(open);
    m_ui->debriefButton->setEnabled(row != nullptr);
    m_ui->pauseButton->setEnabled(open);
    m_ui->pauseButton->setText(row && row->binome.status == BinomeStatus::Paused ? tr("Res&ume")
                                                                                 : tr("Pa&use"));
    m_ui->pauseButton->setIcon(
        icon(row && row->binome.status == BinomeStatus::Paused ? u"resume"_s : u"pause"_s));
    m_ui->endButton->setEnabled(open);
    m_ui->openButton->setEnabled(row != nullptr);
    m_ui->importButton->setEnabled(m_workspace.hasDatabase());
    m_ui->exportButton->setEnabled(m_workspace.hasDatabase() && programId() > 0);
    m_ui->reportButton->setEnabled(m_workspace.hasDatabase() && programId() > 0);
}

void FollowUpPage::updateSummary() {
    if (m_programs.isEmpty()) {
        m_ui->summaryLabel->setText(tr("Create a program first, on the Programs page."));
        return;
    }
    const int total = m_model->rowCount();
    if (total == 0) {
        m_ui->summaryLabel->setText(
            tr("This program has no binôme yet: confirm them on the Pairing page."));
        return;
    }
    const int shown = m_proxy->rowCount();
    int atRisk = 0;
    int overdue = 0;
    int debriefDue = 0;
    int lowRating = 0;
    for (int row = 0; row < shown; ++row) {
        const int flags = m_model->rowAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()).flags;
        atRisk += (flags & FlagAtRisk) ? 1 : 0;
        overdue += (flags & FlagObjectiveOverdue) ? 1 : 0;
        debriefDue += (flags & FlagDebriefDue) ? 1 : 0;
        lowRating += (flags & FlagLowRating) ? 1 : 0;
    }
    QStringList parts;
    parts << (shown == total ? tr("%n binôme(s)", nullptr, total)
                             : tr("%1 of %n binôme(s) shown", nullptr, total).arg(shown));
    if (atRisk)
        parts << tr("%n at risk", nullptr, atRisk);
    if (overdue)
        parts << tr("%n with an objective overdue", nullptr, overdue);
    if (debriefDue)
        parts << tr("%n with a debrief due", nullptr, debriefDue);
    if (lowRating)
        parts << tr("%n with a low rating", nullptr, lowRating);
    if (!atRisk && !overdue && !debriefDue && !lowRating && shown > 0)
        parts << tr("none needs attention");
    m_ui->summaryLabel->setText(parts.join(u" · "_s));
}

BinomeDetailDialog* FollowUpPage::openDetail(qint64 binomeId) {
    if (!m_workspace.hasDatabase() || binomeId == 0)
        return nullptr;
    auto* dialog = new BinomeDetailDialog(m_workspace, binomeId, this);
    if (m_today.isValid())
        dialog->setToday(m_today);
    if (!dialog->detail()) {
        delete dialog;
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void FollowUpPage::openSelected() {
    openDetail(currentBinomeId());
}

void FollowUpPage::logSession() {
    if (m_ui->logButton->isEnabled())
        followup::logSession(m_workspace, currentBinomeId(), false, this);
}

void FollowUpPage::planSession() {
    if (m_ui->planButton->isEnabled())
        followup::logSession(m_workspace, currentBinomeId(), true, this);
}

void FollowUpPage::debrief() {
    if (m_ui->debriefButton->isEnabled())
        followup::debrief(m_workspace, currentBinomeId(), this);
}

void FollowUpPage::pauseOrResume() {
    if (m_ui->pauseButton->isEnabled())
        followup::pauseOrResume(m_workspace, currentBinomeId(), this);
}

void FollowUpPage::endBinome() {
    if (m_ui->endButton->isEnabled())
        followup::endBinome(m_workspace, currentBinomeId(), this);
}

void FollowUpPage::addObjective() {
    const FollowUpRow* row = m_model->binomeRow(currentBinomeId());
    if (row && row->binome.isOpen())
        followup::addObjective(m_workspace, row->binome.id, this);
}

void FollowUpPage::importSessions() {
    if (m_workspace.hasDatabase())
        followup::importSessions(m_workspace, this);
}

} // namespace binome::gui

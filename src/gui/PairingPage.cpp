#include "PairingPage.h"

#include "EmptyState.h"
#include "EnrolmentDialog.h"
#include "PairingModels.h"
#include "ProgramsPage.h"
#include "SortProxy.h"
#include "Workspace.h"
#include "ui_PairingPage.h"

#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMessageBox>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace binome::gui {

namespace {
QSortFilterProxyModel* sortingProxy(QAbstractItemModel* source, int sortRole, QObject* parent) {
    auto* proxy = new SortProxy(parent); // names in the order of the interface's language
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    return proxy;
}
} // namespace

PairingPage::PairingPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PairingPage>())
    , m_workspace(workspace)
    , m_proposals(new ProposalTableModel(this))
    , m_unmatched(new UnmatchedTableModel(this))
    , m_coverage(new CoverageTableModel(this))
    , m_history(new RunTableModel(this))
    , m_proposalsProxy(sortingProxy(m_proposals, ProposalTableModel::SortRole, this))
    , m_unmatchedProxy(sortingProxy(m_unmatched, Qt::DisplayRole, this))
    , m_coverageProxy(sortingProxy(m_coverage, CoverageTableModel::SortRole, this)) {
    m_ui->setupUi(this);
    m_ui->proposalsView->setModel(m_proposalsProxy);
    m_ui->proposalsView->setItemDelegateForColumn(ProposalTableModel::ScoreColumn,
                                                  new BarDelegate(this));
    m_ui->proposalsView->verticalHeader()->hide();
    m_ui->proposalsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->proposalsView->sortByColumn(ProposalTableModel::SeniorColumn, Qt::AscendingOrder);
    m_ui->unmatchedView->setModel(m_unmatchedProxy);
    m_ui->unmatchedView->verticalHeader()->hide();
    m_ui->unmatchedView->horizontalHeader()->setStretchLastSection(true);
    m_ui->coverageView->setModel(m_coverageProxy);
    m_ui->coverageView->setItemDelegateForColumn(CoverageTableModel::CoverableColumn,
                                                 new BarDelegate(this));
    m_ui->coverageView->verticalHeader()->hide();
    m_ui->coverageView->horizontalHeader()->setSectionResizeMode(CoverageTableModel::SkillColumn,
                                                                 QHeaderView::Stretch);
    // Each view says how its rows are sorted from the start: the arrow on the column that
    // orders them, pointing the way they go (without it, the first column's arrow showed
    // although the rows followed another order).
    m_ui->unmatchedView->sortByColumn(UnmatchedTableModel::NameColumn, Qt::AscendingOrder);
    m_ui->coverageView->sortByColumn(CoverageTableModel::CoverableColumn, Qt::AscendingOrder);
    m_ui->historyView->setModel(m_history);
    m_ui->historyView->verticalHeader()->hide();
    m_ui->historyView->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->historyView, &QTableView::activated, this, &PairingPage::openSelectedRun);
    // The table of binômes takes two thirds: its five columns fit, headers whole, in French too.
    m_ui->proposalSplitter->setStretchFactor(0, 2);
    m_ui->proposalSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    showSettings(PairingSettings{});

    connect(m_ui->programCombo, &QComboBox::currentIndexChanged, this,
            &PairingPage::programChanged);
    connect(m_ui->runButton, &QPushButton::clicked, this, &PairingPage::run);
    connect(m_ui->confirmButton, &QPushButton::clicked, this, [this] { confirm(true); });
    connect(m_ui->enrolButton, &QPushButton::clicked, this, &PairingPage::chooseParticipants);
    connect(m_ui->lockButton, &QPushButton::clicked, this, &PairingPage::toggleLock);
    connect(m_ui->excludeButton, &QPushButton::clicked, this, &PairingPage::excludeSelected);
    connect(m_ui->swapButton, &QPushButton::clicked, this, &PairingPage::swapToAlternative);
    connect(m_ui->chooseMentorButton, &QPushButton::clicked, this, &PairingPage::chooseMentor);
    connect(m_ui->alternativesList, &QListWidget::currentRowChanged, this,
            &PairingPage::showSelection);
    connect(m_ui->alternativesList, &QListWidget::itemActivated, this,
            &PairingPage::swapToAlternative);
    connect(m_ui->proposalsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PairingPage::showSelection);
    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes what) {
        if (what & Workspace::Programs) {
            reloadPrograms(); // and everything the program holds
            return;
        }
        if (!(what & (Workspace::Participants | Workspace::Catalog | Workspace::Binomes)))
            return;
        // A hidden page catches up when shown: opening a large database stays quick.
        if (isVisible())
            followChange();
        else
            m_changePending = true;
    });
    connect(m_ui->liftExclusionButton, &QPushButton::clicked, this, &PairingPage::liftExclusion);
    connect(m_ui->exclusionsList, &QListWidget::itemActivated, this, &PairingPage::liftExclusion);
    for (QDoubleSpinBox* spin : {m_ui->skillWeightSpin, m_ui->availabilityWeightSpin,
                                 m_ui->siteWeightSpin, m_ui->crossWeightSpin, m_ui->minScoreSpin})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &PairingPage::markOutOfDate);
    for (QCheckBox* check : {m_ui->sameDepartmentCheck, m_ui->sameLineCheck, m_ui->requireGapCheck})
        connect(check, &QCheckBox::toggled, this, &PairingPage::markOutOfDate);
    auto* runShortcut = new QShortcut(QKeySequence::Refresh, this);
    connect(runShortcut, &QShortcut::activated, this, &PairingPage::run);
    auto* lockShortcut = new QShortcut(QKeySequence(Qt::Key_L), m_ui->proposalsView);
    connect(lockShortcut, &QShortcut::activated, this, &PairingPage::toggleLock);
    // On a proposed binôme: Enter and F2 choose its mentor, Delete excludes the pair (undoable);
    // on an exclusion, Delete lifts it. Confirmed binômes stay as they are.
    const auto onProposal = [this](void (PairingPage::*slot)()) {
        return [this, slot] {
            if (m_ui->chooseMentorButton->isEnabled())
                (this->*slot)();
        };
    };
    connect(m_ui->proposalsView, &QTableView::activated, this,
            onProposal(&PairingPage::chooseMentor));
    m_ui->proposalsView
        ->addAction(QString(), QKeySequence(Qt::Key_F2), this,
                    onProposal(&PairingPage::chooseMentor))
        ->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->proposalsView
        ->addAction(QString(), QKeySequence::Delete, this,
                    onProposal(&PairingPage::excludeSelected))
        ->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->exclusionsList
        ->addAction(QString(), QKeySequence::Delete, this, &PairingPage::liftExclusion)
        ->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // Below the program's line when there is a program; the whole page when there is none.
    m_enrolmentState =
        EmptyState::replace(m_ui->pageLayout, m_ui->pageLayout->indexOf(m_ui->settingsBox));
    m_enrolmentState->setObjectName(u"enrolmentState"_s);
    m_emptyState =
        EmptyState::replace(m_ui->pageLayout, m_ui->pageLayout->indexOf(m_ui->programLayout));
    m_emptyState->setObjectName(u"emptyState"_s);
    showSelection();
    updateEmptyState();
}

PairingPage::~PairingPage() = default;

qint64 PairingPage::programId() const {
    return m_ui->programCombo->currentData().toLongLong();
}

void PairingPage::selectProgram(qint64 id) {
    const int index = m_ui->programCombo->findData(id);
    if (index >= 0)
        m_ui->programCombo->setCurrentIndex(index);
}

void PairingPage::reloadPrograms() {
    if (!m_workspace.hasDatabase()) {
        updateEmptyState();
        return;
    }
    const qint64 current = programId();
    const auto programs = ProgramService(m_workspace.database()).list();
    if (!programs) {
        m_workspace.reportError(programs.error());
        return;
    }
    {
        const QSignalBlocker blocker(m_ui->programCombo);
        m_ui->programCombo->clear();
        for (const Program& p : *programs)
            m_ui->programCombo->addItem(p.name, p.id);
        const int index = m_ui->programCombo->findData(current);
        m_ui->programCombo->setCurrentIndex(index >= 0 ? index : (programs->isEmpty() ? -1 : 0));
    }
    programChanged();
}

void PairingPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_programPending)
        loadProgram();
    else if (m_changePending)
        followChange();
}

void PairingPage::followChange() {
    m_changePending = false;
    updateEnrolled();
    reloadExclusions();
    // Never stale: a shown proposal is computed again on what changed.
    if (m_proposal) {
        run();
        return;
    }
    m_proposals->setRows({});
    m_unmatched->setRows({});
    m_coverage->setRows({});
    showSelection();
    updateEmptyState();
}

void PairingPage::programChanged() {
    m_proposal.reset();
    m_programPending = false;
    m_changePending = false;
    m_locks.clear();
    m_proposals->setRows({});
    m_unmatched->setRows({});
    m_coverage->setRows({});
    const qint64 id = programId();
    const bool hasProgram = id > 0;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_ui->enrolButton, m_ui->runButton, m_ui->settingsBox})
        w->setEnabled(hasProgram);
    m_ui->confirmButton->setEnabled(false);
    if (!hasProgram) {
        m_ui->enrolledLabel->setText(tr("Create a program first, on the Programs page."));
        showSelection();
        updateEmptyState();
        return;
    }
    PairingService service(m_workspace.database());
    const auto saved = service.settings(id);
    showSettings(saved ? *saved : PairingSettings{});
    // Who takes part, the runs, the exclusions, the locks and the proposal are read when the
    // page shows: opening a large database stays quick.
    if (isVisible())
        loadProgram();
    else
        m_programPending = true;
}

void PairingPage::loadProgram() {
    m_programPending = false;
    m_changePending = false;
    // The binômes already confirmed are kept unless HR unlocks them.
    if (const auto locks = PairingLocks::ofProgram(m_workspace.database(), programId()))
        m_locks = *locks;
    reloadHistory();
    // With people taking part, the proposal is there at once (it takes milliseconds); a very
    // large program waits for Propose, so that showing the page never hangs.
    if (const int enrolled = updateEnrolled(); enrolled > 0 && enrolled <= AutoProposeLimit)
        run();
    showSelection();
    updateEmptyState();
}

void PairingPage::updateEmptyState() {
    if (!m_workspace.hasDatabase()) {
        m_enrolmentState->hideCase();
        m_emptyState->showNoDatabase([this] { Q_EMIT openDemoRequested(); },
                                     [this] { Q_EMIT openDatabaseRequested(); });
        return;
    }
    if (m_ui->programCombo->count() == 0) {
        m_enrolmentState->hideCase();
        m_emptyState->showNoProgram([this] { Q_EMIT createProgramRequested(); });
        return;
    }
    m_emptyState->hideCase();
    if (programId() > 0 && m_enrolled == 0) {
        m_enrolmentState->showCase(
            tr("Nobody takes part in this program yet."),
            tr("Enrol participants in this program: the juniors who mentor and the seniors they "
               "coach. Binôme then proposes the best binômes among them."),
            {{tr("E&nrol participants…"), [this] { chooseParticipants(); }}});
    } else if (programId() > 0 && !m_proposal) {
        QString what =
            tr("The pairing engine proposes the best set of binômes among the people taking "
               "part, each with its explanation; lock, exclude or swap mentors, then confirm.");
        if (m_enrolled > AutoProposeLimit)
            what += u' ' + tr("With %n people taking part, the proposal takes a moment.", nullptr,
                              m_enrolled);
        m_enrolmentState->showCase(tr("Ready to propose binômes."), what,
                                   {{tr("Propose &binômes"), [this] { run(); }}});
    } else {
        m_enrolmentState->hideCase();
    }
}

void PairingPage::reloadHistory() {
    const auto runs = PairingService(m_workspace.database()).runs(programId());
    m_history->setRows(runs ? *runs : QList<PairingRun>());
    m_ui->historyView->resizeColumnsToContents();
    reloadExclusions();
}

void PairingPage::markOutOfDate() {
    if (!m_proposal)
        return;
    m_ui->confirmButton->setEnabled(false);
    m_ui->summaryLabel->setText(
        tr("The rules changed: press Propose (F5) to update the proposal before confirming."));
}

int PairingPage::updateEnrolled() {
    m_enrolled = 0;
    if (!m_workspace.hasDatabase() || programId() <= 0)
        return 0;
    const auto enrolled = ProgramService(m_workspace.database()).enrolled(programId());
    int juniors = 0;
    int seniors = 0;
    if (enrolled) {
        for (const Participant& p : *enrolled) {
            if (!p.archived)
                (p.role == Role::Junior ? juniors : seniors)++;
        }
    }
    m_ui->enrolledLabel->setText(
        tr("%1 juniors, %2 seniors taking part").arg(juniors).arg(seniors));
    m_enrolled = juniors + seniors;
    return m_enrolled;
}

void PairingPage::showSettings(const PairingSettings& s) {
    m_ui->skillWeightSpin->setValue(s.weightSkill);
    m_ui->availabilityWeightSpin->setValue(s.weightAvailability);
    m_ui->siteWeightSpin->setValue(s.weightSite);
    m_ui->crossWeightSpin->setValue(s.weightCrossDepartment);
    m_ui->minScoreSpin->setValue(s.minScore);
    m_ui->sameDepartmentCheck->setChecked(s.forbidSameDepartment);
    m_ui->sameLineCheck->setChecked(s.forbidSameReportingLine);
    m_ui->requireGapCheck->setChecked(s.requireCoveredGap);
}

PairingSettings PairingPage::settings() const {
    PairingSettings s;
    s.weightSkill = m_ui->skillWeightSpin->value();
    s.weightAvailability = m_ui->availabilityWeightSpin->value();
    s.weightSite = m_ui->siteWeightSpin->value();
    s.weightCrossDepartment = m_ui->crossWeightSpin->value();
    s.minScore = m_ui->minScoreSpin->value();
    s.forbidSameDepartment = m_ui->sameDepartmentCheck->isChecked();
    s.forbidSameReportingLine = m_ui->sameLineCheck->isChecked();
    s.requireCoveredGap = m_ui->requireGapCheck->isChecked();
    return s;
}

void PairingPage::run() {
    if (!m_workspace.hasDatabase() || programId() <= 0)
        return;
    const qint64 keepSelected = selected() ? selected()->senior.id : 0;
    PairingService service(m_workspace.database());
    const auto proposal = service.propose(programId(), settings(), m_locks.toList());
    if (!proposal) {
        m_workspace.reportError(proposal.error());
        return;
    }
    m_proposal = *proposal;
    // The settings stay with the program for the next time (the proposal validated them).
    if (Status saved = service.saveSettings(programId(), proposal->settings); !saved)
        m_workspace.reportError(saved.error());
    m_proposals->setRows(proposal->binomes);
    m_unmatched->setRows(proposal->unmatched);
    m_coverage->setRows(proposal->coverage);
    m_ui->proposalsView->resizeColumnsToContents();
    // The gaps, long, take the width that is left (wrapped on two lines, then elided, with the
    // whole list in the explanation beside): no horizontal scrolling, the header always seen.
    m_ui->proposalsView->horizontalHeader()->setSectionResizeMode(ProposalTableModel::GapsColumn,
                                                                  QHeaderView::Stretch);
    m_ui->unmatchedView->resizeColumnsToContents();
    m_ui->coverageView->resizeColumnsToContents();
    m_ui->coverageView->horizontalHeader()->setSectionResizeMode(CoverageTableModel::SkillColumn,
                                                                 QHeaderView::Stretch);
    m_ui->bottomTabs->setTabText(0, tr("Unmatched (%1)").arg(proposal->unmatched.size()));
    m_ui->summaryLabel->setText(
        tr("%1 binômes among %2 juniors and %3 seniors; average score %4; %5 locked; "
           "computed in %6 ms.")
            .arg(proposal->binomes.size())
            .arg(proposal->juniorCount)
            .arg(proposal->seniorCount)
            .arg(QLocale().toString(
                proposal->binomes.isEmpty() ? 0.0 : proposal->total / proposal->binomes.size(), 'f',
                1))
            .arg(std::count_if(proposal->binomes.begin(), proposal->binomes.end(),
                               [](const ProposedBinome& b) { return b.locked; }))
            .arg(QLocale().toString(proposal->seconds * 1000, 'f', 1)));
    m_ui->confirmButton->setEnabled(newCount() > 0);
    if (keepSelected)
        selectSenior(keepSelected);
    else if (m_proposalsProxy->rowCount() > 0)
        m_ui->proposalsView->selectRow(0);
    showSelection();
    updateEmptyState();
}

bool PairingPage::confirm(bool ask) {
    if (!m_proposal)
        return false;
    if (ask) {
        const auto answer = QMessageBox::question(
            this, tr("Confirm the binômes"),
            Qt::convertFromPlainText(
                tr("Save the %n new binôme(s) for \"%1\"? The binômes already confirmed stay as "
                   "they are; each new one gets its first objectives.",
                   nullptr, newCount())
                    .arg(m_proposal->program.name),
                Qt::WhiteSpaceNormal)); // spaces that break: the sentence wraps
        if (answer != QMessageBox::Yes)
            return false;
    }
    const int confirmedCount = newCount();
    const auto saved =
        PairingService(m_workspace.database()).confirm(*m_proposal, PairingService::currentUser());
    if (!saved) {
        m_workspace.reportError(saved.error());
        return false;
    }
    m_locks.lockAll(*m_proposal);
    reloadHistory();
    // Confirming cannot be undone from here (binômes end on the Follow-up page): earlier
    // edits can no longer be undone safely either. Every page follows, this one included.
    m_workspace.undoStack()->clear();
    m_workspace.notifyChanged(Workspace::Binomes | Workspace::FollowUp);
    m_ui->summaryLabel->setTextFormat(Qt::PlainText);
    m_ui->summaryLabel->setText(
        tr("Confirmed: %n new binôme(s) saved for \"%1\".", nullptr, confirmedCount)
            .arg(m_proposal->program.name));
    return true;
}

int PairingPage::newCount() const {
    if (!m_proposal)
        return 0;
    return static_cast<int>(std::count_if(m_proposal->binomes.begin(), m_proposal->binomes.end(),
                                          [](const ProposedBinome& b) { return !b.confirmed; }));
}

void PairingPage::chooseParticipants() {
    // Saved, every page told (a shown proposal is computed again then), before this runs:
    EnrolmentDialog* dialog = chooseEnrolment(m_workspace, programId(), this);
    if (!dialog)
        return;
    connect(dialog, &QDialog::accepted, this, [this] {
        // here, chosen from this page, the proposal is there at once.
        if (!m_proposal)
            run();
    });
}

} // namespace binome::gui

#include "PairingPage.h"

#include "ChooseMentorDialog.h"
#include "EnrolmentDialog.h"
#include "PairingModels.h"
#include "ServiceCommand.h"
#include "Workspace.h"
#include "ui_PairingPage.h"

#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QShortcut>
#include <QSortFilterProxyModel>

#include <cmath>

using namespace Qt::StringLiterals;

namespace binome::gui {

namespace {
QSortFilterProxyModel* sortingProxy(QAbstractItemModel* source, int sortRole, QObject* parent) {
    auto* proxy = new QSortFilterProxyModel(parent);
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
    m_ui->historyView->setModel(m_history);
    m_ui->historyView->verticalHeader()->hide();
    m_ui->historyView->horizontalHeader()->setStretchLastSection(true);
    m_ui->proposalSplitter->setStretchFactor(0, 3);
    m_ui->proposalSplitter->setStretchFactor(1, 2);
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
        if (what & Workspace::Programs)
            reloadPrograms();
        if (!(what & (Workspace::Participants | Workspace::Catalog | Workspace::Binomes |
                      Workspace::Programs)))
            return;
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
    showSelection();
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
    if (!m_workspace.hasDatabase())
        return;
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

void PairingPage::programChanged() {
    m_proposal.reset();
    m_locked.clear();
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
        return;
    }
    PairingService service(m_workspace.database());
    const auto saved = service.settings(id);
    showSettings(saved ? *saved : PairingSettings{});
    // The binômes already confirmed are kept unless HR unlocks them.
    if (const auto binomes = service.binomes(id)) {
        for (const Binome& b : *binomes)
            m_locked.insert({b.juniorId, b.seniorId});
    }
    reloadHistory();
    // With people taking part, the proposal is there at once (it takes milliseconds).
    if (updateEnrolled() > 0)
        run();
    showSelection();
}

void PairingPage::reloadHistory() {
    const auto runs = PairingService(m_workspace.database()).runs(programId());
    m_history->setRows(runs ? *runs : QList<PairingRun>());
    m_ui->historyView->resizeColumnsToContents();
    reloadExclusions();
}

void PairingPage::reloadExclusions() {
    m_ui->exclusionsList->clear();
    if (!m_workspace.hasDatabase() || programId() <= 0)
        return;
    const auto exclusions = PairingService(m_workspace.database()).exclusions(programId());
    const auto everyone = ParticipantService(m_workspace.database()).list();
    if (!exclusions || !everyone)
        return;
    QHash<qint64, QString> names;
    for (const Participant& p : *everyone)
        names.insert(p.id, p.fullName());
    for (const PersonPair& pair : *exclusions) {
        auto* item = new QListWidgetItem(
            tr("%1 never mentors %2").arg(names.value(pair.first), names.value(pair.second)),
            m_ui->exclusionsList);
        item->setData(Qt::UserRole, pair.first);
        item->setData(Qt::UserRole + 1, pair.second);
    }
    m_ui->bottomTabs->setTabText(m_ui->bottomTabs->indexOf(m_ui->exclusionsTab),
                                 tr("Exclusions (%1)").arg(exclusions->size()));
    m_ui->liftExclusionButton->setEnabled(!exclusions->isEmpty());
}

void PairingPage::liftExclusion() {
    const QListWidgetItem* item = m_ui->exclusionsList->currentItem();
    if (!item)
        return;
    setExcluded({item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toLongLong()},
                false);
}

void PairingPage::setExcluded(const PersonPair& pair, bool excluded) {
    Workspace& workspace = m_workspace;
    const qint64 program = programId();
    const auto step = [&workspace, program, pair](bool value) {
        return [&workspace, program, pair, value]() -> Status {
            return PairingService(workspace.database()).setExcluded(program, pair, value);
        };
    };
    m_workspace.undoStack()->push(new ServiceCommand(
        m_workspace, excluded ? tr("Exclude a pair") : tr("Lift an exclusion"), step(excluded),
        step(!excluded), [&workspace] { workspace.notifyChanged(Workspace::Binomes); }));
}

void PairingPage::markOutOfDate() {
    if (!m_proposal)
        return;
    m_ui->confirmButton->setEnabled(false);
    m_ui->summaryLabel->setText(
        tr("The rules changed: press Propose (F5) to update the proposal before confirming."));
}

int PairingPage::updateEnrolled() {
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
    return juniors + seniors;
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
    const auto proposal = service.propose(programId(), settings(), m_locked.values());
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
            .arg(proposal->binomes.isEmpty() ? 0.0 : proposal->total / proposal->binomes.size(), 0,
                 'f', 1)
            .arg(std::count_if(proposal->binomes.begin(), proposal->binomes.end(),
                               [](const ProposedBinome& b) { return b.locked; }))
            .arg(proposal->seconds * 1000, 0, 'f', 1));
    m_ui->confirmButton->setEnabled(newCount() > 0);
    if (keepSelected)
        selectSenior(keepSelected);
    else if (m_proposalsProxy->rowCount() > 0)
        m_ui->proposalsView->selectRow(0);
    showSelection();
}

void PairingPage::selectSenior(qint64 seniorId) {
    const int row = m_proposals->rowOfSenior(seniorId);
    if (row < 0)
        return;
    const QModelIndex index = m_proposalsProxy->mapFromSource(m_proposals->index(row, 0));
    m_ui->proposalsView->selectRow(index.row());
    m_ui->proposalsView->scrollTo(index);
}

const ProposedBinome* PairingPage::selected() const {
    const QModelIndexList rows = m_ui->proposalsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = m_proposalsProxy->mapToSource(rows.first()).row();
    return row >= 0 && row < m_proposals->binomes().size() ? &m_proposals->binomes()[row] : nullptr;
}

void PairingPage::showSelection() {
    const ProposedBinome* b = selected();
    // A confirmed binôme is kept as it is: it ends on the Follow-up page, not here.
    const bool editable = b != nullptr && !b->confirmed;
    m_ui->lockButton->setEnabled(editable);
    m_ui->chooseMentorButton->setEnabled(editable);
    m_ui->excludeButton->setEnabled(editable);
    m_ui->swapButton->setEnabled(editable && m_ui->alternativesList->currentRow() >= 0);
    if (!b) {
        m_ui->detailsTitle->setText(m_proposal
                                        ? tr("Select a binôme to see why it is proposed.")
                                        : tr("Choose the participants, then propose binômes."));
        m_ui->explanationBrowser->clear();
        const QSignalBlocker blocker(m_ui->alternativesList);
        m_ui->alternativesList->clear();
        return;
    }
    m_ui->lockButton->setText(b->locked ? tr("Un&lock") : tr("&Lock"));
    m_ui->detailsTitle->setText(
        tr("%1 mentors %2").arg(b->junior.fullName(), b->senior.fullName()));
    QString html = u"<p><b>%1</b></p><ul>"_s.arg(std::isfinite(b->score)
                                                     ? tr("Score %1 / 100").arg(b->score, 0, 'f', 1)
                                                     : tr("Locked although it breaks a rule"));
    if (b->confirmed)
        html.prepend(u"<p><i>%1</i></p>"_s.arg(
            tr("A confirmed binôme, kept as it is. To end it, open it on the Follow-up page.")
                .toHtmlEscaped()));
    const QStringList lines = PairingService::describe(*b);
    for (const QString& line : lines)
        html += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
    html += u"</ul>"_s;
    m_ui->explanationBrowser->setHtml(html);
    const int current = m_ui->alternativesList->currentRow();
    const QSignalBlocker blocker(m_ui->alternativesList);
    m_ui->alternativesList->clear();
    for (const auto& [junior, score] : b->alternatives) {
        auto* item =
            new QListWidgetItem(tr("%1 — %2").arg(junior.fullName()).arg(score, 0, 'f', 1));
        item->setData(Qt::UserRole, junior.id);
        m_ui->alternativesList->addItem(item);
    }
    if (current >= 0 && current < m_ui->alternativesList->count())
        m_ui->alternativesList->setCurrentRow(current);
}

void PairingPage::toggleLock() {
    const ProposedBinome* b = selected();
    if (!b)
        return;
    const PersonPair pair{b->junior.id, b->senior.id};
    if (m_locked.contains(pair))
        m_locked.remove(pair);
    else
        m_locked.insert(pair);
    run();
}

void PairingPage::excludeSelected() {
    const ProposedBinome* b = selected();
    if (!b)
        return;
    const PersonPair pair{b->junior.id, b->senior.id};
    m_locked.remove(pair);
    setExcluded(pair, true); // the change signal runs the proposal again
}

void PairingPage::swapToAlternative() {
    const ProposedBinome* b = selected();
    const QListWidgetItem* item = m_ui->alternativesList->currentItem();
    if (!b || !item)
        return;
    const qint64 seniorId = b->senior.id;
    const qint64 juniorId = item->data(Qt::UserRole).toLongLong();
    m_ui->alternativesList->setCurrentRow(-1); // refills the list: item is gone after this
    setMentor(seniorId, juniorId);
}

void PairingPage::setMentor(qint64 seniorId, qint64 juniorId) {
    // HR's exclusions win: lifting one is a decision of its own, on the Exclusions tab.
    if (const auto exclusions = PairingService(m_workspace.database()).exclusions(programId());
        exclusions && exclusions->contains(PersonPair{juniorId, seniorId})) {
        m_workspace.reportError(tr("HR excluded this pair. Lift the exclusion on the Exclusions "
                                   "tab first if they should be paired after all."));
        return;
    }
    for (auto it = m_locked.begin(); it != m_locked.end();)
        it = it->second == seniorId ? m_locked.erase(it) : std::next(it);
    m_locked.insert({juniorId, seniorId});
    run();
    selectSenior(seniorId);
}

void PairingPage::chooseMentor() {
    const ProposedBinome* b = selected();
    if (!b)
        return;
    const auto candidates =
        PairingService(m_workspace.database()).candidates(programId(), settings(), b->senior.id);
    if (!candidates) {
        m_workspace.reportError(candidates.error());
        return;
    }
    auto* dialog = new ChooseMentorDialog(b->senior, *candidates, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->choose(b->junior.id);
    const qint64 seniorId = b->senior.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, seniorId] {
        if (const qint64 junior = dialog->chosenJuniorId())
            setMentor(seniorId, junior);
    });
    dialog->open();
}

bool PairingPage::confirm(bool ask) {
    if (!m_proposal)
        return false;
    if (ask) {
        const auto answer = QMessageBox::question(
            this, tr("Confirm the binômes"),
            tr("Save the %n new binôme(s) for \"%1\"? The binômes already confirmed stay as they "
               "are; each new one gets its first objectives.",
               nullptr, newCount())
                .arg(m_proposal->program.name));
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
    m_locked.clear();
    for (const ProposedBinome& b : m_proposal->binomes)
        m_locked.insert({b.junior.id, b.senior.id});
    reloadHistory();
    // Confirming cannot be undone from here (binômes end on the Follow-up page): earlier
    // edits can no longer be undone safely either. Every page follows, this one included.
    m_workspace.undoStack()->clear();
    m_workspace.notifyChanged(Workspace::Binomes | Workspace::FollowUp);
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
    if (programId() <= 0)
        return;
    const Database& database = m_workspace.database();
    const auto everyone = ParticipantService(database).list();
    const auto enrolled = ProgramService(database).enrolled(programId());
    if (!everyone || !enrolled) {
        m_workspace.reportError(everyone ? enrolled.error() : everyone.error());
        return;
    }
    QSet<qint64> ids;
    for (const Participant& p : *enrolled)
        ids.insert(p.id);
    auto* dialog = new EnrolmentDialog(*everyone, ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        const QSet<qint64> chosen = dialog->chosen();
        ProgramService service(m_workspace.database());
        const QSet<qint64> newcomers = chosen - ids;
        const QSet<qint64> removed = ids - chosen;
        if (const auto added = service.enrol(programId(), newcomers.values()); !added)
            m_workspace.reportError(added.error());
        if (Status status = service.withdraw(programId(), removed.values()); !status)
            m_workspace.reportError(status.error());
        updateEnrolled();
        run();
    });
    dialog->open();
}

} // namespace binome::gui

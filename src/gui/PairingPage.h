#pragma once

#include "binome/domain/Pairing.h"
#include "binome/services/PairingLocks.h"
#include "binome/services/PairingService.h"

#include <QWidget>

#include <memory>
#include <optional>

class QSortFilterProxyModel;

namespace Ui {
class PairingPage;
}

namespace binome::gui {

class CoverageTableModel;
class EmptyState;
class ProposalTableModel;
class RunBinomesDialog;
class RunTableModel;
class UnmatchedTableModel;
class Workspace;

/// Proposes a program's binômes, explains them, lets HR lock, exclude and swap, and confirms;
/// lists the confirmed runs, each opening the binômes it created.
class PairingPage final : public QWidget {
    Q_OBJECT

public:
    /// Up to this many people taking part, the proposal is computed as soon as the program is
    /// shown; beyond, when HR presses Propose.
    static constexpr int AutoProposeLimit = 2000;

    explicit PairingPage(Workspace& workspace, QWidget* parent = nullptr);
    ~PairingPage() override;

    ProposalTableModel* proposals() const { return m_proposals; }
    UnmatchedTableModel* unmatched() const { return m_unmatched; }
    CoverageTableModel* coverage() const { return m_coverage; }
    RunTableModel* history() const { return m_history; }
    const std::optional<PairingProposal>& proposal() const { return m_proposal; }
    PairingSettings settings() const;
    qint64 programId() const;
    void selectProgram(qint64 programId);

public Q_SLOTS:
    void reloadPrograms();
    void run();
    /// Saves the proposal; asks first unless `ask` is false.
    bool confirm(bool ask = true);
    void toggleLock();
    void excludeSelected();
    void swapToAlternative();
    /// Opens the dialog that picks the selected senior's mentor by hand.
    void chooseMentor();
    /// Gives the senior this mentor, locked, and proposes the rest again.
    void setMentor(qint64 seniorId, qint64 juniorId);
    void chooseParticipants();
    void selectSenior(qint64 seniorId);
    /// Opens the binômes a confirmed run created; nullptr when the run is not shown.
    RunBinomesDialog* openRun(qint64 runId);
    RunBinomesDialog* openSelectedRun();

Q_SIGNALS:
    /// The empty page's buttons when no database is open (the main window opens one).
    void openDemoRequested();
    void openDatabaseRequested();
    /// The empty page's button when there is no program (the main window shows the Programs
    /// page and its dialog for a new program).
    void createProgramRequested();

protected:
    /// Reads what changed while the page was hidden.
    void showEvent(QShowEvent* event) override;

private:
    /// Says what to do next when the page has nothing to show: no database, no program, nobody
    /// taking part, nothing proposed yet.
    void updateEmptyState();
    void programChanged();
    /// Reads what the chosen program holds (who takes part, the runs, the exclusions) and
    /// proposes when people take part.
    void loadProgram();
    /// Follows a change made elsewhere to the people, the catalog or the binômes.
    void followChange();
    void showSettings(const PairingSettings& settings);
    void showSelection();
    /// Shows how many take part in the program; returns that number.
    int updateEnrolled();
    const ProposedBinome* selected() const;
    void reloadHistory();
    void reloadExclusions();
    void liftExclusion();
    /// Excludes or lifts the exclusion of a pair, as an undoable edit.
    void setExcluded(const PersonPair& pair, bool excluded);
    /// The settings were edited after the proposal was computed.
    void markOutOfDate();
    /// How many proposed binômes are not confirmed yet.
    int newCount() const;

    const std::unique_ptr<Ui::PairingPage> m_ui;
    Workspace& m_workspace;
    ProposalTableModel* m_proposals;
    UnmatchedTableModel* m_unmatched;
    CoverageTableModel* m_coverage;
    RunTableModel* m_history;
    QSortFilterProxyModel* m_proposalsProxy;
    QSortFilterProxyModel* m_unmatchedProxy;
    QSortFilterProxyModel* m_coverageProxy;
    std::optional<PairingProposal> m_proposal;
    PairingLocks m_locks;
    /// How many take part in the program (archived people aside).
    int m_enrolled = 0;
    /// Left to do when the page shows: a hidden page does not read the program (loadProgram) or
    /// follow changes (followChange), so that opening a large database stays quick.
    bool m_programPending = false;
    bool m_changePending = false;
    EmptyState* m_emptyState = nullptr;
    EmptyState* m_enrolmentState = nullptr;
};

} // namespace binome::gui

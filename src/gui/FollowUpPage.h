#pragma once

#include "binome/domain/Program.h"
#include "binome/services/TableExportService.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>

namespace Ui {
class FollowUpPage;
}

namespace binome::gui {

class BinomeDetailDialog;
class EmptyState;
class FollowUpFilterProxy;
class FollowUpTableModel;
class Workspace;

/// A program's follow-up: every binôme with its sessions, hours, objectives, level gain and the
/// flags that need HR's attention, filtered by mentor, status, flag and words; and the actions
/// of the follow-up on the selected binôme (log a session with Ctrl+L, open it with Enter).
class FollowUpPage final : public QWidget {
    Q_OBJECT

public:
    explicit FollowUpPage(Workspace& workspace, QWidget* parent = nullptr);
    ~FollowUpPage() override;

    FollowUpTableModel* model() const { return m_model; }
    FollowUpFilterProxy* proxy() const { return m_proxy; }
    qint64 programId() const;
    void selectProgram(qint64 programId);
    /// The date the flags are computed at; today unless set (tests pin it).
    void setToday(const QDate& today);
    QDate today() const;
    /// The binôme the actions apply to: the selected one, or the only one shown; 0 if none.
    qint64 currentBinomeId() const;
    void selectBinome(qint64 binomeId);
    /// Opens the binôme's detail (non-blocking); returns it, or nullptr when it cannot be shown.
    BinomeDetailDialog* openDetail(qint64 binomeId);

public Q_SLOTS:
    void reloadPrograms();
    void reload();
    void logSession();
    void planSession();
    void debrief();
    void pauseOrResume();
    void endBinome();
    /// A new objective for the selected binôme (Ctrl+N).
    void addObjective();
    void importSessions();
    /// Asks where, then saves the program's planned sessions as an iCalendar file.
    void exportCalendar();
    /// Saves them to `path`; returns how many sessions were written, -1 on failure (reported).
    int exportCalendarTo(const QString& path);
    void openSelected();
    /// Asks where, then saves the program's table of that kind as a spreadsheet (CSV).
    void exportSpreadsheet(binome::SpreadsheetKind kind);
    /// Saves it to `path`; returns the rows written, -1 on failure (reported).
    int exportSpreadsheetTo(binome::SpreadsheetKind kind, const QString& path);
    /// Previews the program's progress report (PDF) before saving or printing it.
    void showProgramReport();
    /// Previews the introduction letters of the program's open binômes, one page each.
    void showIntroductionLetters();
    /// Previews the printable list of the program's confirmed binômes.
    void showConfirmedBinomes();

Q_SIGNALS:
    /// The empty page's buttons when no database is open (the main window opens one).
    void openDemoRequested();
    void openDatabaseRequested();
    /// The empty page's button when there is no program (the main window shows the Programs
    /// page and its dialog for a new program).
    void createProgramRequested();
    /// The empty page's button when the program has no binôme yet (the main window shows the
    /// Pairing page on that program).
    void pairingRequested(qint64 programId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// Reloads what changed while the page was hidden.
    void catchUp();
    qint64 selectedBinomeId() const;
    /// Fills the mentors of the program's binômes, keeping the chosen one when still there.
    void fillMentors();
    void applyStatusFilter();
    /// The rows shown changed: the summary and the actions follow.
    void filtersChanged();
    void updateActions();
    void updateSummary();
    void showProgramInfo();
    /// The Reports and Export buttons' menus.
    void buildOutputMenus();
    /// Says what to do next when there is nothing to follow: no database, no program, no binôme.
    void updateEmptyState();

    const std::unique_ptr<Ui::FollowUpPage> m_ui;
    Workspace& m_workspace;
    FollowUpTableModel* m_model;
    FollowUpFilterProxy* m_proxy;
    QList<Program> m_programs;
    QDate m_today;
    bool m_columnsSized = false;
    bool m_programsStale = false;
    bool m_rowsStale = false;
    EmptyState* m_emptyState = nullptr;
    EmptyState* m_binomesState = nullptr;
};

} // namespace binome::gui

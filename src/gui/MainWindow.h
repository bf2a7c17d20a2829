#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace binome::gui {

class DashboardPage;
class FollowUpPage;
class PairingPage;
class ParticipantsPage;
class ProgramsPage;
class SkillsPage;
class Workspace;

/// Hosts the pages, the menus and the status bar; nothing else.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens (creating if need be) a database; says why in a message box when it cannot.
    bool openDatabase(const QString& path);
    /// Opens the demo database, filling it with the demo organisation when empty.
    bool openDemo();
    Workspace& workspace() { return *m_workspace; }
    ParticipantsPage* participantsPage() const { return m_participants; }
    SkillsPage* skillsPage() const { return m_skills; }
    ProgramsPage* programsPage() const { return m_programs; }
    PairingPage* pairingPage() const { return m_pairing; }
    FollowUpPage* followUpPage() const { return m_followUp; }
    DashboardPage* dashboardPage() const { return m_dashboard; }
    void showPage(int index);

    /// How long after a database opens its daily copy is made: after the first paint.
    static constexpr int DailyBackupDelayMs = 1500;

    static QString demoDatabasePath();
    /// The databases opened last, the latest first (at most 8), as File › Open recent lists them.
    static QStringList recentDatabases();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPages();
    void switchLanguage(const QString& language);
    void chooseDatabase(bool create);
    void updateStatus();
    void showError(const QString& message);
    void about();
    void backUp();
    /// Undo and redo in the Edit menu, their words in the current language.
    void createUndoActions();
    /// Help › User guide (F1), File › Restore a backup… and Automatic backups…, their words in
    /// the current language.
    void createExtraActions();
    /// The empty pages' buttons: open a database or the demo, create a program, pair.
    void connectPageRequests();
    void restore();
    /// Makes today's automatic copy of the database at PATH if it is still the one open.
    void makeDailyBackup(const QString& path);
    /// File › Open recent: the databases opened last, the latest first.
    void fillRecentMenu();
    /// Says in the status bar when the open database is readable or writable by others.
    void warnIfOthersCanRead();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace* m_workspace;
    ParticipantsPage* m_participants = nullptr;
    SkillsPage* m_skills = nullptr;
    ProgramsPage* m_programs = nullptr;
    PairingPage* m_pairing = nullptr;
    FollowUpPage* m_followUp = nullptr;
    DashboardPage* m_dashboard = nullptr;
    QLabel* m_databaseLabel;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_guideAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_backupSettingsAction = nullptr;
};

} // namespace binome::gui

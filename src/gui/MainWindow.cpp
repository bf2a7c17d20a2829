#include "MainWindow.h"

#include "BackupSettingsDialog.h"
#include "DashboardPage.h"
#include "EmptyState.h"
#include "FollowUpPage.h"
#include "HelpBrowser.h"
#include "Icons.h"
#include "KeyboardFocus.h"
#include "PairingPage.h"
#include "ParticipantsPage.h"
#include "ProgramsPage.h"
#include "RestoreDialog.h"
#include "SkillsPage.h"
#include "Workspace.h"
#include "ui_MainWindow.h"

#include "binome/services/BackupService.h"
#include "binome/services/DemoService.h"
#include "binome/services/Translations.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace binome::gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_workspace(new Workspace(this))
    , m_databaseLabel(new QLabel(this)) {
    m_ui->setupUi(this);
    setObjectName(u"MainWindow"_s);
    statusBar()->addPermanentWidget(m_databaseLabel);

    createUndoActions();
    createExtraActions();

    connect(m_ui->actionOpenDatabase, &QAction::triggered, this, [this] { chooseDatabase(false); });
    connect(m_ui->actionNewDatabase, &QAction::triggered, this, [this] { chooseDatabase(true); });
    connect(m_ui->recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    connect(m_ui->actionOpenDemo, &QAction::triggered, this, &MainWindow::openDemo);
    connect(m_ui->actionBackup, &QAction::triggered, this, &MainWindow::backUp);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->actionEnglish, &QAction::triggered, this, [this] { switchLanguage(u"en"_s); });
    connect(m_ui->actionFrench, &QAction::triggered, this, [this] { switchLanguage(u"fr"_s); });
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, m_ui->pages,
            &QStackedWidget::setCurrentIndex);
    connect(m_workspace, &Workspace::errorOccurred, this, &MainWindow::showError);
    connect(m_workspace, &Workspace::changed, this, &MainWindow::updateStatus);
    connect(m_workspace, &Workspace::databaseChanged, this, &MainWindow::updateStatus);

    buildPages();
    // Ctrl+1, Ctrl+2... show the pages in the navigation's order, and put the keyboard in it.
    for (int index = 0; index < m_ui->pages->count() && index < 9; ++index) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this, [this, index] {
            showPage(index);
            // The page's table the user sees (its first row selected, see KeyboardFocus.h), or
            // the first button of its empty state when it has none.
            if (QWidget* entry = keyboardEntryOf(m_ui->pages->currentWidget()))
                entry->setFocus(Qt::ShortcutFocusReason);
        });
    }
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        // The first start: the size of the form, within the screen (a 1,280 × 720 laptop's
        // free area is smaller than the form).
        if (const QScreen* shown = screen())
            resize(size().boundedTo(shown->availableSize()));
    }
}

MainWindow::~MainWindow() = default;

QString MainWindow::demoDatabasePath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"binome-demo.sqlite"_s);
}

void MainWindow::buildPages() {
    const int current = std::max(0, m_ui->navigationList->currentRow());
    while (m_ui->pages->count() > 0) {
        QWidget* page = m_ui->pages->widget(0);
        m_ui->pages->removeWidget(page);
        delete page;
    }
    m_ui->navigationList->clear();
    m_participants = new ParticipantsPage(*m_workspace, this);
    m_skills = new SkillsPage(*m_workspace, this);
    m_programs = new ProgramsPage(*m_workspace, this);
    m_pairing = new PairingPage(*m_workspace, this);
    m_followUp = new FollowUpPage(*m_workspace, this);
    m_dashboard = new DashboardPage(*m_workspace, this);
    struct Entry {
        QWidget* page;
        QString title;
        QString icon;
    };
    const Entry entries[] = {
        {m_participants, tr("Participants"), u"participants"_s},
        {m_skills, tr("Skills catalog"), u"skills"_s},
        {m_programs, tr("Programs"), u"programs"_s},
        {m_pairing, tr("Pairing"), u"pairing"_s},
        {m_followUp, tr("Follow-up"), u"follow-up"_s},
        {m_dashboard, tr("Dashboard"), u"dashboard"_s},
    };
    for (const Entry& entry : entries) {
        m_ui->pages->addWidget(entry.page);
        m_ui->navigationList->addItem(new QListWidgetItem(icon(entry.icon), entry.title));
    }
    connectPageRequests();
    disconnect(m_ui->actionImport, nullptr, nullptr, nullptr);
    disconnect(m_ui->actionExport, nullptr, nullptr, nullptr);
    connect(m_ui->actionImport, &QAction::triggered, m_participants,
            &ParticipantsPage::importParticipants);
    connect(m_ui->actionExport, &QAction::triggered, m_participants,
            &ParticipantsPage::exportParticipants);
    // Wide enough for the longest page name in the current language, up to a limit beyond
    // which a long name takes two lines ("Catalogue des compétences"): the pages keep the room.
    m_ui->navigationList->setWordWrap(true);
    const int longest = m_ui->navigationList->sizeHintForColumn(0) + 24;
    m_ui->navigationList->setFixedWidth(
        std::min(longest, m_ui->navigationList->iconSize().width() +
                              m_ui->navigationList->fontMetrics().averageCharWidth() * 17 + 40));
    // Tab into a page's table selects a row, so that F2, Enter and Delete act at once.
    for (int index = 0; index < m_ui->pages->count(); ++index) {
        for (QTableView* view : m_ui->pages->widget(index)->findChildren<QTableView*>())
            selectARowOnKeyboardFocus(view);
        for (QLineEdit* filter :
             m_ui->pages->widget(index)->findChildren<QLineEdit*>(u"filterEdit"_s))
            clearOnEscape(filter);
    }
    showPage(current);
    if (m_workspace->hasDatabase()) {
        m_participants->reload();
        m_skills->reload();
        m_programs->reload();
        m_pairing->reloadPrograms();
        m_followUp->reloadPrograms();
        m_dashboard->reloadPrograms();
    }
    const QString language = QLocale().language() == QLocale::French ? u"fr"_s : u"en"_s;
    m_ui->actionEnglish->setChecked(language == u"en");
    m_ui->actionFrench->setChecked(language == u"fr");
}

void MainWindow::createUndoActions() {
    delete m_undoAction;
    delete m_redoAction;
    m_undoAction = m_workspace->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_workspace->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_undoAction->setIcon(icon(u"undo"_s));
    m_redoAction->setIcon(icon(u"redo"_s));
    m_undoAction->setStatusTip(tr("Undo the last change"));
    m_redoAction->setStatusTip(tr("Redo the change just undone"));
    m_ui->editMenu->addAction(m_undoAction);
    m_ui->editMenu->addAction(m_redoAction);
}

void MainWindow::createExtraActions() {
    if (!m_guideAction) {
        m_guideAction = new QAction(icon(u"help"_s), QString(), this);
        m_guideAction->setShortcut(QKeySequence::HelpContents);
        m_guideAction->setShortcutContext(Qt::ApplicationShortcut);
        m_ui->helpMenu->insertAction(m_ui->actionAbout, m_guideAction);
        connect(m_guideAction, &QAction::triggered, this, [this] {
            HelpBrowser::showFor(this, HelpBrowser::topicForPage(m_ui->pages->currentIndex()));
        });
        m_restoreAction = new QAction(this);
        m_backupSettingsAction = new QAction(this);
        m_ui->fileMenu->insertAction(m_ui->actionImport, m_restoreAction);
        m_ui->fileMenu->insertAction(m_ui->actionImport, m_backupSettingsAction);
        m_ui->fileMenu->insertSeparator(m_ui->actionImport);
        connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restore);
        connect(m_backupSettingsAction, &QAction::triggered, this, [this] {
            BackupSettingsDialog dialog(
                m_workspace->hasDatabase() ? m_workspace->database().path() : QString(), this);
            dialog.exec();
        });
    }
    m_guideAction->setText(tr("&User guide"));
    m_guideAction->setStatusTip(tr("Open the user guide at the section of this page"));
    m_restoreAction->setText(tr("Res&tore a backup…"));
    m_restoreAction->setStatusTip(
        tr("Replace the database with a backup, after checking it; the database as it is "
           "now is kept aside"));
    m_backupSettingsAction->setText(tr("Automatic bac&kups…"));
    m_backupSettingsAction->setStatusTip(
        tr("How many daily copies of the database are kept beside it"));
}

void MainWindow::connectPageRequests() {
    const auto connectCommon = [this](auto* page) {
        using Page = std::remove_pointer_t<decltype(page)>;
        connect(page, &Page::openDemoRequested, this, &MainWindow::openDemo);
        connect(page, &Page::openDatabaseRequested, this, [this] { chooseDatabase(false); });
    };
    connectCommon(m_participants);
    connectCommon(m_skills);
    connectCommon(m_programs);
    connectCommon(m_pairing);
    connectCommon(m_followUp);
    connectCommon(m_dashboard);
    const auto createProgram = [this] {
        showPage(m_ui->pages->indexOf(m_programs));
        m_programs->addProgram();
    };
    connect(m_pairing, &PairingPage::createProgramRequested, this, createProgram);
    connect(m_followUp, &FollowUpPage::createProgramRequested, this, createProgram);
    connect(m_dashboard, &DashboardPage::createProgramRequested, this, createProgram);
    connect(m_followUp, &FollowUpPage::pairingRequested, this, [this](qint64 programId) {
        showPage(m_ui->pages->indexOf(m_pairing));
        m_pairing->selectProgram(programId);
    });
}

void MainWindow::restore() {
    if (!m_workspace->hasDatabase())
        return;
    RestoreDialog dialog(*m_workspace, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(dialog.outcome(), 15000);
}

void MainWindow::showPage(int index) {
    m_ui->navigationList->setCurrentRow(index);
    m_ui->pages->setCurrentIndex(index);
}

bool MainWindow::openDatabase(const QString& path) {
    auto opened = Database::open(path);
    if (!opened) {
        QMessageBox::critical(this, tr("Cannot open the database"),
                              Qt::convertFromPlainText(opened.error(), Qt::WhiteSpaceNormal));
        return false;
    }
    m_workspace->setDatabase(std::move(opened).value());
    const QString openedPath = m_workspace->database().path();
    QSettings settings;
    settings.setValue(u"database/last"_s, openedPath);
    QStringList recent = recentDatabases();
    recent.removeAll(openedPath);
    recent.prepend(openedPath);
    settings.setValue(u"database/recent"_s, recent.mid(0, 8));
    // The desktop adds " — Binôme" (the application's display name) itself.
    setWindowTitle(QFileInfo(path).fileName());
    warnIfOthersCanRead();
    // The daily copy waits until the window is painted: copying a large database must not
    // delay the first sight of it.
    QTimer::singleShot(DailyBackupDelayMs, this,
                       [this, openedPath] { makeDailyBackup(openedPath); });
    return true;
}

void MainWindow::makeDailyBackup(const QString& path) {
    // Another database may have been opened (or the demo) in the meantime: not this one's turn.
    if (!m_workspace->hasDatabase() || m_workspace->database().path() != path)
        return;
    // A copy a day beside the database, the last few kept (File › Automatic backups…).
    const auto rolled =
        BackupService(m_workspace->database())
            .rollOnOpen(QDateTime::currentDateTime(), BackupService::rollingCountSetting());
    if (!rolled)
        statusBar()->showMessage(tr("No daily backup could be made: %1").arg(rolled.error()),
                                 30000);
}

bool MainWindow::openDemo() {
    const QString path = demoDatabasePath();
    auto opened = Database::open(path);
    if (!opened) {
        QMessageBox::critical(this, tr("Cannot open the database"),
                              Qt::convertFromPlainText(opened.error(), Qt::WhiteSpaceNormal));
        return false;
    }
    const DemoService demo(*opened.value());
    const auto empty = demo.isEmpty();
    if (empty && *empty) {
        if (const auto installed = demo.install(); !installed) {
            QMessageBox::critical(
                this, tr("Demo organisation"),
                Qt::convertFromPlainText(installed.error(), Qt::WhiteSpaceNormal));
            return false;
        }
    }
    m_workspace->setDatabase(std::move(opened).value());
    setWindowTitle(tr("demo organisation"));
    statusBar()->showMessage(tr("This is the demo organisation: its people are fictitious."),
                             10000);
    warnIfOthersCanRead();
    return true;
}

QStringList MainWindow::recentDatabases() {
    return QSettings().value(u"database/recent"_s).toStringList();
}

void MainWindow::fillRecentMenu() {
    m_ui->recentMenu->clear();
    const QStringList recent = recentDatabases();
    int number = 0;
    for (const QString& path : recent) {
        if (!QFileInfo::exists(path))
            continue;
        // "&1 binome.sqlite": a digit to choose it by keyboard, the full path in the tooltip.
        QAction* action = m_ui->recentMenu->addAction(
            u"&%1 %2"_s.arg(++number).arg(QFileInfo(path).fileName().replace(u'&', u"&&"_s)));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path); });
        if (number == 9)
            break;
    }
    if (number == 0)
        m_ui->recentMenu->addAction(tr("No database opened yet"))->setEnabled(false);
    m_ui->recentMenu->setToolTipsVisible(true);
}

void MainWindow::warnIfOthersCanRead() {
    const QString warning = m_workspace->database().permissionWarning();
    if (warning.isEmpty())
        return;
    // Said where the eye goes first; the database's name keeps it in its tooltip.
    statusBar()->showMessage(warning, 30000);
}

void MainWindow::chooseDatabase(bool create) {
    const QString start = m_workspace->hasDatabase()
                              ? QFileInfo(m_workspace->database().path()).absolutePath()
                              : QDir::homePath();
    const QString filter = tr("Binôme databases (*.sqlite *.db);;All files (*)");
    QString path =
        create ? QFileDialog::getSaveFileName(this, tr("New database"),
                                              QDir(start).filePath(u"binome.sqlite"_s), filter)
               : QFileDialog::getOpenFileName(this, tr("Open database"), start, filter);
    if (path.isEmpty())
        return;
    if (create && QFileInfo(path).suffix().isEmpty())
        path += u".sqlite"_s;
    openDatabase(path);
}

void MainWindow::backUp() {
    if (!m_workspace->hasDatabase())
        return;
    const QFileInfo current(m_workspace->database().path());
    const QString suggested = current.absoluteDir().filePath(u"%1-%2.sqlite"_s.arg(
        current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up the database"), suggested,
                                                      tr("Binôme databases (*.sqlite *.db)"));
    if (path.isEmpty())
        return;
    // The save dialog has asked before replacing a file.
    if (Status status = m_workspace->database().backupTo(path, Database::Overwrite::Yes); !status) {
        showError(status.error());
        return;
    }
    statusBar()->showMessage(tr("Backup written to %1.").arg(QDir::toNativeSeparators(path)),
                             10000);
}

void MainWindow::switchLanguage(const QString& language) {
    installTranslations(*qApp, language);
    QSettings().setValue(u"ui/language"_s, language);
    m_ui->retranslateUi(this);
    m_workspace->undoStack()->clear();
    createUndoActions();
    createExtraActions();
    buildPages();
    updateStatus();
}

void MainWindow::updateStatus() {
    if (!m_workspace->hasDatabase()) {
        m_databaseLabel->setText(tr("No database"));
        return;
    }
    const QString path = QDir::toNativeSeparators(m_workspace->database().path());
    m_databaseLabel->setTextFormat(Qt::PlainText);
    m_databaseLabel->setText(tr("Database: %1").arg(path));
    const QString warning = m_workspace->database().permissionWarning();
    m_databaseLabel->setToolTip(
        Qt::convertFromPlainText(warning.isEmpty() ? path : path + u"\n\n"_s + warning));
}

void MainWindow::showError(const QString& message) {
    statusBar()->showMessage(message, 15000);
    QMessageBox::warning(this, tr("Binôme"),
                         Qt::convertFromPlainText(message, Qt::WhiteSpaceNormal));
}

void MainWindow::about() {
    QMessageBox::about(
        this, tr("About Binôme"),
        tr("<h3>Binôme %1</h3><p>Runs reverse-mentoring programs: participants and their "
           "digital skills, pairing juniors with seniors, objectives, sessions, debriefs, a "
           "dashboard, PDF reports and spreadsheet exports.</p><p>Everything is kept in one "
           "SQLite file on this computer; Binôme sends nothing over the network.</p><p>Free "
           "software under the GNU General Public License, version 3 or later.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings().setValue(u"window/geometry"_s, saveGeometry());
    event->accept();
}

} // namespace binome::gui

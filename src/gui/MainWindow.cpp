#include "MainWindow.h"

#include "DashboardPage.h"
#include "FollowUpPage.h"
#include "PairingPage.h"
#include "ParticipantsPage.h"
#include "ProgramsPage.h"
#include "SkillsPage.h"
#include "Workspace.h"
#include "ui_MainWindow.h"

#include "binome/services/DemoService.h"
#include "binome/services/Translations.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyle>
#include <QTextDocument>

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
            if (auto* view = m_ui->pages->currentWidget()->findChild<QAbstractItemView*>())
                view->setFocus(Qt::ShortcutFocusReason);
        });
    }
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
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
        QStyle::StandardPixmap icon;
    };
    const Entry entries[] = {
        {m_participants, tr("Participants"), QStyle::SP_DirHomeIcon},
        {m_skills, tr("Skills catalog"), QStyle::SP_FileDialogContentsView},
        {m_programs, tr("Programs"), QStyle::SP_FileDialogDetailedView},
        {m_pairing, tr("Pairing"), QStyle::SP_DialogApplyButton},
        {m_followUp, tr("Follow-up"), QStyle::SP_FileDialogListView},
        {m_dashboard, tr("Dashboard"), QStyle::SP_FileDialogInfoView},
    };
    for (const Entry& entry : entries) {
        m_ui->pages->addWidget(entry.page);
        m_ui->navigationList->addItem(
            new QListWidgetItem(style()->standardIcon(entry.icon), entry.title));
    }
    disconnect(m_ui->actionImport, nullptr, nullptr, nullptr);
    disconnect(m_ui->actionExport, nullptr, nullptr, nullptr);
    connect(m_ui->actionImport, &QAction::triggered, m_participants,
            &ParticipantsPage::importParticipants);
    connect(m_ui->actionExport, &QAction::triggered, m_participants,
            &ParticipantsPage::exportParticipants);
    // Wide enough for the longest page name in the current language.
    m_ui->navigationList->setFixedWidth(m_ui->navigationList->sizeHintForColumn(0) + 24);
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
    m_ui->editMenu->addAction(m_undoAction);
    m_ui->editMenu->addAction(m_redoAction);
}

void MainWindow::showPage(int index) {
    m_ui->navigationList->setCurrentRow(index);
    m_ui->pages->setCurrentIndex(index);
}

bool MainWindow::openDatabase(const QString& path) {
    auto opened = Database::open(path);
    if (!opened) {
        QMessageBox::critical(this, tr("Cannot open the database"),
                              Qt::convertFromPlainText(opened.error()));
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
    setWindowTitle(tr("Binôme — %1").arg(QFileInfo(path).fileName()));
    warnIfOthersCanRead();
    return true;
}

bool MainWindow::openDemo() {
    const QString path = demoDatabasePath();
    auto opened = Database::open(path);
    if (!opened) {
        QMessageBox::critical(this, tr("Cannot open the database"),
                              Qt::convertFromPlainText(opened.error()));
        return false;
    }
    const DemoService demo(*opened.value());
    const auto empty = demo.isEmpty();
    if (empty && *empty) {
        if (const auto installed = demo.install(); !installed) {
            QMessageBox::critical(this, tr("Demo organisation"),
                                  Qt::convertFromPlainText(installed.error()));
            return false;
        }
    }
    m_workspace->setDatabase(std::move(opened).value());
    setWindowTitle(tr("Binôme — demo organisation"));
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
    QMessageBox::warning(this, tr("Binôme"), Qt::convertFromPlainText(message));
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

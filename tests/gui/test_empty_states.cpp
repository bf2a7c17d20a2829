// An empty page says what to do next, with the button that does it, on a real database: no
// database open, nobody yet, an empty catalog, no program, nobody taking part, nothing proposed,
// no binôme. Each follows the workspace's changes (an edit elsewhere, an undo) without a restart.
#include "TempDatabase.h"

#include "DashboardPage.h"
#include "EmptyState.h"
#include "EnrolmentDialog.h"
#include "FollowUpPage.h"
#include "MainWindow.h"
#include "PairingPage.h"
#include "ParticipantDialog.h"
#include "ParticipantsPage.h"
#include "ProgramDialog.h"
#include "ProgramsPage.h"
#include "SkillDialog.h"
#include "SkillTableModel.h"
#include "SkillsPage.h"
#include "Workspace.h"

#include "binome/services/PairingService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SkillCatalogService.h"
#include "binome/services/Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

#include <functional>

using namespace binome;
using namespace binome::gui;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 3, 2);

class EmptyStatesTest : public binome::test::TempDatabase {
protected:
    void TearDown() override {
        installTranslations(*qApp, u"en"_s);
        TempDatabase::TearDown();
    }

    /// Opens the test's database in the workspace; the pages already built follow.
    void openDatabase() {
        auto opened = Database::open(path());
        ASSERT_TRUE(opened.ok());
        workspace.setDatabase(std::move(opened).value());
    }

    static EmptyState* state(const QWidget* page, const QString& name = u"emptyState"_s) {
        auto* found = page->findChild<EmptyState*>(name);
        EXPECT_NE(found, nullptr) << name.toStdString();
        return found;
    }
    /// On screen in place of what it replaces.
    static bool shown(const EmptyState* state) {
        return state && state->isShowing() && state->isVisible() &&
               (!state->content() || !state->content()->isVisible());
    }
    /// Hidden, and what it replaces on screen again.
    static bool gone(const EmptyState* state) {
        return state && !state->isShowing() && !state->isVisible() && state->buttons().isEmpty() &&
               (!state->content() || state->content()->isVisible());
    }
    static QPushButton* button(const EmptyState* state, const QString& text) {
        if (!state)
            return nullptr;
        for (QPushButton* b : state->buttons())
            if (b->text() == text && b->isVisible())
                return b;
        ADD_FAILURE() << "no button " << text.toStdString() << " in "
                      << state->message().toStdString();
        return nullptr;
    }
    static void press(QPushButton* b) {
        ASSERT_NE(b, nullptr);
        QTest::mouseClick(b, Qt::LeftButton);
    }

    /// Runs `act`, which opens a modal dialog; returns that dialog's class (closed at once),
    /// empty when none opened.
    static QString modalOpenedBy(const std::function<void()>& act) {
        QString seen;
        // Watches until the dialog shows; a failing test cannot hang: five seconds at most.
        QTimer watch;
        QElapsedTimer clock;
        clock.start();
        QObject::connect(&watch, &QTimer::timeout, qApp, [&] {
            auto* modal = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!modal && clock.elapsed() < 5000)
                return;
            watch.stop();
            if (!modal)
                return;
            seen = QString::fromLatin1(modal->metaObject()->className());
            modal->reject();
        });
        watch.start(10);
        act();
        watch.stop();
        return seen;
    }

    /// The dialog of that type the user sees now (closed ones wait for deletion).
    template <class T> static T* shownDialog(const QWidget* page) {
        const QList<T*> dialogs = page->findChildren<T*>();
        for (T* dialog : dialogs)
            if (dialog->isVisible())
                return dialog;
        return nullptr;
    }
    static void clickOk(QDialog* dialog) {
        ASSERT_NE(dialog, nullptr);
        auto* box = dialog->findChild<QDialogButtonBox*>(u"buttonBox"_s);
        ASSERT_NE(box, nullptr);
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
    /// Creates a program through the Programs page's dialog, as a user would.
    static void createProgram(ProgramsPage& programs, const QString& name) {
        programs.addProgram();
        auto* dialog = shownDialog<ProgramDialog>(&programs);
        ASSERT_NE(dialog, nullptr);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameEdit"_s), name);
        clickOk(dialog);
        EXPECT_FALSE(dialog->isVisible());
    }

    qint64 addPerson(Role role, const QString& first, const QString& last) {
        Participant p;
        p.role = role;
        p.firstName = first;
        p.lastName = last;
        p.email = first.toLower() + u'.' + last.toLower() + u"@example.org"_s;
        p.department = role == Role::Junior ? u"Digital"_s : u"Finance"_s;
        p.site = u"Lyon"_s;
        p.languages = {u"fr"_s};
        if (role == Role::Junior)
            p.skills = {{u"genai"_s, 4, {}, {}}, {u"linkedin"_s, 4, {}, {}}};
        else
            p.skills = {{u"genai"_s, 0, 3, 2}, {u"linkedin"_s, 1, 4, 3}};
        const auto id = ParticipantService(db()).save(p);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        return id.ok() ? *id : 0;
    }
    QList<qint64> addFourPeople() {
        return {addPerson(Role::Junior, u"Inès"_s, u"Boucher"_s),
                addPerson(Role::Junior, u"Théo"_s, u"Marchand"_s),
                addPerson(Role::Senior, u"Martine"_s, u"Rey"_s),
                addPerson(Role::Senior, u"Bernard"_s, u"Lemoine"_s)};
    }
    qint64 addProgram(const QString& name) {
        Program program;
        program.name = name;
        program.startDate = QDate(2026, 1, 5);
        program.endDate = QDate(2026, 6, 26);
        program.cadenceDays = 14;
        const auto id = ProgramService(db()).save(program);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        return id.ok() ? *id : 0;
    }

    /// The letter Alt gives to a text with a mnemonic ("&Open" → 'o'), or a null QChar.
    static QChar mnemonicOf(const QString& text) {
        const QString plain = QString(text).replace(u"&&"_s, QString());
        const qsizetype at = plain.indexOf(u'&');
        return at < 0 || at + 1 >= plain.size() ? QChar() : plain.at(at + 1).toLower();
    }
    /// No two of the controls the user sees on the page answer the same Alt+letter; every
    /// button of an empty state has one, which no title of the window's menu bar takes.
    static void expectOwnMnemonics(const QWidget* page) {
        QMap<QChar, QString> seen;
        const auto take = [&seen, page](const QString& text) {
            const QChar letter = mnemonicOf(text);
            if (letter.isNull())
                return;
            EXPECT_FALSE(seen.contains(letter))
                << page->objectName().toStdString() << ": Alt+" << QString(letter).toStdString()
                << " is " << seen.value(letter).toStdString() << " and " << text.toStdString();
            seen.insert(letter, text);
        };
        for (const QAbstractButton* b : page->findChildren<QAbstractButton*>())
            if (b->isVisible())
                take(b->text());
        for (const QLabel* label : page->findChildren<QLabel*>())
            if (label->isVisible() && label->buddy())
                take(label->text());
        for (const QTabWidget* tabs : page->findChildren<QTabWidget*>())
            if (tabs->isVisible())
                for (int i = 0; i < tabs->count(); ++i)
                    take(tabs->tabText(i));
        QMap<QChar, QString> menus;
        if (const auto* window = qobject_cast<const QMainWindow*>(page->window()))
            for (const QAction* menu : window->menuBar()->actions())
                menus.insert(mnemonicOf(menu->text()), menu->text());
        for (const EmptyState* s : page->findChildren<EmptyState*>()) {
            for (const QPushButton* b : s->buttons()) {
                const QChar letter = mnemonicOf(b->text());
                EXPECT_FALSE(letter.isNull()) << b->text().toStdString();
                EXPECT_FALSE(menus.contains(letter))
                    << page->objectName().toStdString() << ": Alt+" << QString(letter).toStdString()
                    << " is the menu " << menus.value(letter).toStdString() << " and "
                    << b->text().toStdString();
            }
        }
    }

    /// Every label of a shown empty state gets the height its wrapped text needs, and its width
    /// fits in the page.
    static void expectNotClipped(const EmptyState* state, const std::string& where) {
        ASSERT_NE(state, nullptr);
        for (const QLabel* label : state->findChildren<QLabel*>()) {
            if (!label->isVisible())
                continue;
            EXPECT_GE(label->height(), label->heightForWidth(label->width()))
                << where << ": " << label->text().toStdString();
            EXPECT_LE(label->mapTo(state->window(), QPoint(label->width(), 0)).x(),
                      state->window()->width())
                << where << ": " << label->text().toStdString();
        }
        for (const QPushButton* b : state->buttons())
            EXPECT_GE(b->width(), b->minimumSizeHint().width()) << where;
    }

    Workspace workspace;
};

} // namespace

TEST_F(EmptyStatesTest, WithoutADatabaseEveryPageOffersToOpenOne) {
    ASSERT_FALSE(workspace.hasDatabase());
    ParticipantsPage participants(workspace);
    SkillsPage skills(workspace);
    ProgramsPage programs(workspace);
    PairingPage pairing(workspace);
    FollowUpPage followUp(workspace);
    DashboardPage dashboard(workspace);
    followUp.setToday(Today);
    dashboard.setToday(Today);
    const QList<QWidget*> pages = {&participants, &skills,   &programs,
                                   &pairing,      &followUp, &dashboard};
    for (QWidget* page : pages) {
        page->resize(1000, 600);
        page->show();
    }
    const auto check = [](auto* page, auto openDemo, auto openDatabase) {
        SCOPED_TRACE(page->metaObject()->className());
        const EmptyState* s = state(page);
        ASSERT_TRUE(shown(s));
        EXPECT_EQ(s->message(), u"No database is open."_s);
        ASSERT_EQ(s->buttons().size(), 2);
        expectOwnMnemonics(page);
        QSignalSpy demo(page, openDemo);
        QSignalSpy other(page, openDatabase);
        press(button(s, u"Open the &demo organisation"_s));
        press(button(s, u"&Open database…"_s));
        EXPECT_EQ(demo.count(), 1);
        EXPECT_EQ(other.count(), 1);
    };
    check(&participants, &ParticipantsPage::openDemoRequested,
          &ParticipantsPage::openDatabaseRequested);
    check(&skills, &SkillsPage::openDemoRequested, &SkillsPage::openDatabaseRequested);
    check(&programs, &ProgramsPage::openDemoRequested, &ProgramsPage::openDatabaseRequested);
    check(&pairing, &PairingPage::openDemoRequested, &PairingPage::openDatabaseRequested);
    check(&followUp, &FollowUpPage::openDemoRequested, &FollowUpPage::openDatabaseRequested);
    check(&dashboard, &DashboardPage::openDemoRequested, &DashboardPage::openDatabaseRequested);
    // What the usual keys run does nothing without a database (and does not crash).
    skills.addSkill();
    programs.addProgram();
    participants.addParticipant();
    followUp.addObjective();
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);

    // A database opens: each page says what to do in it instead, or shows its table.
    openDatabase();
    EXPECT_EQ(state(&participants)->message(), u"There is no participant yet."_s);
    EXPECT_TRUE(gone(state(&skills))); // the catalog comes filled
    EXPECT_FALSE(participants.findChild<QTableView*>(u"tableView"_s)->isVisible());
    EXPECT_TRUE(skills.findChild<QTableView*>(u"tableView"_s)->isVisible());
    for (QWidget* page : {static_cast<QWidget*>(&programs), static_cast<QWidget*>(&pairing),
                          static_cast<QWidget*>(&followUp)}) {
        EXPECT_TRUE(shown(state(page))) << page->metaObject()->className();
        EXPECT_EQ(state(page)->message(), u"There is no program yet."_s)
            << page->metaObject()->className();
    }
    EXPECT_EQ(state(&dashboard)->message(), u"There is no program yet: nothing to show."_s);
}

TEST_F(EmptyStatesTest, ParticipantsPageWithNobodyOffersToImportOrAdd) {
    openDatabase();
    ParticipantsPage page(workspace);
    page.resize(1000, 600);
    page.reload();
    page.show();
    EmptyState* s = state(&page);
    ASSERT_TRUE(shown(s));
    EXPECT_EQ(s->message(), u"There is no participant yet."_s);
    EXPECT_EQ(s->detail(), u"Import participants from a spreadsheet, or add them one by one."_s);
    expectOwnMnemonics(&page);
    auto* table = page.findChild<QTableView*>(u"tableView"_s);
    EXPECT_FALSE(table->isVisible());

    // Import asks for the file first.
    EXPECT_EQ(modalOpenedBy([&] { press(button(s, u"&Import participants…"_s)); }),
              u"QFileDialog"_s);
    EXPECT_TRUE(shown(s)); // nothing imported

    press(button(s, u"&Add participant…"_s));
    auto* dialog = shownDialog<ParticipantDialog>(&page);
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"firstNameEdit"_s), u"Ana"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"lastNameEdit"_s), u"Lima"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"emailEdit"_s), u"ana.lima@example.org"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"languagesEdit"_s), u"fr"_s);
    clickOk(dialog);
    ASSERT_FALSE(dialog->isVisible());
    EXPECT_TRUE(gone(s));
    EXPECT_TRUE(table->isVisible());
    EXPECT_EQ(table->model()->rowCount(), 1);

    workspace.undoStack()->undo(); // nobody again
    EXPECT_TRUE(shown(s));
    EXPECT_EQ(s->message(), u"There is no participant yet."_s);
    workspace.undoStack()->redo();
    EXPECT_TRUE(gone(s));
    EXPECT_TRUE(table->isVisible());
}

// The catalog comes filled and its own skills are archived, never deleted: it is "empty" when
// every skill is archived.
TEST_F(EmptyStatesTest, ACatalogWithEverySkillArchivedOffersToAddOneOrShowThem) {
    const SkillCatalogService catalog(db());
    const QList<Skill> skills = catalog.list().value();
    for (const Skill& skill : skills)
        ASSERT_TRUE(catalog.setArchived(skill.id, true).ok()) << skill.code.toStdString();
    openDatabase();
    SkillsPage page(workspace);
    page.resize(1000, 600);
    page.reload();
    page.show();
    EmptyState* s = state(&page);
    ASSERT_TRUE(shown(s));
    EXPECT_EQ(s->message(), u"Every skill of the catalog is archived."_s);
    expectOwnMnemonics(&page);

    press(button(s, u"&Add a skill…"_s));
    auto* dialog = shownDialog<SkillDialog>(&page);
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"codeEdit"_s), u"teams"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameEnEdit"_s), u"Teams meetings"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameFrEdit"_s), u"Reunions Teams"_s);
    clickOk(dialog);
    EXPECT_TRUE(gone(s));
    auto* table = page.findChild<QTableView*>(u"tableView"_s);
    EXPECT_TRUE(table->isVisible());
    EXPECT_EQ(table->model()->rowCount(), 1); // the archived ones stay out of sight

    workspace.undoStack()->undo();
    EXPECT_TRUE(shown(s));
    press(button(s, u"&Show the archived skills"_s));
    EXPECT_TRUE(gone(s));
    EXPECT_EQ(table->model()->rowCount(), skills.size());
    workspace.undoStack()->redo();
    EXPECT_TRUE(gone(s));
}

TEST_F(EmptyStatesTest, ProgramsPageOffersToCreateAProgramThenToEnrolItsParticipants) {
    addFourPeople();
    openDatabase();
    ProgramsPage page(workspace);
    page.resize(1000, 600);
    page.reload();
    page.show();
    EmptyState* s = state(&page);
    EmptyState* banner = state(&page, u"enrolmentState"_s);
    ASSERT_TRUE(shown(s));
    EXPECT_EQ(s->message(), u"There is no program yet."_s);
    expectOwnMnemonics(&page);

    press(button(s, u"&Create a program…"_s));
    auto* dialog = shownDialog<ProgramDialog>(&page);
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameEdit"_s), u"Cohorte 2026"_s);
    clickOk(dialog);
    EXPECT_TRUE(gone(s));
    auto* table = page.findChild<QTableView*>(u"tableView"_s);
    EXPECT_TRUE(table->isVisible());
    // The new program is selected, and nobody takes part in it yet: the page says so under the
    // table, which stays.
    ASSERT_TRUE(shown(banner));
    EXPECT_TRUE(table->isVisible());
    EXPECT_EQ(banner->message(), u"Nobody takes part in \"Cohorte 2026\" yet."_s);
    expectOwnMnemonics(&page);
    workspace.undoStack()->undo();
    EXPECT_TRUE(shown(s));
    EXPECT_FALSE(banner->isShowing());
    workspace.undoStack()->redo();
    EXPECT_TRUE(gone(s));
    table->selectRow(0);
    ASSERT_TRUE(shown(banner));
    press(button(banner, u"En&rol participants…"_s));
    auto* enrolment = shownDialog<EnrolmentDialog>(&page);
    ASSERT_NE(enrolment, nullptr);
    enrolment->setShownChecked(true);
    clickOk(enrolment);
    EXPECT_TRUE(gone(banner));
    const qint64 programId = ProgramService(db()).list().value().value(0).id;
    EXPECT_EQ(ProgramService(db()).enrolled(programId).value().size(), 4);

    // Everyone withdrawn: it says so again.
    page.enrolParticipants();
    enrolment = shownDialog<EnrolmentDialog>(&page);
    ASSERT_NE(enrolment, nullptr);
    enrolment->setShownChecked(false);
    clickOk(enrolment);
    EXPECT_TRUE(shown(banner));
}

TEST_F(EmptyStatesTest, PairingPageAsksForAProgramThenParticipantsThenToPropose) {
    addFourPeople();
    openDatabase();
    PairingPage page(workspace);
    ProgramsPage programs(workspace);
    programs.reload();
    page.resize(1200, 700);
    page.reloadPrograms();
    page.show();
    EmptyState* s = state(&page);
    EmptyState* inner = state(&page, u"enrolmentState"_s);
    ASSERT_TRUE(shown(s));
    EXPECT_EQ(s->message(), u"There is no program yet."_s);
    expectOwnMnemonics(&page);
    QSignalSpy create(&page, &PairingPage::createProgramRequested);
    press(button(s, u"&Create a program…"_s));
    EXPECT_EQ(create.count(), 1);

    // A program made on the Programs page: this page follows, and an undo takes it back.
    createProgram(programs, u"Cohorte 2026"_s);
    EXPECT_TRUE(gone(s));
    ASSERT_TRUE(shown(inner));
    EXPECT_EQ(inner->message(), u"Nobody takes part in this program yet."_s);
    EXPECT_TRUE(page.findChild<QComboBox*>(u"programCombo"_s)->isVisible());
    expectOwnMnemonics(&page);
    workspace.undoStack()->undo();
    EXPECT_TRUE(shown(s));
    EXPECT_FALSE(inner->isShowing());
    workspace.undoStack()->redo();
    ASSERT_TRUE(shown(inner));

    press(button(inner, u"E&nrol participants…"_s));
    auto* enrolment = shownDialog<EnrolmentDialog>(&page);
    ASSERT_NE(enrolment, nullptr);
    enrolment->setShownChecked(true);
    clickOk(enrolment);
    // Chosen here, the proposal is there at once.
    EXPECT_TRUE(gone(inner));
    ASSERT_TRUE(page.proposal().has_value());
    EXPECT_EQ(page.proposal()->binomes.size(), 2);
    EXPECT_TRUE(page.findChild<QTableView*>(u"proposalsView"_s)->isVisible());

    // People enrolled elsewhere in a program shown without a proposal: one button proposes.
    const qint64 other = addProgram(u"Cohorte bis"_s);
    workspace.notifyProgramsChanged();
    page.selectProgram(other);
    ASSERT_TRUE(shown(inner));
    EXPECT_EQ(inner->message(), u"Nobody takes part in this program yet."_s);
    ASSERT_TRUE(ProgramService(db()).enrolAll(other).ok());
    workspace.notifyParticipantsChanged();
    ASSERT_TRUE(shown(inner));
    EXPECT_EQ(inner->message(), u"Ready to propose binômes."_s);
    expectOwnMnemonics(&page);
    press(button(inner, u"Propose &binômes"_s));
    EXPECT_TRUE(gone(inner));
    ASSERT_TRUE(page.proposal().has_value());
    EXPECT_EQ(page.proposal()->program.id, other);
}

TEST_F(EmptyStatesTest, FollowUpPageSendsToPairingWhileTheProgramHasNoBinome) {
    const QList<qint64> people = addFourPeople();
    openDatabase();
    FollowUpPage page(workspace);
    ProgramsPage programs(workspace);
    programs.reload();
    page.resize(1200, 700);
    page.setToday(Today);
    page.reloadPrograms();
    page.show();
    EmptyState* s = state(&page);
    EmptyState* inner = state(&page, u"binomesState"_s);
    ASSERT_TRUE(shown(s));
    EXPECT_EQ(s->message(), u"There is no program yet."_s);
    QSignalSpy create(&page, &FollowUpPage::createProgramRequested);
    press(button(s, u"&Create a program…"_s));
    EXPECT_EQ(create.count(), 1);

    createProgram(programs, u"Cohorte 2026"_s);
    EXPECT_TRUE(gone(s));
    ASSERT_TRUE(shown(inner));
    EXPECT_EQ(inner->message(), u"This program has no binôme yet."_s);
    expectOwnMnemonics(&page);
    QSignalSpy pairing(&page, &FollowUpPage::pairingRequested);
    press(button(inner, u"Go to &Pairing"_s));
    ASSERT_EQ(pairing.count(), 1);
    EXPECT_EQ(pairing.first().first().toLongLong(), page.programId());
    EXPECT_GT(page.programId(), 0);
    workspace.undoStack()->undo();
    EXPECT_TRUE(shown(s));
    workspace.undoStack()->redo();
    ASSERT_TRUE(shown(inner));

    // Binômes confirmed on the Pairing page: the table shows them.
    const qint64 programId = page.programId();
    ASSERT_TRUE(ProgramService(db()).enrol(programId, people).ok());
    const PairingService service(db());
    const auto proposal = service.propose(programId, PairingSettings{}, {});
    ASSERT_TRUE(proposal.ok()) << proposal.error().toStdString();
    ASSERT_TRUE(service.confirm(*proposal, u"hr"_s, QDate(2026, 1, 5)).ok());
    workspace.notifyChanged(Workspace::Binomes | Workspace::FollowUp);
    EXPECT_TRUE(gone(inner));
    auto* table = page.findChild<QTableView*>(u"tableView"_s);
    EXPECT_TRUE(table->isVisible());
    EXPECT_EQ(table->model()->rowCount(), 2);
}

TEST_F(EmptyStatesTest, DashboardWithoutAProgramOffersToCreateOne) {
    openDatabase();
    DashboardPage page(workspace);
    ProgramsPage programs(workspace);
    programs.reload();
    page.resize(1200, 700);
    page.setToday(Today);
    page.reloadPrograms();
    page.show();
    EmptyState* s = state(&page);
    ASSERT_TRUE(shown(s));
    EXPECT_EQ(s->message(), u"There is no program yet: nothing to show."_s);
    expectOwnMnemonics(&page);
    QSignalSpy create(&page, &DashboardPage::createProgramRequested);
    press(button(s, u"&Create a program…"_s));
    EXPECT_EQ(create.count(), 1);

    createProgram(programs, u"Cohorte 2026"_s);
    EXPECT_TRUE(gone(s));
    EXPECT_TRUE(page.findChild<QTabWidget*>(u"tabWidget"_s)->isVisible());
    EXPECT_GT(page.programId(), 0);
    workspace.undoStack()->undo();
    EXPECT_TRUE(shown(s));
    workspace.undoStack()->redo();
    EXPECT_TRUE(gone(s));
}

// The main window does what the empty pages' buttons ask.
TEST_F(EmptyStatesTest, TheMainWindowDoesWhatTheButtonsAsk) {
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* pages = window.findChild<QStackedWidget*>(u"pages"_s);
    ASSERT_NE(pages, nullptr);

    // No database: "Open database…" asks for the file; the demo opens at once.
    window.showPage(3);
    EXPECT_EQ(
        modalOpenedBy([&] { press(button(state(window.pairingPage()), u"&Open database…"_s)); }),
        u"QFileDialog"_s);
    EXPECT_FALSE(window.workspace().hasDatabase());
    window.showPage(0);
    press(button(state(window.participantsPage()), u"Open the &demo organisation"_s));
    ASSERT_TRUE(window.workspace().hasDatabase());
    EXPECT_TRUE(gone(state(window.participantsPage())));

    // An empty database: the dashboard's button creates a program, on the Programs page.
    ASSERT_TRUE(window.openDatabase(path()));
    window.showPage(5);
    press(button(state(window.dashboardPage()), u"&Create a program…"_s));
    EXPECT_EQ(pages->currentWidget(), window.programsPage());
    auto* dialog = shownDialog<ProgramDialog>(window.programsPage());
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameEdit"_s), u"Cohorte 2026"_s);
    clickOk(dialog);
    // The follow-up page sends to the pairing page, on the same program.
    window.showPage(4);
    EmptyState* inner = state(window.followUpPage(), u"binomesState"_s);
    ASSERT_TRUE(shown(inner));
    press(button(inner, u"Go to &Pairing"_s));
    EXPECT_EQ(pages->currentWidget(), window.pairingPage());
    EXPECT_GT(window.pairingPage()->programId(), 0);
    EXPECT_EQ(window.pairingPage()->programId(), window.followUpPage()->programId());
    EXPECT_TRUE(shown(state(window.pairingPage(), u"enrolmentState"_s)));
}

// Every empty page in the main window at 1,280 × 720, in English and French: it fits, no text is
// cut, and (when BINOME_SCREENSHOT_DIR is set) a picture of each for a person to look at.
TEST_F(EmptyStatesTest, EmptyPagesFitALaptopScreenInBothLanguages) {
    const QString shots = qEnvironmentVariable("BINOME_SCREENSHOT_DIR");
    // Translations not yet in the project's files can be tried from a .qm of one's own.
    QTranslator extra;
    for (const QString& language : {u"en"_s, u"fr"_s}) {
        installTranslations(*qApp, language);
        const QString extraQm = qEnvironmentVariable("BINOME_EXTRA_QM");
        if (language == u"fr" && !extraQm.isEmpty() && extra.load(extraQm))
            QCoreApplication::installTranslator(&extra);
        const auto shoot = [&](MainWindow& window, int page, const QString& name,
                               const QString& stateName = u"emptyState"_s) {
            window.showPage(page);
            QTest::qWait(20);
            auto* pages = window.findChild<QStackedWidget*>(u"pages"_s);
            const std::string where = (language + u' ' + name).toStdString();
            EXPECT_LE(window.minimumSizeHint().width(), 1280) << where;
            EXPECT_LE(window.minimumSizeHint().height(), 720) << where;
            const EmptyState* s = state(pages->widget(page), stateName);
            EXPECT_TRUE(shown(s)) << where;
            expectNotClipped(s, where);
            expectOwnMnemonics(pages->widget(page));
            if (!shots.isEmpty()) {
                EXPECT_TRUE(window.grab().save(
                    QDir(shots).filePath(u"empty-%1-%2.png"_s.arg(name, language))));
            }
        };
        {
            MainWindow window; // no database
            window.resize(1280, 720);
            window.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
            const QStringList names = {u"participants"_s, u"skills"_s,    u"programs"_s,
                                       u"pairing"_s,      u"follow-up"_s, u"dashboard"_s};
            for (int page = 0; page < names.size(); ++page)
                shoot(window, page, u"no-database-"_s + names[page]);
        }
        QTemporaryDir dir;
        const QString empty = dir.filePath(u"empty.sqlite"_s);
        {
            MainWindow window; // an empty database
            ASSERT_TRUE(window.openDatabase(empty));
            window.resize(1280, 720);
            window.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
            shoot(window, 0, u"no-participant"_s);
            shoot(window, 2, u"no-program-programs"_s);
            shoot(window, 3, u"no-program-pairing"_s);
            shoot(window, 4, u"no-program-follow-up"_s);
            shoot(window, 5, u"no-program-dashboard"_s);
        }
        {
            auto opened = Database::open(empty);
            ASSERT_TRUE(opened.ok());
            const Database& database = *opened.value();
            const SkillCatalogService catalog(database);
            const QList<Skill> skills = catalog.list().value();
            for (const Skill& skill : skills)
                ASSERT_TRUE(catalog.setArchived(skill.id, true).ok());
            Program program;
            program.name = u"Cohorte numérique 2026"_s;
            program.startDate = QDate(2026, 1, 5);
            program.endDate = QDate(2026, 6, 26);
            ASSERT_TRUE(ProgramService(database).save(program).ok());
        }
        {
            MainWindow window; // a program, nobody taking part, every skill archived
            ASSERT_TRUE(window.openDatabase(empty));
            window.resize(1280, 720);
            window.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
            shoot(window, 1, u"archived-catalog"_s);
            window.programsPage()->findChild<QTableView*>(u"tableView"_s)->selectRow(0);
            shoot(window, 2, u"nobody-enrolled-programs"_s, u"enrolmentState"_s);
            shoot(window, 3, u"nobody-enrolled-pairing"_s, u"enrolmentState"_s);
            shoot(window, 4, u"no-binome-follow-up"_s, u"binomesState"_s);
            // The dashboard of a program that has not started: its tiles, no empty state.
            window.showPage(5);
            QTest::qWait(20);
            EXPECT_LE(window.minimumSizeHint().width(), 1280) << language.toStdString();
            EXPECT_FALSE(state(window.dashboardPage())->isShowing());
            // People enrolled from elsewhere: the pairing page offers to propose.
            Participant p;
            p.role = Role::Junior;
            p.firstName = u"Inès"_s;
            p.lastName = u"Boucher"_s;
            p.email = u"ines.boucher@example.org"_s;
            p.languages = {u"fr"_s};
            const auto id = ParticipantService(window.workspace().database()).save(p);
            ASSERT_TRUE(id.ok());
            ASSERT_TRUE(ProgramService(window.workspace().database())
                            .enrol(window.pairingPage()->programId(), {*id})
                            .ok());
            window.workspace().notifyParticipantsChanged();
            shoot(window, 3, u"ready-to-propose"_s, u"enrolmentState"_s);
        }
        QCoreApplication::removeTranslator(&extra);
    }
}

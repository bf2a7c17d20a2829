// The usual keys on every page, pressed as a keyboard user would on the demo organisation:
// Ctrl+F filters, Ctrl+N adds, F2 (and Enter) edits or opens the selected row, Delete archives or
// removes it (asking where it always asked). Each page answers only while it is shown.
#include "TempDatabase.h"

#include "AtRiskTableModel.h"
#include "BinomeDetailDialog.h"
#include "ChooseMentorDialog.h"
#include "DashboardPage.h"
#include "FollowUpPage.h"
#include "FollowUpTableModel.h"
#include "MainWindow.h"
#include "PairingModels.h"
#include "PairingPage.h"
#include "ParticipantDialog.h"
#include "ParticipantTableModel.h"
#include "ParticipantsPage.h"
#include "ProgramDialog.h"
#include "ProgramTableModel.h"
#include "ProgramsPage.h"
#include "SkillDialog.h"
#include "SkillTableModel.h"
#include "SkillsPage.h"
#include "Workspace.h"

#include "binome/services/DemoService.h"
#include "binome/services/PairingService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SkillCatalogService.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace binome;
using namespace binome::gui;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 12, 1);

class ShortcutsTest : public binome::test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        const auto installed = DemoService(db()).install(Today);
        ASSERT_TRUE(installed.ok()) << installed.error().toStdString();
        auto opened = Database::open(path());
        ASSERT_TRUE(opened.ok());
        workspace.setDatabase(std::move(opened).value());
        const auto main = ProgramService(db()).findByName(DemoService::mainProgramName(Today));
        ASSERT_TRUE(main.ok() && main->has_value());
        mainProgram = (*main)->id;
    }

    /// Shown, active, as a window the user types in.
    static void activate(QWidget* page) {
        page->resize(1200, 700);
        page->show();
        page->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(page));
    }
    /// The key pressed with the keyboard in `widget`.
    static void press(QWidget* widget, Qt::Key key, Qt::KeyboardModifiers modifiers = {}) {
        if (!widget->window()->isActiveWindow()) { // a dialog was closed just before
            widget->window()->activateWindow();
            ASSERT_TRUE(QTest::qWaitForWindowActive(widget->window()));
        }
        widget->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(widget, key, modifiers);
    }
    /// Selects the row as a click would, whatever modifier keys the last key press left.
    static void selectRow(QTableView* view, int row) {
        view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                                QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
    }
    /// The text of a message box, its spaces as typed (rich text keeps them unbreakable).
    static QString textOf(QDialog* box) {
        return static_cast<QMessageBox*>(box)->text().replace(QChar(0xA0), u' ');
    }
    static QTableView* table(const QWidget* page, const QString& name = u"tableView"_s) {
        auto* view = page->findChild<QTableView*>(name);
        EXPECT_NE(view, nullptr) << name.toStdString();
        return view;
    }
    /// The dialog of that type the user sees now (closed ones wait for deletion).
    template <class T> static T* shownDialog(const QWidget* page) {
        const QList<T*> dialogs = page->findChildren<T*>();
        for (T* dialog : dialogs)
            if (dialog->isVisible())
                return dialog;
        return nullptr;
    }
    template <class T> static void closeShown(const QWidget* page) {
        while (T* dialog = shownDialog<T>(page))
            dialog->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    /// Runs `act`, which opens a modal dialog: `look` sees it, then it is cancelled. Returns the
    /// dialog's class, empty when none opened.
    static QString modalOpenedBy(const std::function<void()>& act,
                                 const std::function<void(QDialog*)>& look = {}) {
        QString seen;
        // Watches until the dialog shows (the key press may wait for the window first); a test
        // that fails cannot hang: a modal dialog still open after five seconds is closed.
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
            if (look)
                look(modal);
            modal->reject();
        });
        watch.start(10);
        act();
        watch.stop();
        return seen;
    }

    Workspace workspace;
    qint64 mainProgram = 0;
};

} // namespace

TEST_F(ShortcutsTest, ParticipantsPage) {
    ParticipantsPage page(workspace);
    page.reload();
    activate(&page);
    QTableView* view = table(&page);
    selectRow(view, 3);
    const qint64 id = view->currentIndex().data(ParticipantTableModel::IdRole).toLongLong();
    const Participant* chosen = page.model()->participant(id);
    ASSERT_NE(chosen, nullptr);
    const QString lastName = chosen->lastName;

    // F2 edits the selected person, and so does Enter.
    for (Qt::Key key : {Qt::Key_F2, Qt::Key_Return}) {
        press(view, key);
        auto* dialog = shownDialog<ParticipantDialog>(&page);
        ASSERT_NE(dialog, nullptr) << key;
        EXPECT_EQ(dialog->participant().id, id);
        EXPECT_EQ(dialog->participant().lastName, lastName);
        closeShown<ParticipantDialog>(&page);
    }
    // Ctrl+N: a new one, empty.
    press(view, Qt::Key_N, Qt::ControlModifier);
    auto* added = shownDialog<ParticipantDialog>(&page);
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->participant().id, 0);
    EXPECT_TRUE(added->participant().lastName.isEmpty());
    closeShown<ParticipantDialog>(&page);
    // Ctrl+F: the filter.
    press(view, Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(), page.findChild<QLineEdit*>(u"filterEdit"_s));

    // Delete archives the selected person (undoable, as the Archive button is).
    selectRow(view, 3);
    ASSERT_EQ(view->currentIndex().data(ParticipantTableModel::IdRole).toLongLong(), id);
    press(view, Qt::Key_Delete);
    ASSERT_TRUE(page.model()->participant(id));
    EXPECT_TRUE(page.model()->participant(id)->archived);
    // On a person already archived, it erases them for good: it asks first.
    page.findChild<QCheckBox*>(u"showArchivedCheck"_s)->setChecked(true);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, 0).data(ParticipantTableModel::IdRole).toLongLong() == id)
            selectRow(view, row);
    QString asked;
    EXPECT_EQ(modalOpenedBy([&] { press(view, Qt::Key_Delete); },
                            [&asked](QDialog* box) { asked = textOf(box); }),
              u"QMessageBox"_s);
    EXPECT_TRUE(asked.contains(lastName)) << asked.toStdString();
    ASSERT_TRUE(page.model()->participant(id)); // cancelled: still there
    workspace.undoStack()->undo();
    EXPECT_FALSE(page.model()->participant(id)->archived);
}

TEST_F(ShortcutsTest, SkillsPage) {
    SkillsPage page(workspace);
    page.reload();
    activate(&page);
    QTableView* view = table(&page);
    selectRow(view, 0);
    const qint64 id = view->currentIndex().data(SkillTableModel::IdRole).toLongLong();
    ASSERT_NE(page.model()->skill(id), nullptr);
    const QString code = page.model()->skill(id)->code;

    for (Qt::Key key : {Qt::Key_F2, Qt::Key_Return}) {
        press(view, key);
        auto* dialog = shownDialog<SkillDialog>(&page);
        ASSERT_NE(dialog, nullptr) << key;
        EXPECT_EQ(dialog->skill().id, id);
        EXPECT_EQ(dialog->skill().code, code);
        closeShown<SkillDialog>(&page);
    }
    press(view, Qt::Key_N, Qt::ControlModifier);
    auto* added = shownDialog<SkillDialog>(&page);
    ASSERT_NE(added, nullptr);
    EXPECT_TRUE(added->skill().code.isEmpty());
    closeShown<SkillDialog>(&page);
    press(view, Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(), page.findChild<QLineEdit*>(u"filterEdit"_s));

    // Delete archives the skill (its code is never deleted); undo restores it.
    selectRow(view, 0);
    press(view, Qt::Key_Delete);
    EXPECT_TRUE(page.model()->skill(id)->archived);
    workspace.undoStack()->undo();
    EXPECT_FALSE(page.model()->skill(id)->archived);
}

TEST_F(ShortcutsTest, ProgramsPage) {
    ProgramsPage page(workspace);
    page.reload();
    activate(&page);
    QTableView* view = table(&page);
    selectRow(view, 0);
    const qint64 id = view->currentIndex().data(ProgramTableModel::IdRole).toLongLong();
    ASSERT_NE(page.model()->program(id), nullptr);
    const QString name = page.model()->program(id)->name;

    for (Qt::Key key : {Qt::Key_F2, Qt::Key_Return}) {
        press(view, key);
        auto* dialog = shownDialog<ProgramDialog>(&page);
        ASSERT_NE(dialog, nullptr) << key;
        EXPECT_EQ(dialog->program().id, id);
        EXPECT_EQ(dialog->program().name, name);
        closeShown<ProgramDialog>(&page);
    }
    press(view, Qt::Key_N, Qt::ControlModifier);
    auto* added = shownDialog<ProgramDialog>(&page);
    ASSERT_NE(added, nullptr);
    EXPECT_TRUE(added->program().name.isEmpty());
    closeShown<ProgramDialog>(&page);
    press(view, Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(), page.findChild<QLineEdit*>(u"filterEdit"_s));

    // Delete asks before deleting a program for good; cancelled, it stays.
    selectRow(view, 0);
    QString asked;
    EXPECT_EQ(modalOpenedBy([&] { press(view, Qt::Key_Delete); },
                            [&asked](QDialog* box) { asked = textOf(box); }),
              u"QMessageBox"_s);
    EXPECT_TRUE(asked.contains(name)) << asked.toStdString();
    EXPECT_NE(page.model()->program(id), nullptr);
}

TEST_F(ShortcutsTest, PairingPage) {
    // A program everyone takes part in: most of its proposed binômes are new, hence editable.
    Program program;
    program.name = u"Cohorte clavier"_s;
    program.startDate = Today;
    program.endDate = Today.addMonths(6);
    const auto programId = ProgramService(db()).save(program);
    ASSERT_TRUE(programId.ok());
    ASSERT_TRUE(ProgramService(db()).enrolAll(*programId).ok());
    PairingPage page(workspace);
    page.reloadPrograms();
    page.selectProgram(*programId);
    activate(&page);
    ASSERT_TRUE(page.proposal().has_value());
    QTableView* view = table(&page, u"proposalsView"_s);
    int row = 0;
    for (; row < view->model()->rowCount(); ++row) {
        selectRow(view, row);
        if (page.findChild<QWidget*>(u"chooseMentorButton"_s)->isEnabled())
            break; // not confirmed elsewhere
    }
    ASSERT_LT(row, view->model()->rowCount());

    // F2 and Enter: choose the selected senior's mentor.
    for (Qt::Key key : {Qt::Key_F2, Qt::Key_Return}) {
        press(view, key);
        EXPECT_NE(shownDialog<ChooseMentorDialog>(&page), nullptr) << key;
        closeShown<ChooseMentorDialog>(&page);
    }
    // Delete: the pair is excluded (undoable); on the exclusion, Delete lifts it.
    const PairingService pairing(db());
    press(view, Qt::Key_Delete);
    EXPECT_EQ(pairing.exclusions(*programId).value().size(), 1);
    workspace.undoStack()->undo();
    EXPECT_EQ(pairing.exclusions(*programId).value().size(), 0);
    workspace.undoStack()->redo();
    auto* tabs = page.findChild<QTabWidget*>(u"bottomTabs"_s);
    tabs->setCurrentWidget(page.findChild<QWidget*>(u"exclusionsTab"_s));
    auto* exclusions = page.findChild<QListWidget*>(u"exclusionsList"_s);
    ASSERT_EQ(exclusions->count(), 1);
    exclusions->setCurrentRow(0);
    press(exclusions, Qt::Key_Delete);
    EXPECT_EQ(pairing.exclusions(*programId).value().size(), 0);
}

TEST_F(ShortcutsTest, FollowUpPage) {
    FollowUpPage page(workspace);
    page.setToday(Today);
    page.reloadPrograms();
    page.selectProgram(mainProgram);
    activate(&page);
    QTableView* view = table(&page);
    qint64 binomeId = 0;
    for (int row = 0; row < view->model()->rowCount() && !binomeId; ++row) {
        const qint64 id =
            view->model()->index(row, 0).data(FollowUpTableModel::IdRole).toLongLong();
        if (page.model()->binomeRow(id)->binome.isOpen())
            binomeId = id;
    }
    ASSERT_NE(binomeId, 0);
    page.selectBinome(binomeId);

    // F2 (as Enter) opens the binôme.
    for (Qt::Key key : {Qt::Key_F2, Qt::Key_Return}) {
        press(view, key);
        auto* detail = shownDialog<BinomeDetailDialog>(&page);
        ASSERT_NE(detail, nullptr) << key;
        EXPECT_EQ(detail->binomeId(), binomeId);
        closeShown<BinomeDetailDialog>(&page);
    }
    // Ctrl+N: a new objective for it.
    EXPECT_EQ(modalOpenedBy([&] { press(view, Qt::Key_N, Qt::ControlModifier); }),
              u"binome::gui::ObjectiveDialog"_s);
    // Delete: ending it asks how and when; cancelled, it goes on.
    EXPECT_EQ(modalOpenedBy([&] { press(view, Qt::Key_Delete); }),
              u"binome::gui::EndBinomeDialog"_s);
    EXPECT_TRUE(page.model()->binomeRow(binomeId)->binome.isOpen());
    press(view, Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(), page.findChild<QLineEdit*>(u"filterEdit"_s));
}

TEST_F(ShortcutsTest, DashboardPage) {
    DashboardPage page(workspace);
    page.setToday(Today);
    page.reloadPrograms();
    page.selectProgram(mainProgram);
    activate(&page);
    QTableView* view = table(&page, u"atRiskView"_s);
    ASSERT_GT(view->model()->rowCount(), 0);
    selectRow(view, 0);
    press(view, Qt::Key_F2);
    auto* detail = shownDialog<BinomeDetailDialog>(&page);
    ASSERT_NE(detail, nullptr);
    EXPECT_EQ(detail->binomeId(), view->currentIndex().data(AtRiskTableModel::IdRole).toLongLong());
    closeShown<BinomeDetailDialog>(&page);
}

// In the main window every page has its own Ctrl+N and Ctrl+F: only the page shown answers,
// wherever the keyboard is in the window (here in the navigation list).
TEST_F(ShortcutsTest, OnlyThePageShownAnswersInTheMainWindow) {
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path()));
    window.resize(1280, 720);
    activate(&window);
    auto* navigation = window.findChild<QListWidget*>(u"navigationList"_s);
    ASSERT_NE(navigation, nullptr);
    const auto check = [&](int index, QWidget* page, auto dialogType) {
        using Dialog = std::remove_pointer_t<decltype(dialogType)>;
        window.showPage(index);
        press(navigation, Qt::Key_N, Qt::ControlModifier);
        EXPECT_NE(shownDialog<Dialog>(page), nullptr) << index;
        EXPECT_EQ(window.findChildren<Dialog*>().size(), 1) << index;
        closeShown<Dialog>(page);
        press(navigation, Qt::Key_F, Qt::ControlModifier);
        EXPECT_EQ(QApplication::focusWidget(), page->findChild<QLineEdit*>(u"filterEdit"_s))
            << index;
    };
    check(0, window.participantsPage(), static_cast<ParticipantDialog*>(nullptr));
    check(1, window.skillsPage(), static_cast<SkillDialog*>(nullptr));
    check(2, window.programsPage(), static_cast<ProgramDialog*>(nullptr));
    // The follow-up page's filter, not another page's.
    window.showPage(4);
    press(navigation, Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(),
              window.followUpPage()->findChild<QLineEdit*>(u"filterEdit"_s));
}

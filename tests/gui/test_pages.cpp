// The main window, the skills and programs pages and the import dialog, driven as a user would.
#include "TempDatabase.h"
#include "TestConfig.h"

#include "ImportDialog.h"
#include "ImportPreviewModel.h"
#include "MainWindow.h"
#include "ParticipantCommands.h"
#include "ParticipantTableModel.h"
#include "ParticipantsPage.h"
#include "ProgramDialog.h"
#include "ProgramTableModel.h"
#include "ProgramsPage.h"
#include "SkillDialog.h"
#include "SkillLevelsModel.h"
#include "SkillTableModel.h"
#include "SkillsPage.h"
#include "Workspace.h"

#include "binome/services/DemoService.h"
#include "binome/services/PairingService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SkillCatalogService.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace binome;
using namespace binome::gui;
using namespace Qt::StringLiterals;

namespace {

class PagesTest : public binome::test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        auto opened = Database::open(path());
        ASSERT_TRUE(opened.ok());
        workspace.setDatabase(std::move(opened).value());
    }
    void clickOk(QDialog* dialog) {
        auto* box = dialog->findChild<QDialogButtonBox*>(u"buttonBox"_s);
        ASSERT_NE(box, nullptr);
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
    Workspace workspace;
};

/// The dialog of that type the user sees now (closed ones wait for deletion).
template <class T> T* openDialog(QWidget* page) {
    const QList<T*> dialogs = page->findChildren<T*>();
    for (T* dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

TEST_F(PagesTest, SkillsPageListsTheCatalogAndAddsACustomSkill) {
    SkillsPage page(workspace);
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.reload();
    EXPECT_EQ(page.model()->rowCount(), 31);
    QTest::mouseClick(page.findChild<QPushButton*>(u"addButton"_s), Qt::LeftButton);
    auto* dialog = openDialog<SkillDialog>(&page);
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"codeEdit"_s), u"teams"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameEnEdit"_s), u"Teams meetings"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameFrEdit"_s), u"Reunions Teams"_s);
    clickOk(dialog);
    EXPECT_EQ(page.model()->rowCount(), 32);
    workspace.undoStack()->undo(); // the addition is undone...
    EXPECT_EQ(page.model()->rowCount(), 31);
    workspace.undoStack()->redo(); // ...and redone
    EXPECT_EQ(page.model()->rowCount(), 32);

    // The same code again is refused in the dialog, which stays open.
    QTest::mouseClick(page.findChild<QPushButton*>(u"addButton"_s), Qt::LeftButton);
    dialog = openDialog<SkillDialog>(&page);
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"codeEdit"_s), u"TEAMS"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameEnEdit"_s), u"Again"_s);
    clickOk(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(page.model()->rowCount(), 32);
}

TEST_F(PagesTest, ProgramsPageAddsAProgramAndRefusesBackwardsDates) {
    ProgramsPage page(workspace);
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.reload();
    EXPECT_EQ(page.model()->rowCount(), 0);
    page.addProgram();
    auto* dialog = openDialog<ProgramDialog>(&page);
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameEdit"_s), u"Cohorte 2027"_s);
    Program p = dialog->program();
    EXPECT_LT(p.startDate, p.endDate); // sensible defaults
    auto* cadence = dialog->findChild<QSpinBox*>(u"cadenceSpin"_s);
    EXPECT_EQ(cadence->text(), u"14 days"_s); // the unit after the number
    cadence->setValue(1);
    EXPECT_EQ(cadence->text(), u"1 day"_s);
    cadence->setValue(14);
    clickOk(dialog);
    ASSERT_EQ(page.model()->rowCount(), 1);
    EXPECT_EQ(page.model()->index(0, ProgramTableModel::NameColumn).data().toString(),
              u"Cohorte 2027"_s);
    workspace.undoStack()->undo();
    EXPECT_EQ(page.model()->rowCount(), 0);
    workspace.undoStack()->redo();
    ASSERT_EQ(page.model()->rowCount(), 1);

    page.addProgram();
    dialog = openDialog<ProgramDialog>(&page);
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameEdit"_s), u"Cohorte 2027"_s);
    clickOk(dialog);
    EXPECT_TRUE(dialog->isVisible()); // same name
    EXPECT_EQ(page.model()->rowCount(), 1);
}

TEST_F(PagesTest, ImportDialogListsProblemsAndOnlyImportsAGoodFile) {
    const QString bad = writeFile(u"bad.csv"_s, "role;first_name;last_name;email\n"
                                                "junior;Ana;Lima;ana.lima@example.org\n"
                                                "boss;Zed;Zorro;zed@example\n");
    ImportDialog badDialog(workspace, bad);
    QAbstractItemModelTester tester(badDialog.findChild<QTableView*>(u"previewView"_s)->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_FALSE(badDialog.findChild<QPushButton*>(u"importButton"_s)->isEnabled());
    const QString problems = badDialog.findChild<QPlainTextEdit*>(u"problemsEdit"_s)->toPlainText();
    EXPECT_TRUE(problems.contains(bad + u":3: Role:"_s)) << problems.toStdString();
    EXPECT_TRUE(problems.contains(bad + u":3: E-mail:"_s)) << problems.toStdString();
    // The preview marks the wrong row.
    const QAbstractItemModel* preview = badDialog.findChild<QTableView*>(u"previewView"_s)->model();
    QStringList actions;
    for (int row = 0; row < preview->rowCount(); ++row)
        actions << preview->index(row, ImportPreviewModel::ActionColumn).data().toString();
    EXPECT_TRUE(actions.contains(u"Problem"_s));
    EXPECT_TRUE(actions.contains(u"New"_s));
    if (const QString shots = qEnvironmentVariable("BINOME_SCREENSHOT_DIR"); !shots.isEmpty()) {
        badDialog.show();
        QTest::qWait(50);
        EXPECT_TRUE(badDialog.grab().save(QDir(shots).filePath(u"import-problems.png"_s)));
    }

    const QString good =
        QDir(QStringLiteral(BINOME_SHARED_SAMPLES_DIR)).filePath(u"participants-sample.csv"_s);
    ImportDialog goodDialog(workspace, good);
    auto* importButton = goodDialog.findChild<QPushButton*>(u"importButton"_s);
    ASSERT_TRUE(importButton->isEnabled());
    EXPECT_EQ(goodDialog.findChild<QTableView*>(u"previewView"_s)->model()->rowCount(), 6);
    ParticipantsPage page(workspace);
    page.reload();
    EXPECT_EQ(page.model()->rowCount(), 0);
    QTest::mouseClick(importButton, Qt::LeftButton);
    EXPECT_TRUE(goodDialog.report().written);
    EXPECT_EQ(page.model()->rowCount(), 6);
    // Edit > Undo takes the whole import back; Redo writes it again.
    workspace.undoStack()->undo();
    EXPECT_EQ(page.model()->rowCount(), 0);
    workspace.undoStack()->redo();
    ASSERT_EQ(page.model()->rowCount(), 6);
    EXPECT_EQ(page.model()->participants().first().lastName, u"Boucher"_s);
}

TEST_F(PagesTest, EveryItemModelPassesTheModelTester) {
    SkillLevelsModel levels;
    QAbstractItemModelTester levelsTester(&levels,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    levels.setSkills(SkillCatalogService(workspace.database()).list().value(),
                     {{u"genai"_s, 1, 4, 2}});
    levels.setRole(Role::Senior);
    EXPECT_EQ(levels.assessments().size(), 1);
    EXPECT_EQ(levels.assessments().first().target, 4);
    levels.setRole(Role::Junior);
    EXPECT_FALSE(levels.assessments().first().target.has_value());

    ImportPreviewModel preview;
    QAbstractItemModelTester previewTester(&preview,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    Participant p;
    p.firstName = u"Ana"_s;
    preview.setRows({ImportRow{2, p, ImportAction::Create, std::nullopt}});
    EXPECT_EQ(preview.index(0, ImportPreviewModel::NameColumn).data().toString(), u"Ana "_s);
}

TEST(MainWindowTest, OpensOnTheDemoOrganisationAndShowsEveryPage) {
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(MainWindow::demoDatabasePath());
    MainWindow window;
    window.resize(1280, 780);
    ASSERT_TRUE(window.openDemo());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    int juniors = 0;
    int seniors = 0;
    for (const Participant& p : window.participantsPage()->model()->participants())
        (p.role == Role::Junior ? juniors : seniors)++;
    EXPECT_GE(juniors, 40);
    EXPECT_GE(seniors, 40);
    auto* navigation = window.findChild<QListWidget*>(u"navigationList"_s);
    ASSERT_NE(navigation, nullptr);
    EXPECT_EQ(navigation->count(), 6);
    EXPECT_EQ(window.skillsPage()->model()->rowCount(), 31);
    EXPECT_EQ(window.programsPage()->model()->rowCount(), 2); // the running program, the pilot

    // A picture of each page for a person to look at, when asked for.
    const QString shots = qEnvironmentVariable("BINOME_SCREENSHOT_DIR");
    for (int page = 0; page < navigation->count(); ++page) {
        window.showPage(page);
        QTest::qWait(50);
        if (!shots.isEmpty()) {
            EXPECT_TRUE(window.grab().save(QDir(shots).filePath(u"page-%1.png"_s.arg(page))));
        }
    }
    QFile::remove(MainWindow::demoDatabasePath());
}

// Found by a new user: undoing "Add program" deleted the binômes confirmed in it since (42 → 0).
// An undo never destroys what was made after it; redo brings back the same program (same id).
TEST_F(PagesTest, UndoingAnAddedProgramNeverDestroysTheBinomesConfirmedInItSince) {
    ASSERT_TRUE(DemoService(workspace.database()).install(QDate(2026, 12, 1)).ok());
    ProgramsPage page(workspace);
    page.reload();
    const int before = page.model()->rowCount();
    page.addProgram();
    auto* dialog = openDialog<ProgramDialog>(&page);
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameEdit"_s), u"Cohorte 2027"_s);
    clickOk(dialog);
    ASSERT_EQ(page.model()->rowCount(), before + 1);
    const qint64 id =
        ProgramService(workspace.database()).findByName(u"Cohorte 2027"_s)->value().id;

    // Undo and redo with nothing in it yet: the same program comes back, with its id.
    workspace.undoStack()->undo();
    EXPECT_FALSE(ProgramService(workspace.database()).findByName(u"Cohorte 2027"_s)->has_value());
    workspace.undoStack()->redo();
    ASSERT_TRUE(ProgramService(workspace.database()).findByName(u"Cohorte 2027"_s)->has_value());
    EXPECT_EQ(ProgramService(workspace.database()).findByName(u"Cohorte 2027"_s)->value().id, id);

    // Binômes are confirmed in it (without clearing the undo stack, as another front end might).
    ASSERT_TRUE(ProgramService(workspace.database()).enrolAll(id).ok());
    const PairingService pairing(workspace.database());
    ASSERT_TRUE(pairing.confirm(pairing.propose(id).value(), u"hr"_s).ok());
    const auto confirmed = pairing.binomes(id)->size();
    ASSERT_GT(confirmed, 20);

    // Undo is refused, with the reason; the program and its binômes stay.
    QString refusal;
    QObject::connect(&workspace, &Workspace::errorOccurred, &workspace,
                     [&refusal](const QString& message) { refusal = message; });
    workspace.undoStack()->undo();
    EXPECT_TRUE(refusal.contains(u"binômes"_s)) << refusal.toStdString();
    EXPECT_EQ(pairing.binomes(id)->size(), confirmed);
    EXPECT_EQ(page.model()->rowCount(), before + 1);
}

// Archiving several people is one transaction and one undo step.
TEST_F(PagesTest, ArchivingSeveralPeopleIsOneStep) {
    ASSERT_TRUE(DemoService(workspace.database()).install(QDate(2026, 12, 1)).ok());
    const QList<Participant> everyone = ParticipantService(workspace.database()).list().value();
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << everyone[i].id;
    const auto archivedCount = [&] {
        int count = 0;
        const QList<Participant> people = ParticipantService(workspace.database()).list().value();
        for (const Participant& p : people)
            count += p.archived ? 1 : 0;
        return count;
    };
    const int before = archivedCount();
    workspace.undoStack()->push(new ArchiveParticipantsCommand(workspace, ids, true));
    EXPECT_EQ(workspace.undoStack()->count(), 1);
    EXPECT_EQ(archivedCount(), before + 5);
    workspace.undoStack()->undo();
    EXPECT_EQ(archivedCount(), before);
}

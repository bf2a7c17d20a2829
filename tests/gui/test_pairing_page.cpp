// The pairing page driven as HR would: choose the people, run, look, lock, exclude, swap, confirm.
#include "TempDatabase.h"

#include "BinomeDetailDialog.h"
#include "ChooseMentorDialog.h"
#include "EmptyState.h"
#include "EnrolmentDialog.h"
#include "PairingModels.h"
#include "PairingPage.h"
#include "RunBinomesDialog.h"
#include "Workspace.h"

#include "binome/services/BinomeService.h"
#include "binome/services/DemoService.h"
#include "binome/services/PairingService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/ScaleDemo.h"
#include "binome/services/Translations.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <cmath>

using namespace binome;
using namespace binome::gui;
using namespace Qt::StringLiterals;

namespace {

class PairingPageTest : public binome::test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        ASSERT_TRUE(DemoService(db()).install().ok());
        auto opened = Database::open(path());
        ASSERT_TRUE(opened.ok());
        workspace.setDatabase(std::move(opened).value());
        // A program of its own, everyone taking part, nobody paired yet (the demo's programs
        // have their binômes confirmed).
        Program program;
        program.name = u"Cohorte de test"_s;
        program.startDate = QDate(2027, 1, 4);
        program.endDate = QDate(2027, 6, 25);
        const ProgramService programs(workspace.database());
        programId = programs.save(program).value();
        ASSERT_TRUE(programs.enrolAll(programId).ok());
        enrolledCount = static_cast<int>(programs.enrolled(programId)->size());
        page = std::make_unique<PairingPage>(workspace);
        page->resize(1280, 800);
        page->show();
        testers.push_back(std::make_unique<QAbstractItemModelTester>(page->proposals()));
        testers.push_back(std::make_unique<QAbstractItemModelTester>(page->unmatched()));
        testers.push_back(std::make_unique<QAbstractItemModelTester>(page->coverage()));
        testers.push_back(std::make_unique<QAbstractItemModelTester>(page->history()));
        page->reloadPrograms();
        page->selectProgram(programId);
    }
    void TearDown() override {
        testers.clear();
        page.reset();
    }
    QPushButton* button(const char* name) {
        return page->findChild<QPushButton*>(QString::fromLatin1(name));
    }
    QTableView* proposalsView() { return page->findChild<QTableView*>(u"proposalsView"_s); }

    /// Ticks everyone in the participants dialog and accepts it.
    void enrolEveryone() {
        QTest::mouseClick(button("enrolButton"), Qt::LeftButton);
        auto* dialog = page->findChild<EnrolmentDialog*>();
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->chosen().size(), enrolledCount);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"uncheckShownButton"_s), Qt::LeftButton);
        EXPECT_TRUE(dialog->chosen().isEmpty());
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"checkShownButton"_s), Qt::LeftButton);
        EXPECT_EQ(dialog->chosen().size(), enrolledCount);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }

    Workspace workspace;
    qint64 programId = 0;
    int enrolledCount = 0;
    std::unique_ptr<PairingPage> page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

} // namespace

TEST_F(PairingPageTest, RunLockConfirm) {
    enrolEveryone();
    // Choosing the participants runs the proposal.
    ASSERT_TRUE(page->proposal().has_value());
    const int binomes = page->proposals()->rowCount();
    EXPECT_GE(binomes, 35);
    EXPECT_GT(page->coverage()->rowCount(), 5);
    EXPECT_EQ(page->unmatched()->rowCount(), page->proposal()->unmatched.size());

    // The first row's explanation is shown with its alternatives.
    proposalsView()->selectRow(0);
    const QString explanation =
        page->findChild<QTextBrowser*>(u"explanationBrowser"_s)->toPlainText();
    EXPECT_TRUE(explanation.contains(u"Skill fit"_s)) << explanation.toStdString();
    EXPECT_TRUE(explanation.contains(u"→"_s));
    auto* alternatives = page->findChild<QListWidget*>(u"alternativesList"_s);
    ASSERT_GT(alternatives->count(), 0);

    // Swap: the first alternative becomes the mentor, locked.
    const ProposedBinome before = page->proposal()->binomes.first();
    page->selectSenior(before.senior.id);
    alternatives = page->findChild<QListWidget*>(u"alternativesList"_s);
    const qint64 newMentor = alternatives->item(0)->data(Qt::UserRole).toLongLong();
    alternatives->setCurrentRow(0);
    QTest::mouseClick(button("swapButton"), Qt::LeftButton);
    const int row = page->proposals()->rowOfSenior(before.senior.id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(page->proposals()->binomes()[row].junior.id, newMentor);
    EXPECT_TRUE(page->proposals()->binomes()[row].locked);

    // Confirm: the binômes land in the database with the run recorded.
    ASSERT_TRUE(page->confirm(false));
    PairingService service(workspace.database());
    const auto saved = service.binomes(programId);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->size(), page->proposals()->rowCount());
    EXPECT_EQ(service.runs(programId)->size(), 1);
    ASSERT_EQ(page->history()->rowCount(), 1); // the audit shows on the page
    EXPECT_EQ(page->history()->index(0, RunTableModel::BinomesColumn).data().toInt(),
              saved->size());
    bool found = false;
    for (const Binome& b : *saved)
        found = found || (b.seniorId == before.senior.id && b.juniorId == newMentor);
    EXPECT_TRUE(found);

    // Confirmed binômes look different from locked ones, are kept as they are, and there is
    // nothing new to confirm.
    ASSERT_GT(page->proposals()->rowCount(), 0);
    const QModelIndex state = page->proposals()->index(0, ProposalTableModel::LockedColumn);
    EXPECT_EQ(state.data().toString(), u"Confirmed"_s);
    EXPECT_TRUE(state.data(Qt::FontRole).value<QFont>().italic());
    EXPECT_FALSE(button("confirmButton")->isEnabled());
    proposalsView()->selectRow(0);
    EXPECT_FALSE(button("lockButton")->isEnabled());
    EXPECT_FALSE(button("excludeButton")->isEnabled());
    EXPECT_FALSE(button("chooseMentorButton")->isEnabled());

    const QString shots = qEnvironmentVariable("BINOME_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        page->selectSenior(before.senior.id);
        QTest::qWait(50); // let the layouts settle
        EXPECT_TRUE(page->grab().save(QDir(shots).filePath(u"pairing.png"_s)));
    }
}

TEST_F(PairingPageTest, ExcludingAPairRemovesItForGood) {
    enrolEveryone();
    const ProposedBinome first = page->proposal()->binomes.first();
    page->selectSenior(first.senior.id);
    QTest::mouseClick(button("excludeButton"), Qt::LeftButton);
    for (const ProposedBinome& b : page->proposals()->binomes())
        EXPECT_FALSE(b.senior.id == first.senior.id && b.junior.id == first.junior.id);
    const auto exclusions = PairingService(workspace.database()).exclusions(programId);
    ASSERT_EQ(exclusions->size(), 1);
    EXPECT_EQ(exclusions->first(), PersonPair(first.junior.id, first.senior.id));
    // Listed on its tab; undone and redone; lifted from the list.
    auto* list = page->findChild<QListWidget*>(u"exclusionsList"_s);
    ASSERT_EQ(list->count(), 1);
    EXPECT_TRUE(list->item(0)->text().contains(first.senior.fullName()));
    workspace.undoStack()->undo();
    EXPECT_TRUE(PairingService(workspace.database()).exclusions(programId)->isEmpty());
    EXPECT_EQ(list->count(), 0);
    workspace.undoStack()->redo();
    EXPECT_EQ(list->count(), 1);
    // Choosing the excluded mentor by hand is refused, with the reason.
    QString refusal;
    QObject::connect(&workspace, &Workspace::errorOccurred, &workspace,
                     [&refusal](const QString& message) { refusal = message; });
    page->setMentor(first.senior.id, first.junior.id);
    EXPECT_TRUE(refusal.contains(u"excluded"_s)) << refusal.toStdString();
    const int row = page->proposals()->rowOfSenior(first.senior.id);
    if (row >= 0) {
        EXPECT_NE(page->proposals()->binomes()[row].junior.id, first.junior.id);
    }
    list->setCurrentRow(0);
    QTest::mouseClick(button("liftExclusionButton"), Qt::LeftButton);
    EXPECT_TRUE(PairingService(workspace.database()).exclusions(programId)->isEmpty());
    EXPECT_EQ(list->count(), 0);
}

TEST_F(PairingPageTest, ChangingTheRulesMarksTheProposalOutOfDate) {
    enrolEveryone();
    ASSERT_TRUE(button("confirmButton")->isEnabled());
    page->findChild<QDoubleSpinBox*>(u"minScoreSpin"_s)->setValue(55);
    EXPECT_FALSE(button("confirmButton")->isEnabled());
    EXPECT_TRUE(page->findChild<QLabel*>(u"summaryLabel"_s)->text().contains(u"rules changed"_s));
    QTest::mouseClick(button("runButton"), Qt::LeftButton);
    EXPECT_TRUE(button("confirmButton")->isEnabled());
}

TEST_F(PairingPageTest, LockingKeepsAPairThroughAReRunWithOtherWeights) {
    enrolEveryone();
    const ProposedBinome first = page->proposal()->binomes.first();
    page->selectSenior(first.senior.id);
    QTest::mouseClick(button("lockButton"), Qt::LeftButton);
    // Weigh availability mostly: many pairs change, the locked one stays.
    EXPECT_EQ(button("lockButton")->text(), u"Unl&ock"_s);
    page->findChild<QDoubleSpinBox*>(u"skillWeightSpin"_s)->setValue(0.05);
    page->findChild<QDoubleSpinBox*>(u"availabilityWeightSpin"_s)->setValue(1.0);
    QTest::mouseClick(button("runButton"), Qt::LeftButton);
    const int row = page->proposals()->rowOfSenior(first.senior.id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(page->proposals()->binomes()[row].junior.id, first.junior.id);
    EXPECT_TRUE(page->proposals()->binomes()[row].locked);
    EXPECT_DOUBLE_EQ(page->settings().weightAvailability, 1.0);
    // The settings stay with the program.
    EXPECT_DOUBLE_EQ(PairingService(workspace.database()).settings(programId)->weightAvailability,
                     1.0);
}

TEST_F(PairingPageTest, ChooseAnyMentorByHand) {
    ASSERT_TRUE(page->proposal().has_value());
    const ProposedBinome first = page->proposal()->binomes.first();
    page->selectSenior(first.senior.id);
    QTest::mouseClick(button("chooseMentorButton"), Qt::LeftButton);
    auto* dialog = page->findChild<ChooseMentorDialog*>();
    ASSERT_NE(dialog, nullptr);
    QAbstractItemModelTester tester(dialog->model());
    EXPECT_EQ(dialog->model()->rowCount(), page->proposal()->juniorCount);
    EXPECT_EQ(dialog->chosenJuniorId(), first.junior.id); // the current mentor is preselected
    // Pick the lowest-scored junior who is allowed: a choice the engine would never make.
    qint64 pick = 0;
    for (int row = dialog->model()->rowCount() - 1; row >= 0 && pick == 0; --row) {
        const QModelIndex rule = dialog->model()->index(row, MentorCandidateModel::RuleColumn);
        if (rule.data().toString().isEmpty())
            pick = rule.data(MentorCandidateModel::IdRole).toLongLong();
    }
    ASSERT_NE(pick, 0);
    ASSERT_NE(pick, first.junior.id);
    dialog->choose(pick);
    if (const QString shots = qEnvironmentVariable("BINOME_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTest::qWait(50);
        EXPECT_TRUE(dialog->grab().save(QDir(shots).filePath(u"choose-mentor.png"_s)));
    }
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    const int row = page->proposals()->rowOfSenior(first.senior.id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(page->proposals()->binomes()[row].junior.id, pick);
    EXPECT_TRUE(page->proposals()->binomes()[row].locked);
}

TEST_F(PairingPageTest, AConfirmedRunsBinomesCanBeOpened) {
    enrolEveryone();
    ASSERT_TRUE(page->confirm(false));
    const QList<ProposedBinome> confirmed = page->proposals()->binomes();
    const auto runs = PairingService(workspace.database()).runs(programId);
    ASSERT_EQ(runs->size(), 1);
    const BinomeService binomes(workspace.database());
    const auto created = binomes.ofRun(runs->first().id);
    ASSERT_TRUE(created.ok()) << created.error().toStdString();
    ASSERT_EQ(created->size(), confirmed.size());
    // One of them has ended since: the run still lists it, as ended.
    const Binome ended = created->first();
    ASSERT_TRUE(binomes.end(ended.id, ended.startDate, EndReason::Left, {}).ok());
    workspace.notifyChanged(Workspace::Binomes);

    // A double-click on the run, on the Confirmed runs tab.
    page->findChild<QTabWidget*>(u"bottomTabs"_s)
        ->setCurrentWidget(page->findChild<QWidget*>(u"historyTab"_s));
    QCoreApplication::processEvents(); // the tab's layout
    auto* history = page->findChild<QTableView*>(u"historyView"_s);
    ASSERT_EQ(history->model()->rowCount(), 1);
    const QRect runCell = history->visualRect(history->model()->index(0, 0));
    QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, runCell.center());
    QTest::mouseDClick(history->viewport(), Qt::LeftButton, {}, runCell.center());
    QPointer<RunBinomesDialog> dialog = page->findChild<RunBinomesDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->runId(), runs->first().id);
    QAbstractItemModelTester tester(dialog->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(dialog->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Every binôme of the run, by both names, with its score and its status today.
    RunBinomeTableModel* model = dialog->model();
    ASSERT_EQ(model->rowCount(), confirmed.size());
    const auto cell = [model](qint64 binomeId, int column) {
        return model->index(model->rowOf(binomeId), column).data().toString();
    };
    for (const Binome& b : *created) {
        const auto proposed =
            std::find_if(confirmed.begin(), confirmed.end(),
                         [&b](const ProposedBinome& p) { return p.senior.id == b.seniorId; });
        ASSERT_NE(proposed, confirmed.end());
        EXPECT_EQ(cell(b.id, RunBinomeTableModel::JuniorColumn), proposed->junior.fullName());
        EXPECT_EQ(cell(b.id, RunBinomeTableModel::SeniorColumn), proposed->senior.fullName());
        EXPECT_EQ(cell(b.id, RunBinomeTableModel::ScoreColumn), QString::number(b.score, 'f', 1));
        EXPECT_EQ(cell(b.id, RunBinomeTableModel::StatusColumn),
                  b.id == ended.id ? u"Ended"_s : u"Active"_s);
    }
    auto* summary = dialog->findChild<QLabel*>(u"summaryLabel"_s);
    EXPECT_TRUE(summary->text().contains(u"%1 still open"_s.arg(confirmed.size() - 1)))
        << summary->text().toStdString();

    // It follows the change signal: a binôme paused elsewhere shows paused.
    const Binome paused = created->last();
    ASSERT_TRUE(binomes.pause(paused.id).ok());
    workspace.notifyChanged(Workspace::Binomes);
    EXPECT_EQ(cell(paused.id, RunBinomeTableModel::StatusColumn), u"Paused"_s);

    // Filtered by words, without regard to case.
    const QString seniorName = cell(ended.id, RunBinomeTableModel::SeniorColumn);
    auto* filter = dialog->findChild<QLineEdit*>(u"filterEdit"_s);
    QTest::keyClicks(filter, seniorName.toUpper());
    ASSERT_EQ(dialog->proxy()->rowCount(), 1);
    EXPECT_EQ(dialog->proxy()->index(0, 0).data(RunBinomeTableModel::IdRole).toLongLong(),
              ended.id);
    filter->clear();
    EXPECT_EQ(dialog->proxy()->rowCount(), confirmed.size());
    // Sortable on every column.
    auto* view = dialog->findChild<QTableView*>(u"binomesView"_s);
    for (int column = 0; column < RunBinomeTableModel::ColumnCount; ++column) {
        view->sortByColumn(column, Qt::DescendingOrder);
        EXPECT_EQ(dialog->proxy()->rowCount(), confirmed.size());
    }

    // Enter opens the selected binôme's detail, and the list stays open under it.
    dialog->selectBinome(ended.id);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QPointer<BinomeDetailDialog> detail = dialog->findChild<BinomeDetailDialog*>();
    ASSERT_NE(detail, nullptr);
    EXPECT_EQ(detail->binomeId(), ended.id);
    EXPECT_TRUE(detail->isVisible());
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    detail->close();

    if (const QString shots = qEnvironmentVariable("BINOME_SCREENSHOT_DIR"); !shots.isEmpty()) {
        const QLocale locale;
        installTranslations(*qApp, u"fr"_s);
        {
            RunBinomesDialog french(workspace, runs->first());
            french.resize(1280, 720);
            french.show();
            french.selectBinome(ended.id);
            QTest::qWait(50); // let the layouts settle
            EXPECT_TRUE(french.grab().save(QDir(shots).filePath(u"run-binomes-fr.png"_s)));
        }
        installTranslations(*qApp, u"en"_s);
        QLocale::setDefault(locale);
    }
    QTest::keyClick(dialog, Qt::Key_Escape);
    EXPECT_TRUE(!dialog || !dialog->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(page->findChild<RunBinomesDialog*>(), nullptr);

    // Enter on the run opens it too.
    history->setFocus();
    history->selectRow(0);
    QTest::keyClick(history, Qt::Key_Return);
    QPointer<RunBinomesDialog> again = page->findChild<RunBinomesDialog*>();
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(again->model()->rowCount(), confirmed.size());
    again->close();
}

// A program with more people than the page proposes for at once: showing it does not compute
// the proposal (the page stays quick); it says so, and Propose computes it.
class PairingPageLargeTest : public binome::test::TempDatabase {};

TEST_F(PairingPageLargeTest, AVeryLargeProgramWaitsForPropose) {
    const auto built = ScaleDemo(db()).build(PairingPage::AutoProposeLimit + 2, QDate(2027, 1, 10));
    ASSERT_TRUE(built.ok()) << built.error().toStdString();
    Workspace workspace;
    auto opened = Database::open(path());
    ASSERT_TRUE(opened.ok());
    workspace.setDatabase(std::move(opened).value());
    PairingPage page(workspace);
    page.resize(1280, 720);
    page.show();
    page.reloadPrograms();
    page.selectProgram(built->programId);
    QCoreApplication::processEvents();
    EXPECT_FALSE(page.proposal().has_value());
    auto* state = page.findChild<EmptyState*>(u"enrolmentState"_s);
    ASSERT_NE(state, nullptr);
    ASSERT_TRUE(state->isShowing());
    EXPECT_TRUE(state->detail().contains(QString::number(PairingPage::AutoProposeLimit + 2)))
        << state->detail().toStdString();
    ASSERT_EQ(state->buttons().size(), 1);
    state->buttons().first()->click();
    ASSERT_TRUE(page.proposal().has_value());
    EXPECT_FALSE(state->isShowing());
}

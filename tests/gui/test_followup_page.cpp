// The follow-up page and a binôme's detail, driven as HR would, on a real database: the figures,
// the flags, filtering, sorting, opening a binôme, and reloading by itself after an edit.
#include "TempDatabase.h"

#include "BinomeDetailDialog.h"
#include "FollowUpFilterProxy.h"
#include "FollowUpPage.h"
#include "FollowUpTableModel.h"
#include "Workspace.h"

#include "binome/services/DemoService.h"
#include "binome/services/FollowUpService.h"
#include "binome/services/ObjectiveService.h"
#include "binome/services/PairingService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SessionService.h"
#include "binome/services/Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <functional>

using namespace binome;
using namespace binome::gui;
using namespace Qt::StringLiterals;

namespace {

const QDate Start(2026, 1, 5);
const QDate Today(2026, 2, 20);

class FollowUpPageTest : public binome::test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        programId = addProgram(u"Cohorte 2026"_s);
        otherProgramId = addProgram(u"Cohorte bis"_s);
        const qint64 ines = add(Role::Junior, u"Inès"_s, u"Boucher"_s, programId);
        const qint64 theo = add(Role::Junior, u"Théo"_s, u"Marchand"_s, programId);
        const qint64 yasmine = add(Role::Junior, u"Yasmine"_s, u"Haddad"_s, programId);
        const qint64 martine = add(Role::Senior, u"Martine"_s, u"Rey"_s, programId);
        const qint64 bernard = add(Role::Senior, u"Bernard"_s, u"Lemoine"_s, programId);
        const qint64 gerard = add(Role::Senior, u"Gérard"_s, u"Colin"_s, programId);
        inesId = ines;
        const QList<Binome> binomes =
            pair(programId, {{ines, martine}, {theo, bernard}, {yasmine, gerard}});
        ASSERT_EQ(binomes.size(), 3);
        for (const Binome& b : binomes) {
            if (b.seniorId == martine)
                regular = b.id; // meets on time
            else if (b.seniorId == bernard)
                lowRated = b.id; // met once, long ago, and it went badly
            else
                silent = b.id; // never met
        }
        const qint64 zoe = add(Role::Junior, u"Zoé"_s, u"Petit"_s, otherProgramId);
        const qint64 paul = add(Role::Senior, u"Paul"_s, u"Girard"_s, otherProgramId);
        ASSERT_EQ(pair(otherProgramId, {{zoe, paul}}).size(), 1);

        const SessionService sessions(db());
        ASSERT_TRUE(sessions.log(held(regular, QDate(2026, 1, 12), 60)).ok());
        ASSERT_TRUE(sessions.log(held(regular, QDate(2026, 1, 26), 90)).ok());
        ASSERT_TRUE(sessions.log(held(regular, QDate(2026, 2, 16), 60)).ok());
        Session planned = held(regular, QDate(2026, 3, 2), 60);
        planned.planned = true;
        ASSERT_TRUE(sessions.log(planned).ok());
        Session bad = held(lowRated, QDate(2026, 1, 15), 30);
        bad.menteeRating = 2;
        bad.mentorRating = 4;
        ASSERT_TRUE(sessions.log(bad).ok());

        auto opened = Database::open(path());
        ASSERT_TRUE(opened.ok());
        workspace.setDatabase(std::move(opened).value());
        page = std::make_unique<FollowUpPage>(workspace);
        page->resize(1280, 720);
        modelTester = std::make_unique<QAbstractItemModelTester>(
            page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            page->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        page->setToday(Today);
        page->reloadPrograms();
        page->selectProgram(programId);
        page->show();
    }
    void TearDown() override {
        proxyTester.reset();
        modelTester.reset();
        page.reset();
    }

    qint64 addProgram(const QString& name) {
        Program program;
        program.name = name;
        program.startDate = Start;
        program.endDate = QDate(2026, 6, 26);
        program.cadenceDays = 14;
        const auto id = ProgramService(db()).save(program);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        return id.ok() ? *id : 0;
    }

    qint64 add(Role role, const QString& first, const QString& last, qint64 program) {
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
        EXPECT_TRUE(ProgramService(db()).enrol(program, {*id}).ok());
        return *id;
    }

    QList<Binome> pair(qint64 program, const QList<PersonPair>& pairs) {
        const PairingService pairing(db());
        const auto proposal = pairing.propose(program, PairingSettings{}, pairs);
        EXPECT_TRUE(proposal.ok()) << proposal.error().toStdString();
        const auto run = pairing.confirm(*proposal, u"hr"_s, Start);
        EXPECT_TRUE(run.ok()) << run.error().toStdString();
        return pairing.binomes(program).value();
    }

    static Session held(qint64 binomeId, const QDate& date, int minutes) {
        Session s;
        s.binomeId = binomeId;
        s.date = date;
        s.minutes = minutes;
        s.mode = SessionMode::Video;
        return s;
    }

    /// What the page shows for the binôme in a column.
    QVariant cell(qint64 binomeId, int column) const {
        const int row = page->model()->rowOf(binomeId);
        return row < 0 ? QVariant() : page->model()->index(row, column).data();
    }
    /// The senior names in the order the table shows them.
    QStringList shownSeniors() const {
        QStringList names;
        for (int row = 0; row < page->proxy()->rowCount(); ++row)
            names << page->proxy()->index(row, FollowUpTableModel::SeniorColumn).data().toString();
        return names;
    }
    template <class T> T* child(const char* name) const {
        return page->findChild<T*>(QString::fromLatin1(name));
    }
    void choose(const char* combo, const QVariant& data) {
        auto* box = child<QComboBox>(combo);
        ASSERT_NE(box, nullptr);
        const int index = box->findData(data);
        ASSERT_GE(index, 0) << combo;
        box->setCurrentIndex(index);
    }
    QString summary() const { return child<QLabel>("summaryLabel")->text(); }

    Workspace workspace;
    qint64 programId = 0;
    qint64 otherProgramId = 0;
    qint64 inesId = 0;
    qint64 regular = 0;
    qint64 lowRated = 0;
    qint64 silent = 0;
    std::unique_ptr<FollowUpPage> page;
    std::unique_ptr<QAbstractItemModelTester> modelTester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
};

/// The letters after '&' in these texts, with the texts that repeat one.
QStringList repeatedMnemonics(const QStringList& texts) {
    QSet<QChar> seen;
    QStringList repeated;
    for (const QString& text : texts) {
        for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size();
             i = text.indexOf(u'&', i + 2)) {
            if (text.at(i + 1) == u'&')
                continue;
            const QChar letter = text.at(i + 1).toLower();
            if (seen.contains(letter))
                repeated << text;
            seen.insert(letter);
            break;
        }
    }
    return repeated;
}

/// The texts of the visible buttons, labels and tabs in a widget.
QStringList mnemonicTexts(const QWidget* widget) {
    QStringList texts;
    const QList<QPushButton*> buttons = widget->findChildren<QPushButton*>();
    for (const QPushButton* button : buttons) {
        if (!button->text().contains(u'&'))
            ADD_FAILURE() << "no mnemonic on " << button->objectName().toStdString();
        texts << button->text();
    }
    const QList<QLabel*> labels = widget->findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (label->buddy())
            texts << label->text();
    }
    const QList<QTabWidget*> tabs = widget->findChildren<QTabWidget*>();
    for (const QTabWidget* tab : tabs) {
        for (int i = 0; i < tab->count(); ++i)
            texts << tab->tabText(i);
    }
    return texts;
}

} // namespace

TEST_F(FollowUpPageTest, ListsEveryBinomeWithItsFigures) {
    ASSERT_EQ(page->model()->rowCount(), 3);
    EXPECT_EQ(page->proxy()->rowCount(), 3);
    EXPECT_EQ(cell(regular, FollowUpTableModel::JuniorColumn).toString(), u"Inès Boucher"_s);
    EXPECT_EQ(cell(regular, FollowUpTableModel::SeniorColumn).toString(), u"Martine Rey"_s);
    EXPECT_EQ(cell(regular, FollowUpTableModel::StatusColumn).toString(), u"Active"_s);
    EXPECT_EQ(cell(regular, FollowUpTableModel::SessionsColumn).toInt(), 3);
    EXPECT_EQ(cell(regular, FollowUpTableModel::HoursColumn).toString(), u"3.5"_s);
    EXPECT_EQ(cell(regular, FollowUpTableModel::LastSessionColumn).toString(),
              QLocale().toString(QDate(2026, 2, 16), QLocale::ShortFormat));
    EXPECT_EQ(cell(regular, FollowUpTableModel::NextSessionColumn).toString(),
              QLocale().toString(QDate(2026, 3, 2), QLocale::ShortFormat));
    EXPECT_EQ(cell(lowRated, FollowUpTableModel::SessionsColumn).toInt(), 1);
    EXPECT_EQ(cell(lowRated, FollowUpTableModel::HoursColumn).toString(), u"0.5"_s);
    EXPECT_EQ(cell(silent, FollowUpTableModel::SessionsColumn).toInt(), 0);
    EXPECT_EQ(cell(silent, FollowUpTableModel::HoursColumn).toString(), u"0.0"_s);
    EXPECT_TRUE(cell(silent, FollowUpTableModel::LastSessionColumn).toString().isEmpty());

    // Objectives: achieved of total, as the service counts them (confirming suggested some).
    const int objectives =
        static_cast<int>(ObjectiveService(workspace.database()).ofBinome(regular)->size());
    EXPECT_EQ(cell(regular, FollowUpTableModel::ObjectivesColumn).toString(),
              u"0/%1"_s.arg(objectives));

    // The flags, short in the cell and in words in the tooltip.
    const QString regularFlags = cell(regular, FollowUpTableModel::FlagsColumn).toString();
    EXPECT_FALSE(regularFlags.contains(u"At risk"_s)) << regularFlags.toStdString();
    const QString silentFlags = cell(silent, FollowUpTableModel::FlagsColumn).toString();
    EXPECT_TRUE(silentFlags.contains(u"At risk"_s)) << silentFlags.toStdString();
    EXPECT_TRUE(
        cell(lowRated, FollowUpTableModel::FlagsColumn).toString().contains(u"Low rating"_s));
    const QModelIndex flags =
        page->model()->index(page->model()->rowOf(lowRated), FollowUpTableModel::FlagsColumn);
    const QString reasons = flags.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(reasons.contains(u"no session held for 36 day"_s)) << reasons.toStdString();
    EXPECT_TRUE(reasons.contains(u"2 out of 5"_s)) << reasons.toStdString();
    EXPECT_FALSE(flags.data(Qt::DecorationRole).isNull()); // a cue for the eye
    EXPECT_EQ(page->model()
                  ->index(0, FollowUpTableModel::HoursColumn)
                  .data(Qt::TextAlignmentRole)
                  .toInt(),
              int(Qt::AlignRight | Qt::AlignVCenter));

    const QString text = summary();
    EXPECT_TRUE(text.contains(u"3 binôme"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"2 at risk"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"1 with a low rating"_s)) << text.toStdString();
    // The binômes that need attention come first.
    EXPECT_NE(shownSeniors().first(), u"Martine Rey"_s);
}

TEST_F(FollowUpPageTest, FiltersByFlagMentorStatusAndWords) {
    choose("flagCombo", int(FlagAtRisk));
    EXPECT_EQ(page->proxy()->rowCount(), 2);
    EXPECT_FALSE(shownSeniors().contains(u"Martine Rey"_s));
    EXPECT_TRUE(summary().contains(u"2 of 3 binôme"_s)) << summary().toStdString();
    choose("flagCombo", int(FlagLowRating));
    EXPECT_EQ(shownSeniors(), QStringList{u"Bernard Lemoine"_s});
    choose("flagCombo", int(FollowUpFilterProxy::AllRows));
    EXPECT_EQ(page->proxy()->rowCount(), 3);

    // "My binômes": one mentor's.
    auto* mentors = child<QComboBox>("mentorCombo");
    EXPECT_EQ(mentors->count(), 4); // everyone, then the three mentors
    choose("mentorCombo", inesId);
    EXPECT_EQ(shownSeniors(), QStringList{u"Martine Rey"_s});
    EXPECT_EQ(page->currentBinomeId(), regular); // the only one shown: Ctrl+L logs on it
    choose("mentorCombo", qint64(0));
    EXPECT_EQ(page->proxy()->rowCount(), 3);

    choose("statusCombo", static_cast<int>(BinomeStatus::Ended));
    EXPECT_EQ(page->proxy()->rowCount(), 0);
    choose("statusCombo", static_cast<int>(BinomeStatus::Active));
    EXPECT_EQ(page->proxy()->rowCount(), 3);

    // Words, without minding case or accents.
    QTest::keyClicks(child<QLineEdit>("filterEdit"), u"gerard"_s);
    EXPECT_EQ(shownSeniors(), QStringList{u"Gérard Colin"_s});
    child<QLineEdit>("filterEdit")->clear();
    EXPECT_EQ(page->proxy()->rowCount(), 3);
}

TEST_F(FollowUpPageTest, SortsEveryColumnByItsValue) {
    auto* view = child<QTableView>("tableView");
    view->sortByColumn(FollowUpTableModel::HoursColumn, Qt::AscendingOrder);
    EXPECT_EQ(shownSeniors(),
              (QStringList{u"Gérard Colin"_s, u"Bernard Lemoine"_s, u"Martine Rey"_s}));
    view->sortByColumn(FollowUpTableModel::HoursColumn, Qt::DescendingOrder);
    EXPECT_EQ(shownSeniors().first(), u"Martine Rey"_s);
    // Never met sorts before any date; nothing planned after any date.
    view->sortByColumn(FollowUpTableModel::LastSessionColumn, Qt::AscendingOrder);
    EXPECT_EQ(shownSeniors(),
              (QStringList{u"Gérard Colin"_s, u"Bernard Lemoine"_s, u"Martine Rey"_s}));
    view->sortByColumn(FollowUpTableModel::NextSessionColumn, Qt::AscendingOrder);
    EXPECT_EQ(shownSeniors().first(), u"Martine Rey"_s);
    view->sortByColumn(FollowUpTableModel::SeniorColumn, Qt::AscendingOrder);
    EXPECT_EQ(shownSeniors(),
              (QStringList{u"Bernard Lemoine"_s, u"Gérard Colin"_s, u"Martine Rey"_s}));
    for (int column = 0; column < FollowUpTableModel::ColumnCount; ++column) {
        view->sortByColumn(column, Qt::DescendingOrder);
        EXPECT_EQ(page->proxy()->rowCount(), 3);
    }
}

TEST_F(FollowUpPageTest, OpeningABinomeShowsItsDetail) {
    page->selectBinome(regular);
    QTest::mouseClick(child<QPushButton>("openButton"), Qt::LeftButton);
    QPointer<BinomeDetailDialog> dialog = page->findChild<BinomeDetailDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->binomeId(), regular);
    auto* title = dialog->findChild<QLabel*>(u"titleLabel"_s);
    EXPECT_EQ(title->text(), u"Martine Rey mentored by Inès Boucher"_s);
    auto* sessions = dialog->findChild<QTableWidget*>(u"sessionsTable"_s);
    ASSERT_EQ(sessions->rowCount(), 4); // three held, one planned; the most recent first
    EXPECT_EQ(sessions->item(0, 1)->text(), u"Planned"_s);
    EXPECT_EQ(sessions->item(1, 0)->text(),
              QLocale().toString(QDate(2026, 2, 16), QLocale::ShortFormat));
    auto* tabs = dialog->findChild<QTabWidget*>(u"tabs"_s);
    EXPECT_EQ(tabs->tabText(1), u"Sess&ions (3)"_s);
    const auto objectives = ObjectiveService(workspace.database()).ofBinome(regular);
    EXPECT_EQ(dialog->findChild<QTableWidget*>(u"objectivesTable"_s)->rowCount(),
              objectives->size());
    EXPECT_FALSE(dialog->findChild<QLabel*>(u"whyLabel"_s)->text().isEmpty());
    // The flags in words, as of the page's day.
    const QString flags = dialog->findChild<QLabel*>(u"flagsLabel"_s)->text();
    EXPECT_FALSE(flags.contains(u"At risk"_s)) << flags.toStdString();

    // A session logged elsewhere shows at once.
    ASSERT_TRUE(SessionService(workspace.database())
                    .log(FollowUpPageTest::held(regular, QDate(2026, 2, 19), 45))
                    .ok());
    workspace.notifyFollowUpChanged();
    EXPECT_EQ(sessions->rowCount(), 5);
    EXPECT_EQ(tabs->tabText(1), u"Sess&ions (4)"_s);

    // Tab leaves the tables; Escape closes.
    const QList<QTableWidget*> tables = dialog->findChildren<QTableWidget*>();
    for (const QTableWidget* table : tables)
        EXPECT_FALSE(table->tabKeyNavigation()) << table->objectName().toStdString();
    EXPECT_TRUE(repeatedMnemonics(mnemonicTexts(dialog)).isEmpty())
        << repeatedMnemonics(mnemonicTexts(dialog)).join(u' ').toStdString();
    QTest::keyClick(dialog, Qt::Key_Escape);
    EXPECT_TRUE(!dialog || !dialog->isVisible());
}

TEST_F(FollowUpPageTest, EnterOnARowOpensIt) {
    auto* view = child<QTableView>("tableView");
    page->selectBinome(silent);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    auto* dialog = page->findChild<BinomeDetailDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->binomeId(), silent);
    EXPECT_EQ(dialog->findChild<QTableWidget*>(u"sessionsTable"_s)->rowCount(), 0);
    EXPECT_TRUE(dialog->findChild<QLabel*>(u"flagsLabel"_s)->text().contains(u"At risk"_s));
    dialog->close();
}

TEST_F(FollowUpPageTest, SwitchingProgramShowsItsBinomes) {
    choose("programCombo", otherProgramId);
    ASSERT_EQ(page->model()->rowCount(), 1);
    EXPECT_EQ(page->model()->index(0, FollowUpTableModel::JuniorColumn).data().toString(),
              u"Zoé Petit"_s);
    EXPECT_EQ(child<QComboBox>("mentorCombo")->count(), 2);
    EXPECT_TRUE(summary().contains(u"1 binôme"_s)) << summary().toStdString();
    choose("programCombo", programId);
    EXPECT_EQ(page->model()->rowCount(), 3);
}

TEST_F(FollowUpPageTest, ReloadsByItselfAfterASessionIsLogged) {
    page->selectBinome(silent);
    ASSERT_TRUE(SessionService(workspace.database())
                    .log(FollowUpPageTest::held(silent, QDate(2026, 2, 19), 60))
                    .ok());
    workspace.notifyFollowUpChanged();
    EXPECT_EQ(cell(silent, FollowUpTableModel::SessionsColumn).toInt(), 1);
    EXPECT_FALSE(cell(silent, FollowUpTableModel::FlagsColumn).toString().contains(u"At risk"_s));
    EXPECT_TRUE(summary().contains(u"1 at risk"_s)) << summary().toStdString();
    EXPECT_EQ(page->currentBinomeId(), silent); // the selection stays

    // Hidden, the page catches up when shown again.
    page->hide();
    ASSERT_TRUE(SessionService(workspace.database())
                    .log(FollowUpPageTest::held(lowRated, QDate(2026, 2, 18), 60))
                    .ok());
    workspace.notifyFollowUpChanged();
    page->show();
    EXPECT_EQ(cell(lowRated, FollowUpTableModel::SessionsColumn).toInt(), 2);

    // A pair that stops meeting shows up by itself as the days pass.
    page->setToday(QDate(2026, 3, 20));
    EXPECT_TRUE(cell(regular, FollowUpTableModel::FlagsColumn).toString().contains(u"At risk"_s));
}

TEST_F(FollowUpPageTest, CtrlLLogsASessionOnTheSelectedBinome) {
    page->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(page.get()));
    page->selectBinome(silent);
    bool shown = false;
    // The session dialog is modal: accept it with its defaults once it shows.
    QTimer::singleShot(0, page.get(), [&shown] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        shown = true;
        auto* box = dialog->findChild<QDialogButtonBox*>(u"buttonBox"_s);
        ASSERT_NE(box, nullptr);
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::keyClick(child<QTableView>("tableView"), Qt::Key_L, Qt::ControlModifier);
    EXPECT_TRUE(shown);
    EXPECT_EQ(cell(silent, FollowUpTableModel::SessionsColumn).toInt(), 1);
    workspace.undoStack()->undo(); // and it can be undone
    EXPECT_EQ(cell(silent, FollowUpTableModel::SessionsColumn).toInt(), 0);
}

TEST_F(FollowUpPageTest, KeyboardFirst) {
    EXPECT_FALSE(child<QTableView>("tableView")->tabKeyNavigation());
    const QStringList repeated = repeatedMnemonics(mnemonicTexts(page.get()));
    EXPECT_TRUE(repeated.isEmpty()) << repeated.join(u' ').toStdString();
    // Nothing selected and several rows: the actions wait for a choice.
    child<QTableView>("tableView")->clearSelection();
    EXPECT_EQ(page->currentBinomeId(), 0);
    EXPECT_FALSE(child<QPushButton>("logButton")->isEnabled());
    page->selectBinome(lowRated);
    EXPECT_TRUE(child<QPushButton>("logButton")->isEnabled());
    EXPECT_EQ(child<QPushButton>("pauseButton")->text(), u"Pa&use"_s);
}

// Ten thousand binômes: the model and proxy sort and filter without touching the database.
TEST(FollowUpModel, TenThousandBinomesSortAndFilter) {
    FollowUpTableModel model;
    FollowUpFilterProxy proxy;
    proxy.setSourceModel(&model);
    QList<FollowUpRow> rows;
    for (int i = 0; i < 10000; ++i) {
        FollowUpRow r;
        r.binome.id = i + 1;
        r.binome.juniorId = 1 + i % 3000;
        r.binome.status = static_cast<BinomeStatus>(i % 3);
        r.binome.startDate = QDate(2026, 1, 5);
        r.juniorName = u"Junior %1 Élodie"_s.arg(i % 3000);
        r.seniorName = u"Senior %1 Gérard"_s.arg((i * 7919) % 10000);
        r.juniorEmail = u"j%1@example.org"_s.arg(i);
        r.seniorEmail = u"s%1@example.org"_s.arg(i);
        r.sessionsHeld = (i * 31) % 17;
        r.minutesHeld = r.sessionsHeld * ((i % 4) + 1) * 30;
        if (i % 5)
            r.lastHeld = QDate(2026, 1, 5).addDays((i * 13) % 60);
        r.objectivesTotal = i % 4;
        r.objectivesAchieved = i % 2;
        if (i % 3)
            r.averageGain = (i % 7) / 2.0;
        r.flags = i % 16;
        rows << r;
    }
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.resize(1280, 720);
    view.show();
    Program program;
    program.cadenceDays = 14;
    model.setRows(program, rows);
    ASSERT_EQ(proxy.rowCount(), 10000);
    // Every column sorts by its value (speed is measured by bench/bench_followup, not here).
    view.sortByColumn(FollowUpTableModel::HoursColumn, Qt::AscendingOrder);
    for (int row = 1; row < proxy.rowCount(); row += 97)
        EXPECT_LE(proxy.index(row - 1, FollowUpTableModel::HoursColumn)
                      .data(FollowUpTableModel::SortRole)
                      .toDouble(),
                  proxy.index(row, FollowUpTableModel::HoursColumn)
                      .data(FollowUpTableModel::SortRole)
                      .toDouble());
    proxy.setMentor(42);
    for (int row = 0; row < proxy.rowCount(); ++row)
        EXPECT_EQ(proxy.index(row, 0).data(FollowUpTableModel::JuniorIdRole).toLongLong(), 42);
    proxy.setMentor(0);
    proxy.setStatuses({BinomeStatus::Active});
    proxy.setStatuses({});
    proxy.setFilterWords(u"gerard 12"_s);
    proxy.setFilterWords({});
    proxy.setFlagFilter(FlagAtRisk);
    EXPECT_GT(proxy.rowCount(), 0);
    for (int row = 0; row < proxy.rowCount(); ++row)
        EXPECT_TRUE(proxy.index(row, 0).data(FollowUpTableModel::FlagsRole).toInt() & FlagAtRisk);
}

// A look at the page and a binôme's detail on the demo organisation, in English and French:
// only when BINOME_SCREENSHOT_DIR names a directory.
TEST(FollowUpScreenshots, PageAndDetailInEnglishAndFrench) {
    const QString shots = qEnvironmentVariable("BINOME_SCREENSHOT_DIR");
    if (shots.isEmpty())
        GTEST_SKIP() << "set BINOME_SCREENSHOT_DIR to a directory to get the screenshots";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(u"demo.sqlite"_s);
    const QDate today = QDate::currentDate();
    {
        auto opened = Database::open(file);
        ASSERT_TRUE(opened.ok());
        const auto installed = DemoService(*opened.value()).install(today);
        ASSERT_TRUE(installed.ok()) << installed.error().toStdString();
    }
    Workspace workspace;
    auto opened = Database::open(file);
    ASSERT_TRUE(opened.ok());
    workspace.setDatabase(std::move(opened).value());
    const auto program =
        ProgramService(workspace.database()).findByName(DemoService::mainProgramName(today));
    ASSERT_TRUE(program.ok() && program->has_value());
    for (const QString& language : {u"en"_s, u"fr"_s}) {
        installTranslations(*qApp, language);
        FollowUpPage page(workspace);
        page.setToday(today);
        page.reloadPrograms();
        page.selectProgram((*program)->id);
        page.resize(1280, 720);
        page.show();
        QTest::qWait(50);
        EXPECT_TRUE(page.grab().save(QDir(shots).filePath(u"followup-%1.png"_s.arg(language))));
        // The first binôme needing attention.
        page.selectBinome(page.proxy()->index(0, 0).data(FollowUpTableModel::IdRole).toLongLong());
        BinomeDetailDialog* dialog = page.openDetail(page.currentBinomeId());
        ASSERT_NE(dialog, nullptr);
        dialog->resize(1280, 720);
        QTest::qWait(50);
        auto* tabs = dialog->findChild<QTabWidget*>(u"tabs"_s);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(20);
            EXPECT_TRUE(dialog->grab().save(
                QDir(shots).filePath(u"binome-detail-%1-%2.png"_s.arg(tab).arg(language))));
        }
        dialog->close();
    }
    installTranslations(*qApp, u"en"_s);
}

TEST_F(FollowUpPageTest, ExportsThePlannedSessionsAsACalendar) {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cohorte.ics"_s);
    EXPECT_EQ(page->exportCalendarTo(path), 1);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString ics = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(ics.startsWith(u"BEGIN:VCALENDAR\r\n"_s));
    EXPECT_EQ(ics.count(u"BEGIN:VEVENT"_s), 1);
    EXPECT_TRUE(ics.contains(u"DTSTART:20260302T"_s)) << ics.toStdString();
}

TEST_F(FollowUpPageTest, ABinomesPlannedSessionsExportFromItsDetail) {
    BinomeDetailDialog dialog(workspace, regular);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"binome.ics"_s);
    EXPECT_EQ(dialog.exportCalendarTo(path), 1);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString ics = QString::fromUtf8(file.readAll());
    EXPECT_EQ(ics.count(u"BEGIN:VEVENT"_s), 1);
    EXPECT_TRUE(ics.contains(u"DTSTART:20260302T"_s)) << ics.toStdString();
}

TEST_F(FollowUpPageTest, ExportsTheProgramsTablesAsSpreadsheetsFromItsExportMenu) {
    auto* button = page->findChild<QToolButton*>(u"exportButton"_s);
    ASSERT_NE(button, nullptr);
    ASSERT_NE(button->menu(), nullptr);
    EXPECT_EQ(button->menu()->actions().size(), 5); // three tables, a separator, the calendar
    QTemporaryDir dir;
    const QString path = dir.filePath(u"binomes.csv"_s);
    const int binomes = page->model()->rowCount();
    EXPECT_EQ(page->exportSpreadsheetTo(SpreadsheetKind::Binomes, path), binomes);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM, as Excel in France wants
    EXPECT_EQ(bytes.count("\r\n"), binomes + 1);   // the header, then one line per binôme
    EXPECT_TRUE(file.permissions() & QFileDevice::ReadOwner);
    EXPECT_FALSE(file.permissions() & QFileDevice::ReadOther);
}

namespace {

/// Runs `open`, which shows a report's print preview (modal), and returns how many pages the
/// preview holds, closing it; -1 when no preview showed.
int previewedPages(const std::function<void()>& open) {
    int pages = -1;
    QTimer::singleShot(300, [&pages] {
        if (auto* dialog = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget())) {
            if (auto* preview = dialog->findChild<QPrintPreviewWidget*>())
                pages = preview->pageCount();
            dialog->reject();
        }
    });
    open();
    return pages;
}

} // namespace

TEST_F(FollowUpPageTest, TheReportsMenuPreviewsTheProgramReportAndTheLetters) {
    auto* button = page->findChild<QToolButton*>(u"reportButton"_s);
    ASSERT_NE(button, nullptr);
    ASSERT_NE(button->menu(), nullptr);
    const QList<QAction*> actions = button->menu()->actions();
    ASSERT_EQ(actions.size(), 3); // program report, introduction letters, the list
    EXPECT_GE(previewedPages([&] { actions[0]->trigger(); }), 2);
    // One letter per open binôme of the program.
    int open = 0;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        open += page->model()->rowAt(row).binome.isOpen() ? 1 : 0;
    EXPECT_EQ(previewedPages([&] { actions[1]->trigger(); }), open);
    EXPECT_GE(previewedPages([&] { actions[2]->trigger(); }), 1);
}

TEST_F(FollowUpPageTest, ABinomesDetailPreviewsItsReport) {
    BinomeDetailDialog dialog(workspace, regular);
    auto* button = dialog.findChild<QPushButton*>(u"reportButton"_s);
    ASSERT_NE(button, nullptr);
    EXPECT_GE(previewedPages([&] { button->click(); }), 1);
}

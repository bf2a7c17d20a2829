// The dashboard on the demo organisation with a fixed "today": the tiles show the program's
// statistics and the figures the test counts itself from the services, the charts hold the
// right series, an edit elsewhere updates them without a restart, the at-risk list opens a
// binôme, programs compare side by side, and every chart saves as PNG.
#include "TempDatabase.h"

#include "AtRiskTableModel.h"
#include "BinomeDetailDialog.h"
#include "DashboardCharts.h"
#include "DashboardKpis.h"
#include "DashboardPage.h"
#include "KpiTile.h"
#include "ProgramComparisonModel.h"
#include "Workspace.h"

#include "binome/services/BinomeService.h"
#include "binome/services/DemoService.h"
#include "binome/services/FollowUpService.h"
#include "binome/services/ObjectiveService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SessionService.h"
#include "binome/services/Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace binome;
using namespace binome::gui;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 12, 1);

class DashboardPageTest : public binome::test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        const auto installed = DemoService(db()).install(Today);
        ASSERT_TRUE(installed.ok()) << installed.error().toStdString();
        auto opened = Database::open(path());
        ASSERT_TRUE(opened.ok());
        workspace.setDatabase(std::move(opened).value());
        const auto main =
            ProgramService(workspace.database()).findByName(DemoService::mainProgramName(Today));
        ASSERT_TRUE(main.ok() && main->has_value());
        programId = (*main)->id;
        page = std::make_unique<DashboardPage>(workspace);
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            page->atRiskModel(), QAbstractItemModelTester::FailureReportingMode::Fatal));
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            page->atRiskProxy(), QAbstractItemModelTester::FailureReportingMode::Fatal));
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            page->comparisonModel(), QAbstractItemModelTester::FailureReportingMode::Fatal));
        page->resize(1100, 600);
        page->setToday(Today);
        page->reloadPrograms();
        page->selectProgram(programId);
        page->show();
    }
    void TearDown() override {
        testers.clear();
        page.reset();
    }

    QString tileValue(Kpi::Id id) const {
        KpiTile* tile = page->tile(id);
        return tile ? tile->value() : QString();
    }
    /// The bar sets of a chart's first bar series.
    static QList<QBarSet*> barSets(ChartPanel* panel) {
        if (!panel || !panel->chart() || panel->chart()->series().isEmpty())
            return {};
        auto* series = qobject_cast<QAbstractBarSeries*>(panel->chart()->series().first());
        return series ? series->barSets() : QList<QBarSet*>{};
    }
    static double sum(const QBarSet* set) {
        double total = 0;
        for (int i = 0; i < set->count(); ++i)
            total += set->at(i);
        return total;
    }

    Workspace workspace;
    qint64 programId = 0;
    std::unique_ptr<DashboardPage> page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

} // namespace

TEST_F(DashboardPageTest, TilesShowTheProgramsFiguresAndWhatTheTestCounts) {
    ASSERT_EQ(page->programId(), programId);
    const auto computed = ProgramStatisticsService(workspace.database()).compute(programId, Today);
    ASSERT_TRUE(computed.ok());
    // Every tile: the service's figures, worded.
    const QList<Kpi> kpis = DashboardKpis::of(*computed);
    ASSERT_EQ(kpis.size(), Kpi::Count);
    for (const Kpi& kpi : kpis) {
        KpiTile* tile = page->findChild<KpiTile*>(kpi.key + u"Tile"_s);
        ASSERT_NE(tile, nullptr) << kpi.key.toStdString();
        EXPECT_EQ(tile->value(), kpi.value) << kpi.key.toStdString();
        EXPECT_EQ(tile->label(), kpi.label);
        EXPECT_FALSE(tile->toolTip().isEmpty()) << "says how it is computed";
    }

    // And figures counted here from the services.
    const QList<Binome> binomes = BinomeService(workspace.database()).ofProgram(programId).value();
    int active = 0, paused = 0, ended = 0;
    for (const Binome& b : binomes) {
        active += b.status == BinomeStatus::Active;
        paused += b.status == BinomeStatus::Paused;
        ended += b.status == BinomeStatus::Ended;
    }
    ASSERT_GT(active, 0);
    EXPECT_EQ(tileValue(Kpi::Active), QLocale().toString(active));
    EXPECT_EQ(tileValue(Kpi::Paused), QLocale().toString(paused));
    EXPECT_EQ(tileValue(Kpi::Ended), QLocale().toString(ended));

    int held = 0;
    int minutes = 0;
    for (const Session& s :
         QList<Session>(SessionService(workspace.database()).ofProgram(programId).value()))
        if (!s.planned) {
            ++held;
            minutes += s.minutes;
        }
    ASSERT_GT(held, 0);
    EXPECT_EQ(tileValue(Kpi::SessionsHeld), QLocale().toString(held));
    EXPECT_TRUE(tileValue(Kpi::Hours).contains(QLocale().toString(minutes / 60.0, 'f', 1)))
        << tileValue(Kpi::Hours).toStdString();

    int achieved = 0;
    int counted = 0;
    for (const Objective& o :
         QList<Objective>(ObjectiveService(workspace.database()).ofProgram(programId).value())) {
        achieved += o.status == ObjectiveStatus::Achieved;
        counted += o.status != ObjectiveStatus::Dropped;
    }
    EXPECT_EQ(tileValue(Kpi::ObjectivesAchieved),
              DashboardKpis::tr("%1 of %2")
                  .arg(QLocale().toString(achieved), QLocale().toString(counted)));

    // Cadence: the open binômes the follow-up does not flag at risk.
    int open = 0;
    int keeping = 0;
    for (const FollowUpRow& r :
         QList<FollowUpRow>(FollowUpService(workspace.database()).rows(programId, Today).value()))
        if (r.binome.isOpen()) {
            ++open;
            keeping += (r.flags & FlagAtRisk) ? 0 : 1;
        }
    ASSERT_GT(open, 0);
    EXPECT_EQ(tileValue(Kpi::Cadence), DashboardKpis::percent(double(keeping) / open));
}

TEST_F(DashboardPageTest, ChartsHoldTheProgramsSeries) {
    const ProgramStatistics& s = page->statistics();
    // Sessions per month: one bar per month from the start, summing to the sessions held.
    ChartPanel* sessions = page->chartPanel(DashboardPage::SessionsChart);
    ASSERT_FALSE(sessions->isEmpty());
    QList<QBarSet*> sets = barSets(sessions);
    ASSERT_EQ(sets.size(), 1);
    EXPECT_EQ(sets[0]->count(), s.sessionsPerMonth.size());
    int held = 0;
    for (const Session& session :
         QList<Session>(SessionService(workspace.database()).ofProgram(programId).value()))
        held += session.planned ? 0 : 1;
    EXPECT_EQ(sum(sets[0]), held);
    // Every month from the program's start to today's.
    const Program program = ProgramService(workspace.database())
                                .findByName(DemoService::mainProgramName(Today))
                                ->value();
    ASSERT_TRUE(program.startDate.isValid() && program.startDate <= Today);
    const int monthsRunning = (Today.year() - program.startDate.year()) * 12 + Today.month() -
                              program.startDate.month() + 1;
    EXPECT_EQ(sets[0]->count(), monthsRunning);
    const auto* months =
        qobject_cast<QBarCategoryAxis*>(sessions->chart()->axes(Qt::Horizontal).value(0));
    ASSERT_NE(months, nullptr);
    EXPECT_FALSE(months->titleText().isEmpty());
    EXPECT_EQ(months->count(), sets[0]->count());

    // Objectives by status: the counts the test makes.
    ChartPanel* objectives = page->chartPanel(DashboardPage::ObjectivesChart);
    sets = barSets(objectives);
    ASSERT_EQ(sets.size(), 1);
    ASSERT_EQ(sets[0]->count(), 4);
    int byStatus[4] = {0, 0, 0, 0};
    for (const Objective& o :
         QList<Objective>(ObjectiveService(workspace.database()).ofProgram(programId).value()))
        ++byStatus[static_cast<int>(o.status)];
    for (int status = 0; status < 4; ++status)
        EXPECT_EQ(sets[0]->at(status), byStatus[status]) << "status " << status;

    // Levels per skill: kickoff and latest, one category per re-assessed skill, names on axis.
    ChartPanel* levels = page->chartPanel(DashboardPage::LevelsChart);
    ASSERT_FALSE(levels->isEmpty()) << levels->emptySentence().toStdString();
    sets = barSets(levels);
    ASSERT_EQ(sets.size(), 2);
    int reassessedSkills = 0;
    for (const SkillProgress& p : s.skills)
        reassessedSkills += p.reassessed > 0 ? 1 : 0;
    EXPECT_EQ(sets[0]->count(), std::min(reassessedSkills, 12));
    EXPECT_TRUE(levels->chart()->legend()->isVisible());
    auto* skills = qobject_cast<QBarCategoryAxis*>(levels->chart()->axes(Qt::Vertical).value(0));
    ASSERT_NE(skills, nullptr);
    // The largest gain is drawn on top (the last category of a horizontal bar chart).
    EXPECT_TRUE(skills->categories().last().startsWith(s.skills.first().name.left(10)))
        << skills->categories().last().toStdString();
}

TEST_F(DashboardPageTest, AnEmptyProgramSaysSoInsteadOfEmptyCharts) {
    Program fresh;
    fresh.name = u"Cohorte vide"_s;
    fresh.startDate = Today.addDays(-10);
    fresh.endDate = Today.addMonths(6);
    const auto id = ProgramService(workspace.database()).save(fresh);
    ASSERT_TRUE(id.ok());
    workspace.notifyChanged(Workspace::Programs);
    page->selectProgram(*id);
    for (auto chart : {DashboardPage::SessionsChart, DashboardPage::LevelsChart,
                       DashboardPage::ObjectivesChart}) {
        EXPECT_TRUE(page->chartPanel(chart)->isEmpty()) << chart;
        EXPECT_FALSE(page->chartPanel(chart)->emptySentence().isEmpty()) << chart;
    }
    EXPECT_EQ(page->chartPanel(DashboardPage::SessionsChart)->emptySentence(),
              DashboardCharts::noSession());
    EXPECT_EQ(tileValue(Kpi::Active), QLocale().toString(0));
    EXPECT_EQ(tileValue(Kpi::Cadence), u"—"_s);
    EXPECT_EQ(page->atRiskModel()->rowCount(), 0);
}

TEST_F(DashboardPageTest, AnEditElsewhereUpdatesTheTilesWithoutARestart) {
    const int before = page->statistics().sessionsHeld;
    // A senior's binôme at risk meets today: one more session, one fewer at risk.
    const ProgramStatistics s = page->statistics();
    qint64 atRisk = 0;
    for (const FollowUpRow& r : s.flagged)
        if ((r.flags & FlagAtRisk) && r.binome.status == BinomeStatus::Active) {
            atRisk = r.binome.id;
            break;
        }
    ASSERT_NE(atRisk, 0) << "the demo has a binôme at risk";
    Session session;
    session.binomeId = atRisk;
    session.date = Today;
    session.minutes = 60;
    session.mode = SessionMode::Video;
    ASSERT_TRUE(SessionService(workspace.database()).log(session).ok());
    workspace.notifyChanged(Workspace::FollowUp);
    EXPECT_EQ(page->statistics().sessionsHeld, before + 1);
    EXPECT_EQ(tileValue(Kpi::SessionsHeld), QLocale().toString(before + 1));
    EXPECT_EQ(page->statistics().binomesKeepingCadence, s.binomesKeepingCadence + 1);
    for (int row = 0; row < page->atRiskModel()->rowCount(); ++row) {
        const FollowUpRow& r = page->atRiskModel()->rows().at(row);
        if (r.binome.id == atRisk) {
            EXPECT_FALSE(r.flags & FlagAtRisk);
        }
    }
    // Hidden, it catches up when shown again.
    page->hide();
    ASSERT_TRUE(BinomeService(workspace.database()).pause(atRisk).ok());
    workspace.notifyChanged(Workspace::Binomes);
    page->show();
    EXPECT_EQ(page->statistics().binomesPaused, s.binomesPaused + 1);
    EXPECT_EQ(tileValue(Kpi::Paused), QLocale().toString(s.binomesPaused + 1));
}

TEST_F(DashboardPageTest, TheAtRiskListShowsTheFlaggedBinomesAndOpensOne) {
    int flagged = 0;
    for (const FollowUpRow& r :
         QList<FollowUpRow>(FollowUpService(workspace.database()).rows(programId, Today).value()))
        flagged += r.flags != FlagNone ? 1 : 0;
    ASSERT_GT(flagged, 0);
    EXPECT_EQ(page->atRiskModel()->rowCount(), flagged);
    const QModelIndex first = page->atRiskProxy()->index(0, AtRiskTableModel::ReasonsColumn);
    EXPECT_FALSE(first.data().toString().isEmpty()) << "the flags in words";
    EXPECT_TRUE(page->atRiskProxy()
                    ->index(0, AtRiskTableModel::DaysColumn)
                    .data(AtRiskTableModel::SortRole)
                    .isValid());

    auto* view = page->findChild<QTableView*>(u"atRiskView"_s);
    ASSERT_NE(view, nullptr);
    view->setFocus();
    view->setCurrentIndex(page->atRiskProxy()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    auto* dialog = page->findChild<BinomeDetailDialog*>();
    ASSERT_NE(dialog, nullptr) << "Enter opens the binôme";
    EXPECT_EQ(dialog->binomeId(),
              page->atRiskProxy()->index(0, 0).data(AtRiskTableModel::IdRole).toLongLong());
    dialog->close();
}

TEST_F(DashboardPageTest, ProgramsCompareSideBySide) {
    auto* tabs = page->findChild<QTabWidget*>(u"tabWidget"_s);
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentIndex(1);
    const QList<Program> programs = ProgramService(workspace.database()).list().value();
    ASSERT_EQ(programs.size(), 2) << "the demo's pilot and main program";
    ProgramComparisonModel* model = page->comparisonModel();
    ASSERT_EQ(model->columnCount(), programs.size());
    EXPECT_EQ(model->rowCount(), ProgramComparisonModel::RowCount);
    // The pilot first, then the main program; each column its program's own figures.
    EXPECT_EQ(model->headerData(0, Qt::Horizontal).toString(),
              DemoService::pilotProgramName(Today));
    EXPECT_EQ(model->headerData(1, Qt::Horizontal).toString(), DemoService::mainProgramName(Today));
    for (int column = 0; column < model->columnCount(); ++column) {
        const qint64 id =
            model->index(0, column).data(ProgramComparisonModel::ProgramIdRole).toLongLong();
        const ProgramStatistics s =
            ProgramStatisticsService(workspace.database()).compute(id, Today).value();
        EXPECT_EQ(
            model->index(int(ProgramComparisonModel::FirstKpiRow) + int(Kpi::SessionsHeld), column)
                .data()
                .toString(),
            QLocale().toString(s.sessionsHeld));
        EXPECT_EQ(model->index(int(ProgramComparisonModel::FirstKpiRow) + int(Kpi::Ended), column)
                      .data(ProgramComparisonModel::NumberRole)
                      .toInt(),
                  s.binomesEnded);
    }
    ChartPanel* chart = page->chartPanel(DashboardPage::ComparisonChart);
    ASSERT_FALSE(chart->isEmpty());
    const QList<QBarSet*> sets = barSets(chart);
    ASSERT_EQ(sets.size(), programs.size()) << "one set of bars per program";
    for (const QBarSet* set : sets) {
        EXPECT_EQ(set->count(), 4);
        for (int i = 0; i < set->count(); ++i) {
            EXPECT_GE(set->at(i), 0);
            EXPECT_LE(set->at(i), 100);
        }
    }
}

TEST_F(DashboardPageTest, EveryChartSavesAsPng) {
    auto* tabs = page->findChild<QTabWidget*>(u"tabWidget"_s);
    QTemporaryDir dir;
    for (int chart = 0; chart < DashboardPage::ChartCount; ++chart) {
        if (chart == DashboardPage::ComparisonChart)
            tabs->setCurrentIndex(1);
        ChartPanel* panel = page->chartPanel(DashboardPage::Chart(chart));
        ASSERT_FALSE(panel->isEmpty()) << chart;
        QTest::qWait(10);
        const QString path = dir.filePath(u"chart-%1.png"_s.arg(chart));
        ASSERT_TRUE(panel->saveTo(path)) << chart;
        QImage image;
        ASSERT_TRUE(image.load(path)) << chart;
        const qreal ratio = panel->view()->devicePixelRatioF();
        EXPECT_EQ(image.size(), panel->view()->size() * ratio) << chart;
        EXPECT_GT(image.width(), 200);
        EXPECT_GT(image.height(), 150);
    }
    // A folder that does not exist: reported, no crash.
    QString error;
    QObject::connect(&workspace, &Workspace::errorOccurred, &workspace,
                     [&error](const QString& message) { error = message; });
    EXPECT_FALSE(page->chartPanel(DashboardPage::SessionsChart)
                     ->saveTo(dir.filePath(u"missing/chart.png"_s)));
    EXPECT_FALSE(error.isEmpty());
}

// The page on the demo's main program in French at 1280×720: only when BINOME_SCREENSHOT_DIR
// names a directory.
TEST_F(DashboardPageTest, ScreenshotInFrench) {
    const QString shots = qEnvironmentVariable("BINOME_SCREENSHOT_DIR");
    if (shots.isEmpty())
        GTEST_SKIP() << "set BINOME_SCREENSHOT_DIR to a directory to get the screenshots";
    installTranslations(*qApp, u"fr"_s);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    {
        DashboardPage french(workspace);
        french.resize(1280, 720);
        french.setToday(Today);
        french.reloadPrograms();
        french.selectProgram(programId);
        french.show();
        QTest::qWait(50);
        EXPECT_TRUE(french.grab().save(QDir(shots).filePath(u"dashboard-fr.png"_s)));
        auto* scroll = french.findChild<QWidget*>(u"programContent"_s);
        ASSERT_NE(scroll, nullptr);
        EXPECT_TRUE(scroll->grab().save(QDir(shots).filePath(u"dashboard-fr-full.png"_s)));
        french.findChild<QTabWidget*>(u"tabWidget"_s)->setCurrentIndex(1);
        QTest::qWait(50);
        EXPECT_TRUE(french.grab().save(QDir(shots).filePath(u"dashboard-compare-fr.png"_s)));
    }
    QLocale::setDefault(QLocale::c());
    installTranslations(*qApp, u"en"_s);
}

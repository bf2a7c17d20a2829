// Google Benchmark: a program's statistics and the dashboard page, on a database built once by
// the scale demo (2,000 people: 1,000 binômes with about twenty sessions each, by default).
//
//   build/bench/binome_bench_dashboard [--benchmark_filter=...]
// Environment: BINOME_BENCH_PEOPLE (default 2000) for the size of the scale demo.
#include "DashboardPage.h"
#include "KpiTile.h"
#include "Workspace.h"

#include "binome/exchange/ProgramFile.h"
#include "binome/reports/ProgramStatistics.h"
#include "binome/services/ProgramExportService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/ProgramStatistics.h"
#include "binome/services/ScaleDemo.h"
#include "binome/services/SkillCatalogService.h"
#include "binome/storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

struct Scale {
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    Program program;
    QDate today = QDate::currentDate();
    ScaleDemoSummary summary;

    QString path() const { return dir.filePath(u"scale.sqlite"_s); }
};

[[noreturn]] void fail(const QString& message) {
    std::fprintf(stderr, "binome_bench_dashboard: %s\n", qUtf8Printable(message));
    std::exit(1);
}

std::unique_ptr<Scale> makeScale() {
    auto scale = std::make_unique<Scale>();
    if (!scale->dir.isValid())
        fail(u"no temporary directory"_s);
    auto opened = Database::open(scale->path());
    if (!opened)
        fail(opened.error());
    scale->database = std::move(opened).value();
    bool ok = false;
    int people = qEnvironmentVariableIntValue("BINOME_BENCH_PEOPLE", &ok);
    if (!ok)
        people = 2000;
    QElapsedTimer timer;
    timer.start();
    const auto built = ScaleDemo(*scale->database).build(people, scale->today);
    if (!built)
        fail(built.error());
    scale->summary = *built;
    std::fprintf(stderr,
                 "Scale demo: %d binômes, %d sessions, %d objectives, %d debriefs in %.1f s\n",
                 built->binomes, built->sessions, built->objectives, built->debriefs,
                 double(timer.elapsed()) / 1000.0);
    const auto programs = ProgramService(*scale->database).list();
    if (!programs || programs->isEmpty())
        fail(programs ? u"no program"_s : programs.error());
    scale->program = programs->first();
    return scale;
}

Scale& scale() {
    static const std::unique_ptr<Scale> instance = makeScale();
    return *instance;
}

// Everything: the program, the catalog, one read of the program's data, the figures.
void BM_ProgramStatistics(benchmark::State& state) {
    Scale& s = scale();
    const ProgramStatisticsService service(*s.database);
    for (auto _ : state) {
        const auto stats = service.compute(s.program.id, s.today);
        if (!stats) {
            state.SkipWithError(qUtf8Printable(stats.error()));
            return;
        }
        benchmark::DoNotOptimize(stats->sessionsHeld);
    }
    state.counters["binomes"] = double(s.summary.binomes);
    state.counters["sessions"] = double(s.summary.sessions);
}
BENCHMARK(BM_ProgramStatistics)->Unit(benchmark::kMillisecond)->MinTime(2);

// The figures alone, from data already read (what the C++ adds to the read).
void BM_ProgramStatisticsFromData(benchmark::State& state) {
    Scale& s = scale();
    const auto data = ProgramExportService(*s.database).programData(s.program.id, s.today);
    const auto skills = SkillCatalogService(*s.database).list();
    if (!data || !skills) {
        state.SkipWithError("cannot read the program");
        return;
    }
    QHash<qint64, QString> codes;
    QHash<qint64, QString> names;
    for (const Skill& skill : *skills) {
        codes.insert(skill.id, skill.code);
        names.insert(skill.id, skill.displayName());
    }
    for (auto _ : state) {
        const ProgramStatistics stats =
            computeProgramStatistics(s.program, *data, codes, names, s.today);
        benchmark::DoNotOptimize(stats.sessionsHeld);
    }
}
BENCHMARK(BM_ProgramStatisticsFromData)->Unit(benchmark::kMillisecond)->MinTime(2);

// Opening the dashboard: the figures, the tiles, the three charts and the at-risk list, the
// page sized and shown (offscreen) and painted once.
void BM_DashboardPageOpen(benchmark::State& state) {
    Scale& s = scale();
    auto opened = Database::open(s.path());
    if (!opened) {
        state.SkipWithError(qUtf8Printable(opened.error()));
        return;
    }
    gui::Workspace workspace;
    workspace.setDatabase(std::move(opened).value());
    for (auto _ : state) {
        gui::DashboardPage page(workspace);
        page.resize(1280, 720);
        page.setToday(s.today);
        page.reloadPrograms();
        page.show();
        QCoreApplication::processEvents();
        benchmark::DoNotOptimize(page.grab().width());
    }
}
BENCHMARK(BM_DashboardPageOpen)->Unit(benchmark::kMillisecond)->MinTime(3);

// A change elsewhere (a session logged): the visible page computes and redraws everything.
void BM_DashboardPageReload(benchmark::State& state) {
    Scale& s = scale();
    auto opened = Database::open(s.path());
    if (!opened) {
        state.SkipWithError(qUtf8Printable(opened.error()));
        return;
    }
    gui::Workspace workspace;
    workspace.setDatabase(std::move(opened).value());
    gui::DashboardPage page(workspace);
    page.resize(1280, 720);
    page.setToday(s.today);
    page.reloadPrograms();
    page.show();
    QCoreApplication::processEvents();
    for (auto _ : state) {
        workspace.notifyChanged(gui::Workspace::FollowUp);
        QCoreApplication::processEvents();
        benchmark::DoNotOptimize(page.tile(gui::Kpi::SessionsHeld)->value());
    }
}
BENCHMARK(BM_DashboardPageReload)->Unit(benchmark::kMillisecond)->MinTime(2);

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

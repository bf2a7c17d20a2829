// Google Benchmark: running a program after pairing, on a large database built once by the
// scale demo (20,000 people, 10,000 binômes, 200,000 sessions by default): the follow-up page's
// data and the page itself, sorting and filtering its rows, logging a session, exporting the
// program.
//
//   build/bench/binome_bench_followup [--benchmark_filter=...]
// Environment: BINOME_BENCH_PEOPLE (default 20000) for the size of the scale demo, or
// BINOME_BENCH_DB=file.sqlite to use a copy of a database made by `binome-cli demo --people N`.
#include "FollowUpFilterProxy.h"
#include "FollowUpPage.h"
#include "FollowUpTableModel.h"
#include "Workspace.h"

#include "binome/services/FollowUpService.h"
#include "binome/services/ProgramExportService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/ScaleDemo.h"
#include "binome/services/SessionService.h"
#include "binome/storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

/// The large database, built once for every benchmark.
struct Scale {
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    Program program;
    QDate today = QDate::currentDate();
    QList<FollowUpRow> rows;
    QList<qint64> openBinomes;

    QString path() const { return dir.filePath(u"scale.sqlite"_s); }
};

[[noreturn]] void fail(const QString& message) {
    std::fprintf(stderr, "binome_bench_followup: %s\n", qUtf8Printable(message));
    std::exit(1);
}

std::unique_ptr<Scale> makeScale() {
    auto scale = std::make_unique<Scale>();
    if (!scale->dir.isValid())
        fail(u"no temporary directory"_s);
    const QString given = qEnvironmentVariable("BINOME_BENCH_DB");
    if (!given.isEmpty() && !QFile::copy(given, scale->path()))
        fail(u"cannot copy %1"_s.arg(given));
    auto opened = Database::open(scale->path());
    if (!opened)
        fail(opened.error());
    scale->database = std::move(opened).value();
    QElapsedTimer timer;
    timer.start();
    if (given.isEmpty()) {
        bool ok = false;
        int people = qEnvironmentVariableIntValue("BINOME_BENCH_PEOPLE", &ok);
        if (!ok)
            people = 20000;
        const auto built = ScaleDemo(*scale->database).build(people, scale->today);
        if (!built)
            fail(built.error());
        std::fprintf(stderr,
                     "Scale demo: %d people, %d binômes, %d sessions, %d debriefs in %.1f s\n",
                     built->juniors + built->seniors, built->binomes, built->sessions,
                     built->debriefs, double(timer.elapsed()) / 1000.0);
    }
    const auto programs = ProgramService(*scale->database).list();
    if (!programs || programs->isEmpty())
        fail(programs ? u"no program"_s : programs.error());
    scale->program = programs->first();
    const auto rows = FollowUpService(*scale->database).rows(scale->program.id, scale->today);
    if (!rows)
        fail(rows.error());
    scale->rows = *rows;
    for (const FollowUpRow& row : scale->rows)
        if (row.binome.isOpen())
            scale->openBinomes << row.binome.id;
    return scale;
}

Scale& scale() {
    static const std::unique_ptr<Scale> instance = makeScale();
    return *instance;
}

// The page's data: one row per binôme with its figures and flags, from SQL aggregates.
void BM_FollowUpRows(benchmark::State& state) {
    Scale& s = scale();
    const FollowUpService service(*s.database);
    for (auto _ : state) {
        const auto rows = service.rows(s.program.id, s.today);
        if (!rows)
            state.SkipWithError(qUtf8Printable(rows.error()));
        benchmark::DoNotOptimize(rows->size());
    }
    state.counters["binomes"] = double(s.rows.size());
}
BENCHMARK(BM_FollowUpRows)->Unit(benchmark::kMillisecond)->MinTime(2);

// Opening the follow-up page: the rows, the model, the mentors, the table sized and shown.
void BM_FollowUpPageOpen(benchmark::State& state) {
    Scale& s = scale();
    auto opened = Database::open(s.path());
    if (!opened) {
        state.SkipWithError(qUtf8Printable(opened.error()));
        return;
    }
    gui::Workspace workspace;
    workspace.setDatabase(std::move(opened).value());
    for (auto _ : state) {
        gui::FollowUpPage page(workspace);
        page.resize(1280, 800);
        page.setToday(s.today);
        page.reloadPrograms();
        page.show();
        QCoreApplication::processEvents();
        benchmark::DoNotOptimize(page.model()->rowCount());
    }
}
BENCHMARK(BM_FollowUpPageOpen)->Unit(benchmark::kMillisecond)->MinTime(3);

/// The page's model and proxy over the rows, outside any widget.
struct Table {
    gui::FollowUpTableModel model;
    gui::FollowUpFilterProxy proxy;
    Table() {
        model.setRows(scale().program, scale().rows);
        proxy.setSourceModel(&model);
    }
};

// Sorting the 10,000 rows on a column (alternately ascending and descending).
void BM_FollowUpSort(benchmark::State& state) {
    Table table;
    const int column = int(state.range(0));
    bool ascending = true;
    for (auto _ : state) {
        table.proxy.sort(column, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        ascending = !ascending;
        benchmark::DoNotOptimize(table.proxy.index(0, 0));
    }
    state.SetLabel(
        qUtf8Printable(table.model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()));
}
BENCHMARK(BM_FollowUpSort)
    ->Arg(gui::FollowUpTableModel::SeniorColumn)
    ->Arg(gui::FollowUpTableModel::SessionsColumn)
    ->Arg(gui::FollowUpTableModel::LastSessionColumn)
    ->Arg(gui::FollowUpTableModel::GainColumn)
    ->Arg(gui::FollowUpTableModel::FlagsColumn)
    ->Unit(benchmark::kMillisecond);

// Filtering the rows by words typed (then clearing the filter, alternately), sorted by flags as
// the page is.
void BM_FollowUpFilterWords(benchmark::State& state) {
    Table table;
    table.proxy.sort(gui::FollowUpTableModel::FlagsColumn, Qt::DescendingOrder);
    bool on = true;
    for (auto _ : state) {
        table.proxy.setFilterWords(on ? u"martin"_s : QString());
        on = !on;
        benchmark::DoNotOptimize(table.proxy.rowCount());
    }
}
BENCHMARK(BM_FollowUpFilterWords)->Unit(benchmark::kMillisecond);

// Filtering by a flag (the binômes at risk), then showing all again, alternately.
void BM_FollowUpFilterFlag(benchmark::State& state) {
    Table table;
    table.proxy.sort(gui::FollowUpTableModel::FlagsColumn, Qt::DescendingOrder);
    bool on = true;
    for (auto _ : state) {
        table.proxy.setFlagFilter(on ? int(FlagAtRisk) : int(gui::FollowUpFilterProxy::AllRows));
        on = !on;
        benchmark::DoNotOptimize(table.proxy.rowCount());
    }
}
BENCHMARK(BM_FollowUpFilterFlag)->Unit(benchmark::kMillisecond);

// The same through the page's widgets, as a user types or picks: the proxy, the view, the
// summary and the actions follow.
void BM_FollowUpPageFilterAndSort(benchmark::State& state) {
    Scale& s = scale();
    auto opened = Database::open(s.path());
    if (!opened) {
        state.SkipWithError(qUtf8Printable(opened.error()));
        return;
    }
    gui::Workspace workspace;
    workspace.setDatabase(std::move(opened).value());
    gui::FollowUpPage page(workspace);
    page.resize(1280, 800);
    page.setToday(s.today);
    page.reloadPrograms();
    page.show();
    QCoreApplication::processEvents();
    auto* words = page.findChild<QLineEdit*>(u"filterEdit"_s);
    auto* flags = page.findChild<QComboBox*>(u"flagCombo"_s);
    auto* view = page.findChild<QTableView*>(u"tableView"_s);
    if (!words || !flags || !view) {
        state.SkipWithError("the page's widgets were not found");
        return;
    }
    int step = 0;
    for (auto _ : state) {
        switch (step++ % 6) {
        case 0:
            words->setText(u"martin"_s);
            break;
        case 1:
            words->clear();
            break;
        case 2:
            flags->setCurrentIndex(flags->findData(int(FlagAtRisk)));
            break;
        case 3:
            flags->setCurrentIndex(0);
            break;
        case 4:
            view->sortByColumn(gui::FollowUpTableModel::SeniorColumn, Qt::AscendingOrder);
            break;
        case 5:
            view->sortByColumn(gui::FollowUpTableModel::FlagsColumn, Qt::DescendingOrder);
            break;
        }
        QCoreApplication::processEvents();
        benchmark::DoNotOptimize(page.proxy()->rowCount());
    }
}
BENCHMARK(BM_FollowUpPageFilterAndSort)->Unit(benchmark::kMillisecond);

// Logging one held session (checks and one transaction), on binômes taken in turn.
void BM_LogSession(benchmark::State& state) {
    Scale& s = scale();
    const SessionService service(*s.database);
    qsizetype next = 0;
    for (auto _ : state) {
        Session session;
        session.binomeId = s.openBinomes.at(next++ % s.openBinomes.size());
        session.date = s.today;
        session.minutes = 60;
        session.mode = SessionMode::Video;
        session.notes = u"Benchmark session."_s;
        session.menteeRating = 4;
        const auto id = service.log(session);
        if (!id)
            state.SkipWithError(qUtf8Printable(id.error()));
    }
}
BENCHMARK(BM_LogSession)->Unit(benchmark::kMillisecond);

// binome-cli export program: every binôme with its objectives, sessions and debriefs as JSON.
void BM_ExportProgram(benchmark::State& state) {
    Scale& s = scale();
    const ProgramExportService service(*s.database);
    const QString path = s.dir.filePath(u"program.json"_s);
    for (auto _ : state) {
        const auto written = service.exportProgram(s.program.id, path, s.today);
        if (!written)
            state.SkipWithError(qUtf8Printable(written.error()));
        else
            state.counters["sessions"] = double(written->sessions);
    }
    state.counters["MB"] = double(QFile(path).size()) / 1e6;
}
BENCHMARK(BM_ExportProgram)->Unit(benchmark::kMillisecond)->Iterations(3);

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

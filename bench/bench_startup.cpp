// Google Benchmark: start-up to the first painted window on a large database (the scale demo,
// 20,000 participants by default, built once): constructing the main window, opening the
// database (every page loads what it shows of it) and processing events until the window is
// first painted, under the offscreen platform. Target: under 1 s. Also the whole process,
// `binome --db FILE --quit-after-first-paint`, from its start to its exit.
//
//   build/bench/binome_bench_startup [--benchmark_filter=...]
// Environment: BINOME_BENCH_PEOPLE (default 20000) for the size of the scale demo, or
// BINOME_BENCH_DB=file.sqlite to use a copy of a database made by `binome-cli demo --people N`.
#include "MainWindow.h"

#include "binome/services/BackupService.h"
#include "binome/services/ScaleDemo.h"
#include "binome/services/Translations.h"
#include "binome/storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

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
    ScaleDemoSummary summary;

    QString path() const { return dir.filePath(u"scale.sqlite"_s); }
};

[[noreturn]] void fail(const QString& message) {
    std::fprintf(stderr, "binome_bench_startup: %s\n", qUtf8Printable(message));
    std::exit(1);
}

std::unique_ptr<Scale> makeScale() {
    auto scale = std::make_unique<Scale>();
    if (!scale->dir.isValid())
        fail(u"no temporary directory"_s);
    const QString given = qEnvironmentVariable("BINOME_BENCH_DB");
    if (!given.isEmpty()) {
        if (!QFile::copy(given, scale->path()))
            fail(u"cannot copy %1"_s.arg(given));
        return scale;
    }
    auto opened = Database::open(scale->path());
    if (!opened)
        fail(opened.error());
    bool ok = false;
    int people = qEnvironmentVariableIntValue("BINOME_BENCH_PEOPLE", &ok);
    if (!ok)
        people = 20000;
    QElapsedTimer timer;
    timer.start();
    const auto built = ScaleDemo(*opened.value()).build(people, QDate::currentDate());
    if (!built)
        fail(built.error());
    scale->summary = *built;
    std::fprintf(stderr, "Scale demo: %d people, %d binômes, %d sessions in %.1f s\n",
                 built->juniors + built->seniors, built->binomes, built->sessions,
                 double(timer.elapsed()) / 1000.0);
    return scale;
}

Scale& scale() {
    static const std::unique_ptr<Scale> instance = makeScale();
    return *instance;
}

/// Ends an event loop once the window it watches receives its first paint event; the loop
/// returns when that paint is over (every child painted, the window flushed).
class FirstPaint final : public QObject {
public:
    explicit FirstPaint(QEventLoop& loop)
        : m_loop(loop) {}
    bool painted = false;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            m_loop.quit();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QEventLoop& m_loop;
};

double milliseconds(const QElapsedTimer& timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

// The window made, the database opened, the window shown and painted once. The counters split
// the time: constructing the window (its six pages, empty), opening the database (the pages
// loading their data), and from show() to the end of the first paint. A first start, untimed,
// makes the day's backup of the database: the timed ones are the day's later starts.
void BM_StartupToFirstPaint(benchmark::State& state) {
    const Scale& s = scale();
    if (!gui::MainWindow().openDatabase(s.path())) {
        state.SkipWithError("the database did not open");
        return;
    }
    double construct = 0;
    double open = 0;
    double paint = 0;
    for (auto _ : state) {
        QElapsedTimer step;
        step.start();
        auto window = std::make_unique<gui::MainWindow>();
        construct += milliseconds(step);
        step.restart();
        if (!window->openDatabase(s.path())) {
            state.SkipWithError("the database did not open");
            return;
        }
        open += milliseconds(step);
        step.restart();
        QEventLoop loop;
        FirstPaint watcher(loop);
        window->installEventFilter(&watcher);
        window->resize(1280, 720);
        window->show();
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        if (!watcher.painted) {
            state.SkipWithError("the window was not painted within 30 s");
            return;
        }
        paint += milliseconds(step);

        state.PauseTiming();
        window->removeEventFilter(&watcher);
        window.reset();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
    const auto average = benchmark::Counter::kAvgIterations;
    state.counters["construct_ms"] = benchmark::Counter(construct, average);
    state.counters["open_ms"] = benchmark::Counter(open, average);
    state.counters["paint_ms"] = benchmark::Counter(paint, average);
}
BENCHMARK(BM_StartupToFirstPaint)->Unit(benchmark::kMillisecond)->MinTime(5);

// The whole process as a user starts it: `binome --db FILE --quit-after-first-paint` (loading
// the libraries, Qt, the translations, then the above), from its start to the line "painted" it
// prints once the window has been painted; the counter exit_ms is its start to its exit. With
// first_of_day:1 the day's backup is removed before each run, so that each writes it again, as
// the first start of a day does.
void BM_ProcessStartupToFirstPaint(benchmark::State& state) {
    const Scale& s = scale();
    const bool firstOfDay = state.range(0) != 0;
    double untilExit = 0;
    for (auto _ : state) {
        if (firstOfDay)
            QDir(BackupService::rollingFolder(s.path())).removeRecursively();
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(BINOME_APP_PATH),
                      {u"--db"_s, s.path(), u"--quit-after-first-paint"_s});
        QByteArray out;
        while (!out.contains("painted\n") && process.waitForReadyRead(60000))
            out += process.readAllStandardOutput();
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0 || !out.contains("painted\n")) {
            state.SkipWithError("binome did not quit after its first paint");
            return;
        }
        untilExit += milliseconds(timer);
    }
    state.counters["exit_ms"] = benchmark::Counter(untilExit, benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_ProcessStartupToFirstPaint)
    ->ArgName("first_of_day")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->UseManualTime()
    ->Iterations(1)
    ->Repetitions(10);

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The settings the window reads and writes (last database, geometry) in a home of the
    // benchmark's own, for this process and the binome processes it starts.
    const QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(u"data"_s)));
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(u"Binome"_s);
    QCoreApplication::setApplicationName(u"Binome"_s);
    installTranslations(application);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

// binome: the desktop application. It parses its arguments and opens the main window.
#include "Icons.h"
#include "MainWindow.h"

#include "binome/services/Translations.h"
#include "binome/storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

void describeApplication() {
    QCoreApplication::setOrganizationName(u"Binome"_s);
    QCoreApplication::setApplicationName(u"Binome"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BINOME_VERSION));
}

struct Options {
    QCommandLineOption db{u"db"_s, QCoreApplication::translate("main", "Open this database file."),
                          u"path"_s};
    QCommandLineOption demo{u"demo"_s,
                            QCoreApplication::translate("main", "Open the demo organisation.")};
    /// For the start-up benchmark (docs/benchmarks.md): quit once the window is first painted.
    QCommandLineOption quitAfterFirstPaint = [] {
        QCommandLineOption option(u"quit-after-first-paint"_s);
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        return option;
    }();
};

/// Parses the arguments; --help, --version and a bad option print and exit here.
void parse(QCommandLineParser& parser, const Options& options, const QCoreApplication& app) {
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Reverse-mentoring programs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.db, options.demo, options.quitAfterFirstPaint});
    parser.process(app);
}

/// True when the arguments only ask for text (help, version) or hold an unknown option: then
/// the program prints and exits without needing a display.
bool answersInText(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        if (std::strcmp(arg, "--db") == 0) {
            ++i;
            continue;
        }
        if (arg[0] == '-' && std::strcmp(arg, "--demo") != 0 &&
            std::strncmp(arg, "--db=", 5) != 0 && std::strcmp(arg, "--quit-after-first-paint") != 0)
            return true;
    }
    return false;
}

/// Once the window it watches has been painted and shown on the screen, prints "painted" (the
/// start-up benchmark times the process up to that line) and quits the application.
class QuitAfterFirstPaint final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // Once this paint has reached the screen.
            QTimer::singleShot(0, qApp, [] {
                std::fputs("painted\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char** argv) {
    if (answersInText(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QSettings settings;
        binome::installTranslations(app, settings.value(u"ui/language"_s).toString());
        QCommandLineParser parser;
        const Options options;
        parse(parser, options, app); // exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(u"Binôme"_s);
    QApplication::setWindowIcon(binome::gui::applicationIcon());
    binome::gui::installIconTheme();
    // The desktop entry and icon installed by packaging/ (Wayland's app id).
    QGuiApplication::setDesktopFileName(u"io.github.binome.Binome"_s);
    QSettings settings;
    binome::installTranslations(app, settings.value(u"ui/language"_s).toString());
    QCommandLineParser parser;
    const Options options;
    parse(parser, options, app);

    binome::gui::MainWindow window;
    bool opened = false;
    if (parser.isSet(options.db))
        opened = window.openDatabase(parser.value(options.db));
    else if (parser.isSet(options.demo))
        opened = window.openDemo();
    else
        opened = window.openDatabase(
            settings.value(u"database/last"_s, binome::Database::defaultPath()).toString());
    if (!opened && !parser.isSet(options.db))
        window.openDatabase(binome::Database::defaultPath());
    if (parser.isSet(options.quitAfterFirstPaint))
        window.installEventFilter(new QuitAfterFirstPaint(&window));
    window.show();
    return QApplication::exec();
}

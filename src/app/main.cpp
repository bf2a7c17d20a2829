// binome: the desktop application. It parses its arguments and opens the main window.
#include "MainWindow.h"

#include "binome/services/Translations.h"
#include "binome/storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

using namespace Qt::StringLiterals;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Binome"_s);
    QApplication::setApplicationName(u"Binome"_s);
    QApplication::setApplicationDisplayName(u"Binôme"_s);
    QApplication::setApplicationVersion(QStringLiteral(BINOME_VERSION));
    QSettings settings;
    binome::installTranslations(app, settings.value(u"ui/language"_s).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Reverse-mentoring programs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        u"db"_s, QCoreApplication::translate("main", "Open this database file."), u"path"_s);
    const QCommandLineOption demo(
        u"demo"_s, QCoreApplication::translate("main", "Open the demo organisation."));
    parser.addOptions({db, demo});
    parser.process(app);

    binome::gui::MainWindow window;
    bool opened = false;
    if (parser.isSet(db))
        opened = window.openDatabase(parser.value(db));
    else if (parser.isSet(demo))
        opened = window.openDemo();
    else
        opened = window.openDatabase(
            settings.value(u"database/last"_s, binome::Database::defaultPath()).toString());
    if (!opened && !parser.isSet(db))
        window.openDatabase(binome::Database::defaultPath());
    window.show();
    return QApplication::exec();
}

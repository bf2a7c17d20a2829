// binome-cli: the command-line front end. It parses arguments and calls the services.
#include "Command.h"

#include "binome/services/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QTextStream>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <sys/stat.h>
#include <unistd.h>

using namespace binome::cli;
using namespace Qt::StringLiterals;

namespace {

const std::array commands = {
    Command{"import",
            QT_TRANSLATE_NOOP("cli", "import participants (CSV or JSON) or a session sheet (CSV)"),
            runImport},
    Command{"export",
            QT_TRANSLATE_NOOP("cli", "export participants, a program (JSON), its planned sessions "
                                     "(iCalendar) or its tables (CSV for Excel)"),
            runExport},
    Command{"participants",
            QT_TRANSLATE_NOOP("cli", "archive a person, or erase an archived one for good"),
            runParticipants},
    Command{"programs", QT_TRANSLATE_NOOP("cli", "list and add programs"), runPrograms},
    Command{"skills", QT_TRANSLATE_NOOP("cli", "list the skills catalog"), runSkills},
    Command{"assign",
            QT_TRANSLATE_NOOP("cli", "solve a raw score matrix (rows juniors, columns seniors)"),
            runAssign},
    Command{"pair", QT_TRANSLATE_NOOP("cli", "propose, explain and confirm a program's binômes"),
            runPair},
    Command{"binomes", QT_TRANSLATE_NOOP("cli", "list a program's binômes, end one"), runBinomes},
    Command{"sessions", QT_TRANSLATE_NOOP("cli", "log and list a binôme's sessions"), runSessions},
    Command{"debriefs", QT_TRANSLATE_NOOP("cli", "record a binôme's debrief"), runDebriefs},
    Command{"report",
            QT_TRANSLATE_NOOP("cli", "write a PDF report: a binôme, a program, a participant, "
                                     "introduction letters"),
            runReport},
    Command{"backup", QT_TRANSLATE_NOOP("cli", "write a copy of the whole database"), runBackup},
    Command{"restore",
            QT_TRANSLATE_NOOP("cli", "put a backup in place of the database (checked first)"),
            runRestore},
    Command{"demo", QT_TRANSLATE_NOOP("cli", "fill the database with the demo organisation"),
            runDemo},
};

void printUsage(QTextStream& stream) {
    stream << QCoreApplication::translate("cli",
                                          "Usage: binome-cli [--db PATH] COMMAND [ARGUMENTS...]\n\n"
                                          "Reverse-mentoring programs from the command line.\n\n"
                                          "Options:\n"
                                          "  --db PATH    the database file (default: %1)\n"
                                          "  -h, --help   show this help\n"
                                          "  --version    show the version\n\n"
                                          "Commands:\n")
                  .arg(binome::defaultDatabaseHint());
    for (const Command& command : commands)
        stream << u"  "_s << QString::fromLatin1(command.name).leftJustified(14)
               << QCoreApplication::translate("cli", command.summary) << u'\n';
    stream << QCoreApplication::translate(
        "cli", "\nRun 'binome-cli COMMAND --help' for a command's help.\n");
}

/// The command named on the command line, past the options before it ("" if none).
const char* commandName(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--db") == 0) {
            ++i;
            continue;
        }
        if (argv[i][0] != '-')
            return argv[i];
    }
    return "";
}

/// Reports paint with fonts, which need a GUI application; without a display the CLI chooses
/// the offscreen platform by itself. Every other command needs no more than QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv) {
    if (std::strcmp(commandName(argc, argv), "report") != 0)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a session (a cron job, ssh), Qt would warn on stderr that XDG_RUNTIME_DIR is not
    // set: give it a private folder of ours instead, so that stderr holds only our messages.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/binome-runtime-" +
                                   QByteArray::number(static_cast<qulonglong>(::getuid()));
        if (::mkdir(runtime.constData(), 0700) == 0 || errno == EEXIST)
            qputenv("XDG_RUNTIME_DIR", runtime);
    }
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char** argv) {
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(u"Binome"_s);
    QCoreApplication::setApplicationName(u"Binome"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BINOME_VERSION));
    binome::installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString databasePath;
    while (!args.isEmpty() && args.first().startsWith(u'-')) {
        const QString option = args.takeFirst();
        if (option == u"--db") {
            if (args.isEmpty()) {
                err << QCoreApplication::translate("cli", "binome-cli: --db needs a file path\n");
                return ExitUsage;
            }
            databasePath = args.takeFirst();
        } else if (option.startsWith(u"--db=")) {
            databasePath = option.mid(5);
        } else if (option == u"-h" || option == u"--help") {
            printUsage(out);
            return ExitOk;
        } else if (option == u"--version") {
            out << u"binome-cli "_s << QCoreApplication::applicationVersion() << u'\n';
            return ExitOk;
        } else {
            err << QCoreApplication::translate("cli", "binome-cli: unknown option %1\n")
                       .arg(option);
            printUsage(err);
            return ExitUsage;
        }
    }
    if (args.isEmpty()) {
        printUsage(err);
        return ExitUsage;
    }
    for (const Command& command : commands) {
        if (args.first() == QString::fromLatin1(command.name)) {
            Context context{databasePath, args, out, err};
            return command.run(context);
        }
    }
    err << QCoreApplication::translate("cli", "binome-cli: unknown command '%1'\n")
               .arg(args.first());
    printUsage(err);
    return ExitUsage;
}

// binome-cli backup FILE
#include "CliSupport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace binome::cli {

int runBackup(Context& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s,
                                 QCoreApplication::translate("cli", "Where to write the copy."));
    int exitCode = ExitOk;
    if (!parseArguments(parser, context,
                        QCoreApplication::translate(
                            "cli",
                            "binome-cli backup FILE\n\nWrites a consistent copy of the whole "
                            "database to FILE (readable by you only); open it with --db FILE."),
                        exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        context.err << QCoreApplication::translate("cli", "binome-cli: usage: backup FILE\n");
        return ExitUsage;
    }
    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    const QString file = parser.positionalArguments().first();
    if (Status status = database->backupTo(file); !status) {
        context.err << u"binome-cli: "_s << status.error() << u'\n';
        return ExitFailure;
    }
    context.out << QCoreApplication::translate("cli", "Backup written to %1.\n").arg(file);
    return ExitOk;
}

} // namespace binome::cli

// binome-cli backup FILE [--force]
#include "CliSupport.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace binome::cli {

int runBackup(Context& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s,
                                 QCoreApplication::translate("cli", "Where to write the copy."));
    const QCommandLineOption force(
        u"force"_s, QCoreApplication::translate("cli", "Replace FILE if it already exists."));
    parser.addOption(force);
    int exitCode = ExitOk;
    if (!parseArguments(parser, context,
                        QCoreApplication::translate(
                            "cli", "binome-cli backup FILE [--force]\n\nWrites a consistent copy "
                                   "of the whole database to FILE (readable by you only); open it "
                                   "with --db FILE. An existing FILE is kept unless --force is "
                                   "given; the database's own files are never written over."),
                        exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        context.err << QCoreApplication::translate("cli",
                                                   "binome-cli: usage: backup FILE [--force]\n");
        return ExitUsage;
    }
    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    const QString file = parser.positionalArguments().first();
    const QFileInfo target(file);
    // The database's own files get their own refusal from backupTo, --force or not.
    if (!parser.isSet(force) && (target.exists() || target.isSymLink()) && !target.isDir() &&
        database->ownFileAt(file).isEmpty()) {
        context.err << QCoreApplication::translate(
                           "cli", "binome-cli: %1 already exists; it was left untouched (--force "
                                  "replaces it).\n")
                           .arg(file);
        return ExitFailure;
    }
    const auto overwrite = parser.isSet(force) ? Database::Overwrite::Yes : Database::Overwrite::No;
    if (Status status = database->backupTo(file, overwrite); !status) {
        context.err << u"binome-cli: "_s << status.error() << u'\n';
        return ExitFailure;
    }
    context.out << QCoreApplication::translate("cli", "Backup written to %1.\n").arg(file);
    return ExitOk;
}

} // namespace binome::cli

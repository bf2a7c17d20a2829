// binome-cli restore FILE [--yes]
#include "CliSupport.h"

#include "binome/services/BackupService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace binome::cli {

namespace {

/// What the backup holds, as the user checks it before saying yes.
void printContents(QTextStream& out, const QString& file, const BackupContents& contents) {
    if (contents.schemaVersion < Database::SchemaVersion)
        out << QCoreApplication::translate("cli", "%1: a Binôme database of an older version "
                                                  "(schema %2), upgraded once restored.\n")
                   .arg(file)
                   .arg(contents.schemaVersion);
    else
        out << QCoreApplication::translate("cli", "%1: a Binôme database.\n").arg(file);
    const QString none = QCoreApplication::translate("cli", "none");
    const QList<QStringList> rows = {
        {QCoreApplication::translate("cli", "participants"),
         QString::number(contents.participants)},
        {QCoreApplication::translate("cli", "programs"), QString::number(contents.programs)},
        {QCoreApplication::translate("cli", "binômes"), QString::number(contents.binomes)},
        {QCoreApplication::translate("cli", "sessions"), QString::number(contents.sessions)},
        {QCoreApplication::translate("cli", "last session held"),
         contents.newestSession.isValid() ? contents.newestSession.toString(Qt::ISODate) : none},
    };
    qsizetype width = 0;
    for (const QStringList& row : rows)
        width = std::max(width, row.first().size());
    for (const QStringList& row : rows)
        out << u"  "_s << (row.first() + u':').leftJustified(width + 2) << row.last() << u'\n';
}

/// Asks on the terminal; anything but a yes (or the end of the input) is a no.
bool confirmed(Context& context, const QString& database) {
    context.out << QCoreApplication::translate(
                       "cli", "Restore it in place of %1? The database as it is now is kept "
                              "aside first. [y/N] ")
                       .arg(database);
    context.out.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    const QString yes = QCoreApplication::translate("cli", "yes").toLower();
    return answer == u"y" || answer == u"yes" || (!yes.isEmpty() && answer == yes) ||
           (!yes.isEmpty() && answer == yes.left(1));
}

} // namespace

int runRestore(Context& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s,
                                 QCoreApplication::translate("cli", "The backup to restore."));
    const QCommandLineOption yes(
        u"yes"_s, QCoreApplication::translate("cli", "Restore without asking for confirmation."));
    parser.addOption(yes);
    int exitCode = ExitOk;
    if (!parseArguments(
            parser, context,
            QCoreApplication::translate(
                "cli", "binome-cli restore FILE [--yes]\n\nPuts the backup FILE in place of the "
                       "database. FILE is checked first (a whole SQLite file, a Binôme database, "
                       "not of a newer version); what it holds is shown and confirmed (or --yes). "
                       "The database as it is now is kept aside as "
                       "DATABASE.before-restore-DATE-TIME.sqlite, then replaced in one step; an "
                       "older backup is upgraded. A file that is refused changes nothing."),
            exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(context,
                          QCoreApplication::translate("cli", "usage: restore FILE [--yes]"));
    const QString file = parser.positionalArguments().first();

    // Checked before the database is even opened: a refused file changes nothing at all.
    const auto contents = BackupService::check(file);
    if (!contents) {
        context.err << u"binome-cli: "_s << contents.error() << u'\n';
        return ExitFailure;
    }
    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    printContents(context.out, file, *contents);
    if (!parser.isSet(yes) && !confirmed(context, database->path())) {
        context.err << QCoreApplication::translate(
            "cli", "binome-cli: nothing was restored (not confirmed; --yes confirms).\n");
        return ExitFailure;
    }
    const auto outcome = BackupService(*database).restore(file, QDateTime::currentDateTime());
    if (!outcome) {
        context.err << u"binome-cli: "_s << outcome.error() << u'\n';
        return ExitFailure;
    }
    context.out << QCoreApplication::translate(
                       "cli", "Restored %1 in place of %2. The database as it was is kept in %3.\n")
                       .arg(file, database->path(), outcome->keptAside);
    return ExitOk;
}

} // namespace binome::cli

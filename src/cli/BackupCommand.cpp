// binome-cli backup FILE [--force] | backup --rolling [--keep N] | backup --list [--holding EMAIL]
#include "CliSupport.h"

#include "binome/services/BackupService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace binome::cli {

namespace {

QString shown(const QDateTime& time) {
    return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

void printBackups(QTextStream& out, const QList<BackupEntry>& backups) {
    QList<QStringList> rows;
    for (const BackupEntry& backup : backups)
        rows << QStringList{shown(backup.madeAt), backupKindName(backup.kind), backup.path};
    printTable(out,
               {QCoreApplication::translate("cli", "made"),
                QCoreApplication::translate("cli", "kind"),
                QCoreApplication::translate("cli", "file")},
               rows, {});
}

/// backup --list [--holding EMAIL]
int listBackups(Context& context, const Database& database, const QString& email) {
    const BackupService service(database);
    if (email.isEmpty()) {
        const QList<BackupEntry> backups = service.backups();
        if (backups.isEmpty())
            context.out << QCoreApplication::translate("cli", "No backup of %1 was found.\n")
                               .arg(database.path());
        else
            printBackups(context.out, backups);
        return ExitOk;
    }
    const BackupsHolding found = service.backupsHolding(email);
    if (found.holding.isEmpty())
        context.out << QCoreApplication::translate("cli", "No backup holds %1.\n").arg(email);
    else {
        const int count = static_cast<int>(found.holding.size());
        context.out << QCoreApplication::translate("cli", "%n backup(s) still hold %1:\n", nullptr,
                                                   count)
                           .arg(email);
        printBackups(context.out, found.holding);
    }
    for (const UncheckedBackup& unchecked : found.unchecked)
        context.err << QCoreApplication::translate("cli", "binome-cli: could not be checked: %1\n")
                           .arg(unchecked.reason);
    return ExitOk;
}

/// backup --rolling [--keep N]
int rollNow(Context& context, const Database& database, int keep) {
    const auto written = BackupService(database).rollOnOpen(QDateTime::currentDateTime(), keep);
    if (!written) {
        context.err << u"binome-cli: "_s << written.error() << u'\n';
        return ExitFailure;
    }
    if (keep == 0)
        context.out << QCoreApplication::translate("cli",
                                                   "Daily backups are turned off (keep 0).\n");
    else if (written->isEmpty())
        context.out << QCoreApplication::translate("cli",
                                                   "Today's daily backup is already in %1.\n")
                           .arg(BackupService::rollingFolder(database.path()));
    else
        context.out << QCoreApplication::translate("cli", "Backup written to %1.\n").arg(*written);
    return ExitOk;
}

} // namespace

int runBackup(Context& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s,
                                 QCoreApplication::translate("cli", "Where to write the copy."));
    const QCommandLineOption force(
        u"force"_s, QCoreApplication::translate("cli", "Replace FILE if it already exists."));
    const QCommandLineOption rolling(
        u"rolling"_s, QCoreApplication::translate("cli", "Write today's daily backup in the folder "
                                                         "beside the database, unless one was "
                                                         "already written today, and keep the "
                                                         "newest ones only."));
    const QCommandLineOption keep(
        u"keep"_s,
        QCoreApplication::translate("cli", "With --rolling: how many daily backups to keep (0 "
                                           "writes none; default: the setting, %1 unless set).")
            .arg(BackupService::DefaultRollingCount),
        u"N"_s);
    const QCommandLineOption list(
        u"list"_s, QCoreApplication::translate("cli", "List the backups of the database still on "
                                                      "disk."));
    const QCommandLineOption holding(
        u"holding"_s,
        QCoreApplication::translate("cli", "With --list: only the backups that hold a participant "
                                           "with this e-mail."),
        u"EMAIL"_s);
    parser.addOptions({force, rolling, keep, list, holding});
    int exitCode = ExitOk;
    if (!parseArguments(
            parser, context,
            QCoreApplication::translate(
                "cli", "binome-cli backup FILE [--force]\n"
                       "binome-cli backup --rolling [--keep N]\n"
                       "binome-cli backup --list [--holding EMAIL]\n\nWrites a consistent copy "
                       "of the whole database to FILE (readable by you only); open it with --db "
                       "FILE. An existing FILE is kept unless --force is given; the database's "
                       "own files are never written over. --rolling writes the daily copy the "
                       "desktop program makes when it opens a database (in DATABASE.backups/), "
                       "for a scheduled task. --list shows every backup still on disk."),
            exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const bool listing = parser.isSet(list);
    const bool rollingCopy = parser.isSet(rolling);
    if ((listing || rollingCopy) ? (!positional.isEmpty() || (listing && rollingCopy))
                                 : positional.size() != 1)
        return usageError(context, QCoreApplication::translate(
                                       "cli", "usage: backup FILE [--force] | backup --rolling "
                                              "[--keep N] | backup --list [--holding EMAIL]"));
    int keepCount = BackupService::rollingCountSetting();
    if (parser.isSet(keep)) {
        bool ok = false;
        keepCount = parser.value(keep).toInt(&ok);
        if (!ok || keepCount < 0 || keepCount > BackupService::MaximumRollingCount)
            return usageError(
                context, QCoreApplication::translate("cli", "--keep takes a number from 0 to %1")
                             .arg(BackupService::MaximumRollingCount));
    }
    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    if (listing)
        return listBackups(context, *database, parser.value(holding));
    if (rollingCopy)
        return rollNow(context, *database, keepCount);

    const QString file = positional.first();
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

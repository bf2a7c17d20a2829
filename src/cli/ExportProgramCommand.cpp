// binome-cli export program NAME FILE.json and export calendar (--program NAME | --binome ID)
// FILE.ics; runExport (ParticipantsCommands.cpp) sends them here.
#include "CliSupport.h"

#include "binome/services/BinomeService.h"
#include "binome/services/ProgramExportService.h"
#include "binome/services/ProgramService.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace binome::cli {

namespace {

int failure(Context& context, const QString& message) {
    context.err << u"binome-cli: "_s << message << u'\n';
    return ExitFailure;
}

/// The program named `name`; a usage error when there is none.
bool takeProgram(Context& context, const Database& database, const QString& name, Program& program,
                 int& exitCode) {
    const auto found = ProgramService(database).findByName(name);
    if (!found) {
        exitCode = failure(context, found.error());
        return false;
    }
    if (!found->has_value()) {
        exitCode = usageError(
            context, QCoreApplication::translate("cli", "no program is named \"%1\"").arg(name));
        return false;
    }
    program = found->value();
    return true;
}

QString nativePath(const QString& path) {
    return QDir::toNativeSeparators(path);
}

} // namespace

int runExportProgram(Context& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(u"program"_s,
                                 QCoreApplication::translate("cli", "What to export."));
    parser.addPositionalArgument(u"NAME"_s, QCoreApplication::translate("cli", "The program."));
    parser.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("cli", "FILE.json."));
    int exitCode = ExitOk;
    if (!parseArguments(parser, context,
                        QCoreApplication::translate(
                            "cli", "binome-cli export program NAME FILE.json\n\n"
                                   "Exports the program and every binôme it ever had, with its "
                                   "objectives, sessions, debriefs and flags, as JSON (see "
                                   "docs/command-line.md)."),
                        exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return usageError(
            context, QCoreApplication::translate("cli", "usage: export program NAME FILE.json"));
    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    Program program;
    if (!takeProgram(context, *database, positional.at(1), program, exitCode))
        return exitCode;
    const QString file = positional.at(2);
    const auto summary =
        ProgramExportService(*database).exportProgram(program.id, file, QDate::currentDate());
    if (!summary)
        return failure(context, summary.error());
    context.out << QCoreApplication::translate("cli", "Exported %1 and %2 of \"%3\" to %4.\n")
                       .arg(QCoreApplication::translate("cli", "%n binôme(s)", nullptr,
                                                        summary->binomes),
                            QCoreApplication::translate("cli", "%n session(s)", nullptr,
                                                        summary->sessions),
                            program.name, nativePath(file));
    return ExitOk;
}

int runExportCalendar(Context& context) {
    QCommandLineParser parser;
    const QCommandLineOption programOption(
        u"program"_s, QCoreApplication::translate("cli", "The program's planned sessions."),
        u"name"_s);
    const QCommandLineOption binomeOption(
        u"binome"_s, QCoreApplication::translate("cli", "Only this binôme's planned sessions."),
        u"id"_s);
    parser.addOptions({programOption, binomeOption});
    parser.addPositionalArgument(u"calendar"_s,
                                 QCoreApplication::translate("cli", "What to export."));
    parser.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("cli", "FILE.ics."));
    int exitCode = ExitOk;
    if (!parseArguments(parser, context,
                        QCoreApplication::translate(
                            "cli",
                            "binome-cli export calendar --program NAME FILE.ics\n"
                            "binome-cli export calendar --binome ID FILE.ics\n\n"
                            "Writes the planned sessions of a program's open binômes (or of one "
                            "binôme) as an iCalendar file that Outlook, Thunderbird and other "
                            "calendars open: one event per session at 10:00 for its duration. "
                            "Exporting again updates the same events."),
                        exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || (!parser.isSet(programOption) && !parser.isSet(binomeOption)))
        return usageError(context,
                          QCoreApplication::translate(
                              "cli", "usage: export calendar (--program NAME | --binome ID) "
                                     "FILE.ics"));
    qint64 binomeId = 0;
    if (parser.isSet(binomeOption)) {
        bool ok = false;
        binomeId = parser.value(binomeOption).toLongLong(&ok);
        if (!ok || binomeId <= 0)
            return usageError(
                context, QCoreApplication::translate("cli", "\"%1\" is not a binôme id (a number)")
                             .arg(parser.value(binomeOption)));
    }
    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    Program program;
    if (parser.isSet(programOption) &&
        !takeProgram(context, *database, parser.value(programOption), program, exitCode))
        return exitCode;
    if (binomeId != 0) {
        const auto binome = BinomeService(*database).find(binomeId);
        if (!binome)
            return usageError(context, binome.error());
        if (program.id != 0 && binome->programId != program.id)
            return usageError(context,
                              QCoreApplication::translate("cli", "binôme %1 is not in \"%2\"")
                                  .arg(binomeId)
                                  .arg(program.name));
    }
    const QString file = positional.at(1);
    const ProgramExportService service(*database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto summary = binomeId != 0 ? service.exportBinomeCalendar(binomeId, file, now)
                                       : service.exportProgramCalendar(program.id, file, now);
    if (!summary)
        return failure(context, summary.error());
    context.out << QCoreApplication::translate("cli", "Wrote %n planned session(s) to %1.\n",
                                               nullptr, summary->sessions)
                       .arg(nativePath(file));
    return ExitOk;
}

} // namespace binome::cli

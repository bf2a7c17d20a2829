// binome-cli import participants FILE [--dry-run] and export participants FILE
#include "CliSupport.h"
#include "ImportProgressLine.h"

#include "binome/services/ImportService.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace binome::cli {

namespace {

bool takeParticipantsFile(Context& context, const QCommandLineParser& parser, const char* verb,
                          QString& file) {
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(0) != u"participants") {
        context.err << QCoreApplication::translate("cli",
                                                   "binome-cli: usage: %1 participants FILE\n")
                           .arg(QString::fromLatin1(verb));
        return false;
    }
    file = positional.at(1);
    return true;
}

} // namespace

int runImport(Context& context) {
    // "import sessions FILE": the first word after "import" that is not an option.
    for (qsizetype i = 1; i < context.arguments.size(); ++i) {
        if (context.arguments.at(i).startsWith(u'-'))
            continue;
        if (context.arguments.at(i) == u"sessions")
            return runImportSessions(context);
        break;
    }
    QCommandLineParser parser;
    const QCommandLineOption dryRun(
        u"dry-run"_s, QCoreApplication::translate("cli", "Check the file and say what "
                                                         "would change; write nothing."));
    parser.addOption(dryRun);
    parser.addPositionalArgument(u"participants"_s,
                                 QCoreApplication::translate("cli", "What to import."));
    parser.addPositionalArgument(u"FILE"_s,
                                 QCoreApplication::translate("cli", "A .csv or .json file."));
    int exitCode = ExitOk;
    if (!parseArguments(parser, context,
                        QCoreApplication::translate(
                            "cli", "binome-cli import participants FILE [--dry-run]\n\n"
                                   "Imports participants and their skill levels from CSV or JSON "
                                   "(see docs/participant-files.md). People already there are "
                                   "updated, found by e-mail. If any row is wrong, nothing is "
                                   "written and every problem is listed as FILE:LINE: field: "
                                   "problem."),
                        exitCode))
        return exitCode;
    QString file;
    if (!takeParticipantsFile(context, parser, "import", file))
        return ExitUsage;
    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    ImportService service(*database);
    ImportReport report;
    {
        // On a terminal, a progress line; Ctrl+C cancels, and nothing is written.
        ImportProgressLine progress(context.err);
        report = parser.isSet(dryRun) ? service.preview(file, progress.callbacks())
                                      : service.run(file, progress.callbacks());
    }
    if (report.cancelled) {
        context.err << QCoreApplication::translate("cli", "Cancelled: nothing was imported.\n");
        return ExitInterrupted;
    }
    if (!report.encodingNote.isEmpty())
        context.out << file << u": "_s << report.encodingNote << u'\n';
    for (const ImportProblem& problem : report.problems)
        context.err << problem.toString() << u'\n';
    if (!report.ok()) {
        const int problems = static_cast<int>(report.problems.size());
        context.err << QCoreApplication::translate("cli", "%n problem(s): nothing was imported.\n",
                                                   nullptr, problems);
        return ExitFailure;
    }
    const QString counts = QCoreApplication::translate("cli", "%1 new, %2 updated, %3 unchanged")
                               .arg(report.count(ImportAction::Create))
                               .arg(report.count(ImportAction::Update))
                               .arg(report.count(ImportAction::Unchanged));
    if (parser.isSet(dryRun))
        context.out
            << QCoreApplication::translate("cli", "Dry run, nothing written: %1.\n").arg(counts);
    else {
        const int imported = static_cast<int>(report.rows.size());
        context.out << QCoreApplication::translate("cli", "Imported %n participant(s): %1.\n",
                                                   nullptr, imported)
                           .arg(counts);
    }
    return ExitOk;
}

int runExport(Context& context) {
    // export program and export calendar: ExportProgramCommand.cpp.
    if (context.arguments.value(1) == u"program")
        return runExportProgram(context);
    if (context.arguments.value(1) == u"calendar")
        return runExportCalendar(context);
    // export binomes, sessions and objectives (spreadsheets): ExportTablesCommand.cpp.
    if (context.arguments.value(1) == u"binomes")
        return runExportBinomes(context);
    if (context.arguments.value(1) == u"sessions")
        return runExportSessions(context);
    if (context.arguments.value(1) == u"objectives")
        return runExportObjectives(context);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"participants"_s,
                                 QCoreApplication::translate("cli", "What to export."));
    parser.addPositionalArgument(u"FILE"_s,
                                 QCoreApplication::translate("cli", "FILE.csv or FILE.json."));
    int exitCode = ExitOk;
    if (!parseArguments(parser, context,
                        QCoreApplication::translate(
                            "cli", "binome-cli export participants FILE.csv|FILE.json\n\n"
                                   "Exports every participant with their skills; the file "
                                   "imports back to the same data.\n\n"
                                   "Other exports (each has --help):\n"
                                   "  export program NAME FILE.json\n"
                                   "  export calendar (--program NAME | --binome ID) FILE.ics\n"
                                   "  export binomes --program NAME FILE.csv\n"
                                   "  export sessions --program NAME FILE.csv\n"
                                   "  export objectives --program NAME FILE.csv"),
                        exitCode))
        return exitCode;
    QString file;
    if (!takeParticipantsFile(context, parser, "export", file))
        return ExitUsage;
    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    const auto written = ExportService(*database).exportParticipants(file);
    if (!written) {
        context.err << u"binome-cli: "_s << written.error() << u'\n';
        return ExitFailure;
    }
    context.out << QCoreApplication::translate("cli", "Exported %n participant(s) to %1.\n",
                                               nullptr, *written)
                       .arg(file);
    return ExitOk;
}

} // namespace binome::cli

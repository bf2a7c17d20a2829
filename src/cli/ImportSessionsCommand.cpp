// binome-cli import sessions FILE [--dry-run]
#include "CliSupport.h"
#include "ImportProgressLine.h"

#include "binome/services/SessionImportService.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace binome::cli {

int runImportSessions(Context& context) {
    QCommandLineParser parser;
    const QCommandLineOption dryRun(
        u"dry-run"_s, QCoreApplication::translate("cli", "Check the file and say what "
                                                         "would change; write nothing."));
    parser.addOption(dryRun);
    parser.addPositionalArgument(u"sessions"_s,
                                 QCoreApplication::translate("cli", "What to import."));
    parser.addPositionalArgument(
        u"FILE"_s, QCoreApplication::translate("cli", "A .csv file of sessions, one per row."));
    int exitCode = ExitOk;
    if (!parseArguments(parser, context,
                        QCoreApplication::translate(
                            "cli", "binome-cli import sessions FILE [--dry-run]\n\n"
                                   "Imports the sessions of a sheet the mentors keep (see "
                                   "docs/session-files.md); each row names its binôme by the "
                                   "junior's and the senior's e-mails. Sessions already logged "
                                   "are left as they are. If any row is wrong, nothing is "
                                   "written and every problem is listed as FILE:LINE: field: "
                                   "problem."),
                        exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(0) != u"sessions") {
        context.err << QCoreApplication::translate(
            "cli", "binome-cli: usage: import sessions FILE [--dry-run]\n");
        return ExitUsage;
    }
    const QString file = positional.at(1);
    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    const SessionImportService service(*database);
    SessionImportReport report;
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
    const QString counts = QCoreApplication::translate("cli", "%1 new, %2 unchanged")
                               .arg(report.count(SessionImportAction::Add))
                               .arg(report.count(SessionImportAction::Unchanged));
    if (parser.isSet(dryRun))
        context.out
            << QCoreApplication::translate("cli", "Dry run, nothing written: %1.\n").arg(counts);
    else {
        const int imported = static_cast<int>(report.rows.size());
        context.out << QCoreApplication::translate("cli", "Imported %n session(s): %1.\n", nullptr,
                                                   imported)
                           .arg(counts);
    }
    return ExitOk;
}

} // namespace binome::cli

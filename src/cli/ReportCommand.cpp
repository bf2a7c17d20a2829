// binome-cli report binome|program|participant|letters: dispatches to each report's command.
#include "CliSupport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace binome::cli {

namespace {

void printReportUsage(QTextStream& stream) {
    stream << QCoreApplication::translate(
        "cli", "Usage:\n"
               "  binome-cli report binome ID --pdf OUT.pdf\n"
               "  binome-cli report program NAME --pdf OUT.pdf\n"
               "  binome-cli report participant EMAIL --pdf OUT.pdf [--json OUT.json]\n"
               "  binome-cli report letters --program NAME --pdf OUT.pdf\n\n"
               "Writes an A4 PDF report in the interface's language; no display is needed.\n"
               "Run 'binome-cli report KIND --help' for each kind's options.\n");
}

} // namespace

int runReport(Context& context) {
    const QString kind = context.arguments.value(1);
    if (kind == u"-h" || kind == u"--help") {
        printReportUsage(context.out);
        return ExitOk;
    }
    // Each kind parses its own arguments, named "report KIND ...".
    Context sub{context.databasePath, context.arguments.mid(1), context.out, context.err};
    sub.arguments[0] = u"report "_s + kind;
    if (kind == u"binome")
        return runReportBinome(sub);
    if (kind == u"program")
        return runReportProgram(sub);
    if (kind == u"participant")
        return runReportParticipant(sub);
    if (kind == u"letters")
        return runReportLetters(sub);
    if (kind.isEmpty())
        return usageError(context, QCoreApplication::translate(
                                       "cli", "report needs a kind: binome, program, participant "
                                              "or letters"));
    return usageError(context, QCoreApplication::translate(
                                   "cli", "unknown report '%1': binome, program, participant "
                                          "or letters")
                                   .arg(kind));
}

} // namespace binome::cli

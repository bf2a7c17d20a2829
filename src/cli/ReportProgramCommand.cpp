// binome-cli report program NAME --pdf OUT.pdf [--date YYYY-MM-DD]: a program's PDF report
// (runReport, ReportCommand.cpp, sends it here).
#include "CliSupport.h"

#include "binome/reports/ProgramReport.h"
#include "binome/services/ProgramService.h"
#include "binome/services/ReportService.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace binome::cli {

int runReportProgram(Context& context) {
    QCommandLineParser parser;
    const QCommandLineOption pdfOption(
        u"pdf"_s, QCoreApplication::translate("cli", "The PDF file to write."), u"OUT.pdf"_s);
    const QCommandLineOption dateOption(
        u"date"_s,
        QCoreApplication::translate("cli", "The day the figures and flags are computed for "
                                           "(default: today)."),
        u"YYYY-MM-DD"_s);
    parser.addOptions({pdfOption, dateOption});
    parser.addPositionalArgument(u"NAME"_s, QCoreApplication::translate("cli", "The program."));
    int exitCode = ExitOk;
    if (!parseArguments(
            parser, context,
            QCoreApplication::translate(
                "cli", "binome-cli report program NAME --pdf OUT.pdf [--date YYYY-MM-DD]\n\n"
                       "Writes the program's A4 report in the interface's language: its key "
                       "figures, sessions per month, levels at kickoff and latest per skill, "
                       "objectives by status, the binômes that need attention with the reasons, "
                       "and every binôme with its progress. No display is needed."),
            exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(pdfOption) || parser.value(pdfOption).isEmpty())
        return usageError(
            context, QCoreApplication::translate("cli", "usage: report program NAME --pdf OUT.pdf "
                                                        "[--date YYYY-MM-DD]"));
    QDate asOf = QDate::currentDate();
    if (parser.isSet(dateOption)) {
        asOf = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!asOf.isValid())
            return usageError(
                context, QCoreApplication::translate("cli", "\"%1\" is not a date (YYYY-MM-DD)")
                             .arg(parser.value(dateOption)));
    }
    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    const auto found = ProgramService(*database).findByName(positional.at(0));
    if (!found) {
        context.err << u"binome-cli: "_s << found.error() << u'\n';
        return ExitFailure;
    }
    if (!found->has_value())
        return usageError(
            context,
            QCoreApplication::translate("cli", "no program is named \"%1\"").arg(positional.at(0)));
    const auto data = ReportService(*database).programData(found->value().id, asOf);
    if (!data) {
        context.err << u"binome-cli: "_s << data.error() << u'\n';
        return ExitFailure;
    }
    const QString file = parser.value(pdfOption);
    if (const Status written = programReport(*data).writePdf(file); !written) {
        context.err << u"binome-cli: "_s << written.error() << u'\n';
        return ExitFailure;
    }
    const int binomes = static_cast<int>(data->binomes.size());
    context.out << QCoreApplication::translate("cli",
                                               "Wrote the report of \"%1\" (%n binôme(s)) "
                                               "to %2.\n",
                                               nullptr, binomes)
                       .arg(data->program.name, QDir::toNativeSeparators(file));
    return ExitOk;
}

} // namespace binome::cli

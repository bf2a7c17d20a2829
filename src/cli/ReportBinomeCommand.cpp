// binome-cli report binome ID --pdf OUT.pdf [--date YYYY-MM-DD]: one binôme's PDF report
// (runReport, ReportCommand.cpp, sends it here).
#include "CliSupport.h"

#include "binome/reports/BinomeReport.h"
#include "binome/services/BinomeService.h"
#include "binome/services/ReportService.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace binome::cli {

int runReportBinome(Context& context) {
    QCommandLineParser parser;
    const QCommandLineOption pdfOption(
        u"pdf"_s, QCoreApplication::translate("cli", "The PDF file to write."), u"OUT.pdf"_s);
    const QCommandLineOption dateOption(
        u"date"_s,
        QCoreApplication::translate("cli", "The day the figures and flags are computed for "
                                           "(default: today)."),
        u"YYYY-MM-DD"_s);
    parser.addOptions({pdfOption, dateOption});
    parser.addPositionalArgument(u"ID"_s, QCoreApplication::translate("cli", "The binôme's id."));
    int exitCode = ExitOk;
    if (!parseArguments(parser, context,
                        QCoreApplication::translate(
                            "cli",
                            "binome-cli report binome ID --pdf OUT.pdf [--date YYYY-MM-DD]\n\n"
                            "Writes the binôme's A4 report in the interface's language: "
                            "both people, why they were paired, objectives with starting, "
                            "target and current level, the learner's levels over time, "
                            "sessions, debriefs with comments and ratings. No display is "
                            "needed."),
                        exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(pdfOption) || parser.value(pdfOption).isEmpty())
        return usageError(
            context, QCoreApplication::translate("cli", "usage: report binome ID --pdf OUT.pdf "
                                                        "[--date YYYY-MM-DD]"));
    bool ok = false;
    const qint64 binomeId = positional.at(0).toLongLong(&ok);
    if (!ok || binomeId <= 0)
        return usageError(context,
                          QCoreApplication::translate("cli", "\"%1\" is not a binôme id (a number)")
                              .arg(positional.at(0)));
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
    const auto found = BinomeService(*database).find(binomeId);
    if (!found)
        return usageError(context, found.error());
    const auto data = ReportService(*database).binomeData(binomeId, asOf);
    if (!data) {
        context.err << u"binome-cli: "_s << data.error() << u'\n';
        return ExitFailure;
    }
    const QString file = parser.value(pdfOption);
    const ReportDocument report = binomeReport(*data);
    if (const Status written = report.writePdf(file); !written) {
        context.err << u"binome-cli: "_s << written.error() << u'\n';
        return ExitFailure;
    }
    context.out << QCoreApplication::translate("cli", "Wrote the report of binôme %1 (%2 and %3) "
                                                      "to %4.\n")
                       .arg(QString::number(binomeId), data->detail.senior.fullName(),
                            data->detail.junior.fullName(), QDir::toNativeSeparators(file));
    return ExitOk;
}

} // namespace binome::cli

// binome-cli report letters --program NAME --pdf OUT.pdf [--list LIST.pdf]: one introduction
// letter per open binôme, and the printable list of them. runReport sends it here.
#include "CliSupport.h"

#include "binome/reports/IntroductionLetters.h"
#include "binome/services/ProgramService.h"
#include "binome/services/ReportService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace binome::cli {

namespace {

int failure(Context& context, const QString& message) {
    context.err << u"binome-cli: "_s << message << u'\n';
    return ExitFailure;
}

} // namespace

int runReportLetters(Context& context) {
    QCommandLineParser parser;
    const QCommandLineOption programOption(
        u"program"_s, QCoreApplication::translate("cli", "The program."), u"name"_s);
    const QCommandLineOption pdfOption(
        u"pdf"_s,
        QCoreApplication::translate("cli", "Write the letters, one page per binôme, to this PDF."),
        u"file"_s);
    const QCommandLineOption listOption(
        u"list"_s,
        QCoreApplication::translate("cli", "Write the list of the confirmed binômes to this PDF."),
        u"file"_s);
    parser.addOptions({programOption, pdfOption, listOption});
    int exitCode = ExitOk;
    if (!parseArguments(
            parser, context,
            QCoreApplication::translate(
                "cli",
                "binome-cli report letters --program NAME --pdf OUT.pdf [--list LIST.pdf]\n\n"
                "Introduction letters for the program's open binômes, one A4 page each to "
                "hand to both people: who they are and how to reach each other, why they "
                "were matched, their first objectives, the program's dates and rhythm. "
                "--list writes the list of the confirmed binômes (one row each) as a "
                "separate PDF; either option alone is enough."),
            exitCode))
        return exitCode;
    const QString usage = QCoreApplication::translate(
        "cli", "usage: report letters --program NAME --pdf OUT.pdf [--list LIST.pdf]");
    const QString pdf = parser.value(pdfOption);
    const QString list = parser.value(listOption);
    if (!parser.positionalArguments().isEmpty() || parser.value(programOption).isEmpty() ||
        (pdf.isEmpty() && list.isEmpty()) || (parser.isSet(pdfOption) && pdf.isEmpty()) ||
        (parser.isSet(listOption) && list.isEmpty()))
        return usageError(context, usage);
    if (!pdf.isEmpty() && !list.isEmpty() &&
        QFileInfo(pdf).absoluteFilePath() == QFileInfo(list).absoluteFilePath())
        return usageError(context, QCoreApplication::translate(
                                       "cli", "--pdf and --list must name two different files"));
    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    const QString name = parser.value(programOption);
    const auto found = ProgramService(*database).findByName(name);
    if (!found)
        return failure(context, found.error());
    if (!found->has_value())
        return usageError(
            context, QCoreApplication::translate("cli", "no program is named \"%1\"").arg(name));
    const auto letters = ReportService(*database).letters(found->value().id, QDate::currentDate());
    if (!letters)
        return failure(context, letters.error());
    if (letters->letters.isEmpty())
        return failure(context, QCoreApplication::translate(
                                    "cli", "\"%1\" has no open binôme: confirm its pairing "
                                           "first (binome-cli pair --program \"%1\" --apply)")
                                    .arg(name));
    if (!pdf.isEmpty()) {
        if (const Status written = introductionLettersReport(*letters).writePdf(pdf); !written)
            return failure(context, written.error());
    }
    if (!list.isEmpty()) {
        if (const Status written = confirmedBinomesReport(*letters).writePdf(list); !written) {
            if (!pdf.isEmpty())
                QFile::remove(pdf); // all or nothing
            return failure(context, written.error());
        }
    }
    const int count = static_cast<int>(letters->letters.size());
    if (!pdf.isEmpty())
        context.out << QCoreApplication::translate(
                           "cli", "Wrote %n introduction letter(s) to %1.\n", nullptr, count)
                           .arg(QDir::toNativeSeparators(pdf));
    if (!list.isEmpty())
        context.out << QCoreApplication::translate(
                           "cli", "Wrote the list of %n confirmed binôme(s) to %1.\n", nullptr,
                           count)
                           .arg(QDir::toNativeSeparators(list));
    return ExitOk;
}

} // namespace binome::cli

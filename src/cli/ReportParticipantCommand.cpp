// binome-cli report participant EMAIL --pdf OUT.pdf [--json OUT.json]: everything held about one
// person, for a right-of-access request (GDPR article 15). runReport sends it here.
#include "CliSupport.h"

#include "binome/exchange/ParticipantDossierFile.h"
#include "binome/reports/ParticipantReport.h"
#include "binome/services/ParticipantDossierService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace binome::cli {

int runReportParticipant(Context& context) {
    QCommandLineParser parser;
    const QCommandLineOption pdfOption(
        u"pdf"_s, QCoreApplication::translate("cli", "Write the report as a PDF to this file."),
        u"file"_s);
    const QCommandLineOption jsonOption(
        u"json"_s, QCoreApplication::translate("cli", "Write the same data as JSON to this file."),
        u"file"_s);
    parser.addOptions({pdfOption, jsonOption});
    parser.addPositionalArgument(u"EMAIL"_s,
                                 QCoreApplication::translate("cli", "The participant's e-mail."));
    int exitCode = ExitOk;
    if (!parseArguments(
            parser, context,
            QCoreApplication::translate(
                "cli", "binome-cli report participant EMAIL --pdf OUT.pdf [--json OUT.json]\n\n"
                       "Everything Binôme holds about one person, for a right-of-access request "
                       "(GDPR article 15): their profile and skills, their level history, their "
                       "programs, every binôme they took part in with its objectives, sessions "
                       "and debriefs, and the exclusions that involve them. Other people appear "
                       "by name only. --json writes the same data as JSON (either option alone "
                       "is enough)."),
            exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString usage = QCoreApplication::translate(
        "cli", "usage: report participant EMAIL --pdf OUT.pdf [--json OUT.json]");
    if (positional.size() != 1 || (!parser.isSet(pdfOption) && !parser.isSet(jsonOption)))
        return usageError(context, usage);
    const QString pdf = parser.value(pdfOption);
    const QString json = parser.value(jsonOption);
    if ((parser.isSet(pdfOption) && pdf.isEmpty()) || (parser.isSet(jsonOption) && json.isEmpty()))
        return usageError(context, usage);
    if (!pdf.isEmpty() && !json.isEmpty() &&
        QFileInfo(pdf).absoluteFilePath() == QFileInfo(json).absoluteFilePath())
        return usageError(context, QCoreApplication::translate(
                                       "cli", "--pdf and --json must name two different files"));
    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    const QString email = positional.first();
    const auto dossier = ParticipantDossierService(*database).build(email, QDate::currentDate());
    if (!dossier) {
        context.err << u"binome-cli: "_s << dossier.error() << u'\n';
        return ExitFailure;
    }
    if (!dossier->has_value())
        return usageError(
            context,
            QCoreApplication::translate("cli", "no participant has the e-mail \"%1\"").arg(email));
    const ParticipantDossier& found = dossier->value();
    if (!pdf.isEmpty()) {
        if (const Status written = writeParticipantReport(found, pdf); !written) {
            context.err << u"binome-cli: "_s << written.error() << u'\n';
            return ExitFailure;
        }
    }
    if (!json.isEmpty()) {
        if (const Status written = writeDossierFile(json, found); !written) {
            if (!pdf.isEmpty())
                QFile::remove(pdf); // all or nothing
            context.err << u"binome-cli: "_s << written.error() << u'\n';
            return ExitFailure;
        }
    }
    QStringList files;
    for (const QString& file : {pdf, json})
        if (!file.isEmpty())
            files << QDir::toNativeSeparators(file);
    context.out << QCoreApplication::translate("cli",
                                               "Wrote what is held about %1 (%2, %3) to %4.\n")
                       .arg(found.person.fullName(),
                            QCoreApplication::translate("cli", "%n binôme(s)", nullptr,
                                                        static_cast<int>(found.binomes.size())),
                            QCoreApplication::translate("cli", "%n session(s)", nullptr,
                                                        found.sessionCount()),
                            files.join(QCoreApplication::translate("cli", " and ")));
    return ExitOk;
}

} // namespace binome::cli

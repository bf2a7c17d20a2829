// binome-cli pair --program NAME [--json] [--apply]
#include "CliSupport.h"

#include "binome/services/PairingService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/ProposalDocument.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace binome::cli {

int runPair(Context& context) {
    QCommandLineParser parser;
    const QCommandLineOption program(u"program"_s,
                                     QCoreApplication::translate("cli", "The program."), u"name"_s);
    const QCommandLineOption json(u"json"_s,
                                  QCoreApplication::translate("cli", "Print one JSON object."));
    const QCommandLineOption apply(
        u"apply"_s, QCoreApplication::translate("cli", "Confirm the proposed binômes."));
    parser.addOptions({program, json, apply});
    int exitCode = ExitOk;
    if (!parseArguments(parser, context,
                        QCoreApplication::translate(
                            "cli", "binome-cli pair --program NAME [--json] [--apply]\n\n"
                                   "Proposes the best binômes among the program's enrolled "
                                   "participants, with the program's pairing settings, keeping "
                                   "its confirmed binômes; explains each one and says why anyone "
                                   "is left unmatched. --apply confirms them in one transaction."),
                        exitCode))
        return exitCode;
    if (!parser.isSet(program) || !parser.positionalArguments().isEmpty()) {
        context.err << QCoreApplication::translate(
            "cli", "binome-cli: usage: pair --program NAME [--json] [--apply]\n");
        return ExitUsage;
    }
    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    const auto found = ProgramService(*database).findByName(parser.value(program));
    if (!found || !found->has_value()) {
        context.err << (found ? QCoreApplication::translate(
                                    "cli", "binome-cli: no program is named \"%1\"\n")
                                    .arg(parser.value(program))
                              : u"binome-cli: "_s + found.error() + u'\n');
        return ExitFailure;
    }
    PairingService service(*database);
    const auto proposal = service.propose(found->value().id);
    if (!proposal) {
        context.err << u"binome-cli: "_s << proposal.error() << u'\n';
        return ExitFailure;
    }
    if (parser.isSet(apply)) {
        const auto run = service.confirm(*proposal, PairingService::currentUser());
        if (!run) {
            context.err << u"binome-cli: "_s << run.error() << u'\n';
            return ExitFailure;
        }
    }
    if (parser.isSet(json)) {
        context.out << ProposalDocument::json(*proposal, parser.isSet(apply)) << u'\n';
        return ExitOk;
    }
    const QStringList lines = ProposalDocument::textLines(*proposal);
    for (const QString& line : lines)
        context.out << line << u'\n';
    if (parser.isSet(apply))
        context.out << QCoreApplication::translate("cli", "Confirmed: the binômes are saved.\n");
    return ExitOk;
}

} // namespace binome::cli

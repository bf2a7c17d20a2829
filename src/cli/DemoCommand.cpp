#include "CliSupport.h"

#include "binome/services/DemoService.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace binome::cli {

int runDemo(Context& context) {
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!parseArguments(parser, context,
                        QCoreApplication::translate(
                            "cli", "binome-cli demo\n\nFills the database with the demo "
                                   "organisation: juniors, seniors with their skills, and a "
                                   "pilot program. Running it again updates the same people."),
                        exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        context.err << QCoreApplication::translate("cli", "binome-cli: demo takes no argument\n");
        return ExitUsage;
    }
    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    const auto summary = DemoService(*database).install();
    if (!summary) {
        context.err << u"binome-cli: "_s << summary.error() << u'\n';
        return ExitFailure;
    }
    context.out << QCoreApplication::translate(
                       "cli",
                       "Demo organisation: %1 juniors and %2 seniors (%3 added, %4 updated).\n")
                       .arg(summary->juniors)
                       .arg(summary->seniors)
                       .arg(summary->created)
                       .arg(summary->updated);
    return ExitOk;
}

} // namespace binome::cli

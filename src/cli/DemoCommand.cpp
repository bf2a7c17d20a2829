#include "CliSupport.h"

#include "binome/services/DemoService.h"
#include "binome/services/ScaleDemo.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace binome::cli {

namespace {

int buildScaleDemo(Context& context, const Database& database, const QString& people) {
    bool ok = false;
    const int count = people.toInt(&ok);
    if (!ok) {
        context.err << QCoreApplication::translate(
                           "cli", "binome-cli: --people takes a number of people, not \"%1\"\n")
                           .arg(people);
        return ExitUsage;
    }
    QElapsedTimer timer;
    timer.start();
    const auto summary = ScaleDemo(database).build(count);
    if (!summary) {
        context.err << u"binome-cli: "_s << summary.error() << u'\n';
        return ExitFailure;
    }
    context.out << QCoreApplication::translate(
                       "cli", "Scale demo \"%1\": %2 juniors and %3 seniors, %4 binômes, %5 "
                              "objectives, %6 sessions, %7 debriefs (%8 s).\n")
                       .arg(summary->programName)
                       .arg(summary->juniors)
                       .arg(summary->seniors)
                       .arg(summary->binomes)
                       .arg(summary->objectives)
                       .arg(summary->sessions)
                       .arg(summary->debriefs)
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    return ExitOk;
}

} // namespace

int runDemo(Context& context) {
    QCommandLineParser parser;
    const QCommandLineOption people(
        u"people"_s,
        QCoreApplication::translate("cli", "Instead, build a large synthetic organisation of N "
                                           "people in an empty database, for scale tests."),
        u"N"_s);
    parser.addOption(people);
    int exitCode = ExitOk;
    if (!parseArguments(
            parser, context,
            QCoreApplication::translate(
                "cli", "binome-cli demo [--people N]\n\nFills the database with the demo "
                       "organisation: juniors, seniors with their skills, a pilot program that "
                       "ran a year ago and a program under way for five months, with its "
                       "binômes, objectives, sessions and debriefs. Running it again updates the "
                       "same people and keeps the programs already there."),
            exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        context.err << QCoreApplication::translate("cli", "binome-cli: demo takes no argument\n");
        return ExitUsage;
    }
    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    if (parser.isSet(people))
        return buildScaleDemo(context, *database, parser.value(people));
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
    if (summary->programs > 0)
        context.out << QCoreApplication::translate(
                           "cli", "%n program(s) added: %1 binômes, %2 sessions, %3 debriefs.\n",
                           nullptr, summary->programs)
                           .arg(summary->binomes)
                           .arg(summary->sessions)
                           .arg(summary->debriefs);
    return ExitOk;
}

} // namespace binome::cli

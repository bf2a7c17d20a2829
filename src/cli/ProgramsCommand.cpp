#include "CliSupport.h"

#include "binome/services/ProgramService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace binome::cli {

namespace {

int listPrograms(Context& context, const Database& database, bool json) {
    const auto programs = ProgramService(database).list();
    if (!programs) {
        context.err << u"binome-cli: "_s << programs.error() << u'\n';
        return ExitFailure;
    }
    if (json) {
        QJsonArray array;
        for (const Program& p : *programs)
            array.append(QJsonObject{{u"name"_s, p.name},
                                     {u"start"_s, p.startDate.toString(Qt::ISODate)},
                                     {u"end"_s, p.endDate.toString(Qt::ISODate)},
                                     {u"cadence_days"_s, p.cadenceDays},
                                     {u"description"_s, p.description}});
        context.out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"programs"_s, array}}).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (programs->isEmpty()) {
        context.out << QCoreApplication::translate("cli", "No program yet.\n");
        return ExitOk;
    }
    for (const Program& p : *programs)
        context.out << p.name << u'\t' << p.startDate.toString(Qt::ISODate) << u'\t'
                    << p.endDate.toString(Qt::ISODate) << u'\t'
                    << QCoreApplication::translate("cli", "every %n day(s)", nullptr, p.cadenceDays)
                    << u'\n';
    return ExitOk;
}

int addProgram(Context& context, const Database& database, const QCommandLineParser& parser,
               const QCommandLineOption& start, const QCommandLineOption& end,
               const QCommandLineOption& cadence, const QCommandLineOption& description) {
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        context.err << QCoreApplication::translate(
            "cli", "binome-cli: usage: programs add NAME --start YYYY-MM-DD --end YYYY-MM-DD\n");
        return ExitUsage;
    }
    Program program;
    program.name = positional.at(1);
    program.startDate = QDate::fromString(parser.value(start), Qt::ISODate);
    program.endDate = QDate::fromString(parser.value(end), Qt::ISODate);
    program.description = parser.value(description);
    bool ok = true;
    if (parser.isSet(cadence))
        program.cadenceDays = parser.value(cadence).toInt(&ok);
    if (!ok)
        program.cadenceDays = 0;
    const auto saved = ProgramService(database).save(program);
    if (!saved) {
        context.err << QCoreApplication::translate("cli",
                                                   "binome-cli: the program was not added:\n")
                    << saved.error() << u'\n';
        return ExitFailure;
    }
    context.out << QCoreApplication::translate("cli", "Program \"%1\" added.\n").arg(program.name);
    return ExitOk;
}

int enrolInProgram(Context& context, const Database& database, const QCommandLineParser& parser,
                   const QCommandLineOption& all, const QCommandLineOption& email) {
    const QStringList positional = parser.positionalArguments();
    const QStringList emails = parser.values(email);
    if (positional.size() != 2 || parser.isSet(all) == !emails.isEmpty()) {
        context.err << QCoreApplication::translate(
            "cli", "binome-cli: usage: programs enrol NAME (--all | --email E [--email E ...])\n");
        return ExitUsage;
    }
    ProgramService service(database);
    const auto program = service.findByName(positional.at(1));
    if (!program) {
        context.err << u"binome-cli: "_s << program.error() << u'\n';
        return ExitFailure;
    }
    if (!program->has_value()) {
        context.err << QCoreApplication::translate("cli",
                                                   "binome-cli: no program is named \"%1\"\n")
                           .arg(positional.at(1));
        return ExitFailure;
    }
    const qint64 id = program->value().id;
    const auto added = parser.isSet(all) ? service.enrolAll(id) : service.enrolByEmail(id, emails);
    if (!added) {
        context.err << u"binome-cli: "_s << added.error() << u'\n';
        return ExitFailure;
    }
    const auto enrolled = service.enrolled(id);
    context.out << QCoreApplication::translate("cli",
                                               "%1 newly enrolled; %2 participant(s) in \"%3\".\n")
                       .arg(*added)
                       .arg(enrolled ? enrolled->size() : 0)
                       .arg(program->value().name);
    return ExitOk;
}

} // namespace

int runPrograms(Context& context) {
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("cli", "List as JSON."));
    const QCommandLineOption start(
        u"start"_s, QCoreApplication::translate("cli", "First day (YYYY-MM-DD)."), u"date"_s);
    const QCommandLineOption end(
        u"end"_s, QCoreApplication::translate("cli", "Last day (YYYY-MM-DD)."), u"date"_s);
    const QCommandLineOption cadence(
        u"cadence"_s, QCoreApplication::translate("cli", "Days between sessions (default 14)."),
        u"days"_s);
    const QCommandLineOption description(
        u"description"_s, QCoreApplication::translate("cli", "What the program is about."),
        u"text"_s);
    const QCommandLineOption all(
        u"all"_s, QCoreApplication::translate("cli", "Enrol every active participant."));
    const QCommandLineOption email(
        u"email"_s,
        QCoreApplication::translate("cli", "Enrol the participant with this e-mail (repeatable)."),
        u"address"_s);
    parser.addOptions({json, start, end, cadence, description, all, email});
    parser.addPositionalArgument(
        u"action"_s, QCoreApplication::translate("cli", "list | add NAME | enrol NAME"));
    int exitCode = ExitOk;
    if (!parseArguments(parser, context,
                        QCoreApplication::translate(
                            "cli",
                            "binome-cli programs list [--json]\n"
                            "binome-cli programs add NAME --start YYYY-MM-DD --end YYYY-MM-DD "
                            "[--cadence DAYS] [--description TEXT]\n"
                            "binome-cli programs enrol NAME (--all | --email E [--email E ...])"),
                        exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != u"list" && action != u"add" && action != u"enrol") {
        context.err << QCoreApplication::translate(
            "cli", "binome-cli: programs takes 'list', 'add' or 'enrol'\n");
        return ExitUsage;
    }
    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    if (action == u"list")
        return listPrograms(context, *database, parser.isSet(json));
    if (action == u"enrol")
        return enrolInProgram(context, *database, parser, all, email);
    return addProgram(context, *database, parser, start, end, cadence, description);
}

} // namespace binome::cli

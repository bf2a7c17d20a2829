// binome-cli binomes list --program NAME [--json] and binomes end ID --reason R
#include "CliSupport.h"

#include "binome/exchange/ProgramFile.h"
#include "binome/services/BinomeService.h"
#include "binome/services/FollowUpService.h"
#include "binome/services/ProgramService.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace Qt::StringLiterals;
using ordered = nlohmann::ordered_json;

namespace binome::cli {

namespace {

std::string str(const QString& text) {
    return text.toStdString();
}

ordered isoDate(const QDate& date) {
    return date.isValid() ? ordered(str(date.toString(Qt::ISODate))) : ordered();
}

QString dayText(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

ordered rowJson(const FollowUpRow& row) {
    const Binome& b = row.binome;
    ordered item = ordered::object();
    item["id"] = b.id;
    item["junior"] = str(row.juniorName);
    item["junior_email"] = str(row.juniorEmail);
    item["senior"] = str(row.seniorName);
    item["senior_email"] = str(row.seniorEmail);
    item["status"] = str(binomeStatusToken(b.status));
    item["start"] = isoDate(b.startDate);
    item["end"] = isoDate(b.endDate);
    item["end_reason"] = b.endReason ? ordered(str(endReasonToken(*b.endReason))) : ordered();
    item["sessions_count"] = row.sessionsHeld;
    item["hours"] = std::round(row.hoursHeld() * 100.0) / 100.0;
    item["sessions_planned"] = row.sessionsPlanned;
    item["last_session"] = isoDate(row.lastHeld);
    item["next_session"] = isoDate(row.nextPlanned);
    item["objectives_achieved"] = row.objectivesAchieved;
    item["objectives_total"] = row.objectivesTotal;
    item["objectives_overdue"] = row.objectivesOverdue;
    ordered flags = ordered::array();
    for (const QString& token : followUpFlagTokens(row.flags))
        flags.push_back(str(token));
    item["flags"] = flags;
    return item;
}

QString flagNames(int flags) {
    QStringList names;
    for (const FollowUpFlag flag :
         {FlagAtRisk, FlagObjectiveOverdue, FlagDebriefDue, FlagLowRating}) {
        if (flags & flag)
            names << FollowUpService::flagName(flag);
    }
    return names.join(u", "_s);
}

int listBinomes(Context& context, const QCommandLineParser& parser,
                const QCommandLineOption& program, const QCommandLineOption& json) {
    if (!parser.isSet(program) || parser.positionalArguments().size() != 1)
        return usageError(context, QCoreApplication::translate(
                                       "cli", "usage: binomes list --program NAME [--json]"));
    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    const QString name = parser.value(program);
    const auto found = ProgramService(*database).findByName(name);
    if (!found) {
        context.err << u"binome-cli: "_s << found.error() << u'\n';
        return ExitFailure;
    }
    if (!found->has_value())
        return usageError(
            context, QCoreApplication::translate("cli", "no program is named \"%1\"").arg(name));
    const auto rows = FollowUpService(*database).rows(found->value().id, QDate::currentDate());
    if (!rows) {
        context.err << u"binome-cli: "_s << rows.error() << u'\n';
        return ExitFailure;
    }
    if (parser.isSet(json)) {
        ordered list = ordered::array();
        for (const FollowUpRow& row : *rows)
            list.push_back(rowJson(row));
        ordered document = ordered::object();
        document["program"] = str(found->value().name);
        document["binomes"] = std::move(list);
        context.out << QString::fromStdString(
                           document.dump(2, ' ', false, ordered::error_handler_t::replace))
                    << u'\n';
        return ExitOk;
    }
    if (rows->isEmpty()) {
        context.out << QCoreApplication::translate("cli", "No binôme in \"%1\" yet.\n")
                           .arg(found->value().name);
        return ExitOk;
    }
    const QStringList header{
        QCoreApplication::translate("cli", "ID"),
        QCoreApplication::translate("cli", "Junior"),
        QCoreApplication::translate("cli", "Senior"),
        QCoreApplication::translate("cli", "Status"),
        QCoreApplication::translate("cli", "Start"),
        QCoreApplication::translate("cli", "End"),
        QCoreApplication::translate("cli", "Sessions"),
        QCoreApplication::translate("cli", "Hours"),
        QCoreApplication::translate("cli", "Objectives"),
        QCoreApplication::translate("cli", "Last"),
        QCoreApplication::translate("cli", "Next"),
        QCoreApplication::translate("cli", "Flags"),
    };
    QList<QStringList> table;
    table.reserve(rows->size());
    for (const FollowUpRow& row : *rows)
        table << QStringList{QString::number(row.binome.id),
                             row.juniorName,
                             row.seniorName,
                             binomeStatusDisplayName(row.binome.status),
                             dayText(row.binome.startDate),
                             dayText(row.binome.endDate),
                             QString::number(row.sessionsHeld),
                             QString::number(row.hoursHeld(), 'f', 1),
                             u"%1/%2"_s.arg(row.objectivesAchieved).arg(row.objectivesTotal),
                             dayText(row.lastHeld),
                             dayText(row.nextPlanned),
                             flagNames(row.flags)};
    printTable(context.out, header, table, {0, 6, 7, 8});
    return ExitOk;
}

int endBinome(Context& context, const QCommandLineParser& parser, const QCommandLineOption& reason,
              const QCommandLineOption& note, const QCommandLineOption& date) {
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(context, QCoreApplication::translate(
                                       "cli", "usage: binomes end ID --reason "
                                              "completed|left|mismatch|other [--note TEXT] "
                                              "[--date YYYY-MM-DD]"));
    bool ok = false;
    const qint64 id = positional.at(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(context,
                          QCoreApplication::translate("cli", "\"%1\" is not a binôme id (a number)")
                              .arg(positional.at(1)));
    if (!parser.isSet(reason))
        return usageError(context,
                          QCoreApplication::translate("cli", "binomes end needs --reason "
                                                             "completed|left|mismatch|other"));
    const std::optional<EndReason> why = parseEndReason(parser.value(reason));
    if (!why)
        return usageError(
            context, QCoreApplication::translate("cli", "unknown reason \"%1\": use completed, "
                                                        "left, mismatch or other")
                         .arg(parser.value(reason)));
    const QString noteText = parser.value(note).trimmed();
    if (*why == EndReason::Other && noteText.isEmpty())
        return usageError(context, QCoreApplication::translate(
                                       "cli", "--reason other needs a --note saying why"));
    QDate day = QDate::currentDate();
    if (parser.isSet(date)) {
        day = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!day.isValid())
            return usageError(
                context, QCoreApplication::translate("cli", "\"%1\" is not a date (YYYY-MM-DD)")
                             .arg(parser.value(date)));
    }
    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    const BinomeService service(*database);
    const auto binome = service.find(id);
    if (!binome)
        return usageError(context, binome.error());
    // The rules of an end (open binôme, not before its start) are the service's.
    const auto row = FollowUpService(*database).row(id, day);
    if (Status ended = service.end(id, day, *why, noteText); !ended)
        return usageError(context, ended.error());
    const QString names = row ? u" (%1 / %2)"_s.arg(row->juniorName, row->seniorName) : QString();
    context.out << QCoreApplication::translate("cli", "Binôme %1%2 ended on %3: %4.\n")
                       .arg(id)
                       .arg(names, dayText(day), endReasonDisplayName(*why));
    return ExitOk;
}

} // namespace

int runBinomes(Context& context) {
    QCommandLineParser parser;
    const QCommandLineOption program(
        u"program"_s, QCoreApplication::translate("cli", "The program (list)."), u"name"_s);
    const QCommandLineOption json(u"json"_s,
                                  QCoreApplication::translate("cli", "List as one JSON object."));
    const QCommandLineOption reason(
        u"reason"_s,
        QCoreApplication::translate("cli", "Why it ends: completed, left, mismatch or other."),
        u"reason"_s);
    const QCommandLineOption note(
        u"note"_s, QCoreApplication::translate("cli", "A note on the end (required for other)."),
        u"text"_s);
    const QCommandLineOption date(
        u"date"_s, QCoreApplication::translate("cli", "The last day (YYYY-MM-DD; default today)."),
        u"date"_s);
    parser.addOptions({program, json, reason, note, date});
    parser.addPositionalArgument(u"action"_s, QCoreApplication::translate("cli", "list | end ID"));
    int exitCode = ExitOk;
    if (!parseArguments(parser, context,
                        QCoreApplication::translate(
                            "cli", "binome-cli binomes list --program NAME [--json]\n"
                                   "binome-cli binomes end ID --reason "
                                   "completed|left|mismatch|other [--note TEXT] "
                                   "[--date YYYY-MM-DD]\n\n"
                                   "Lists a program's binômes with their sessions, hours, "
                                   "objectives and the flags that need HR's attention (at risk, "
                                   "objective overdue, debrief due, low rating), ended ones "
                                   "included. 'end' ends an active or paused binôme; it is "
                                   "kept, never deleted."),
                        exitCode))
        return exitCode;
    const QString action = parser.positionalArguments().value(0);
    if (action == u"list")
        return listBinomes(context, parser, program, json);
    if (action == u"end")
        return endBinome(context, parser, reason, note, date);
    return usageError(context, QCoreApplication::translate("cli", "binomes takes 'list' or 'end'"));
}

} // namespace binome::cli

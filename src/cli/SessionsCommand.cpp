// binome-cli sessions add --binome ID ... and sessions list --binome ID [--json]
#include "CliSupport.h"

#include "binome/services/BinomeService.h"
#include "binome/services/SessionService.h"
#include "binome/services/SkillCatalogService.h"

#include <QCoreApplication>
#include <QHash>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using ordered = nlohmann::ordered_json;

namespace binome::cli {

namespace {

std::string str(const QString& text) {
    return text.toStdString();
}

/// The binôme of --binome: a usage error when missing, not a number or unknown.
bool takeBinome(Context& context, const Database& database, const QCommandLineParser& parser,
                const QCommandLineOption& option, Binome& binome, int& exitCode) {
    if (!parser.isSet(option)) {
        exitCode =
            usageError(context, QCoreApplication::translate("cli", "--binome ID is required"));
        return false;
    }
    bool ok = false;
    const qint64 id = parser.value(option).toLongLong(&ok);
    if (!ok || id <= 0) {
        exitCode = usageError(
            context, QCoreApplication::translate("cli", "\"%1\" is not a binôme id (a number)")
                         .arg(parser.value(option)));
        return false;
    }
    auto found = BinomeService(database).find(id);
    if (!found) {
        exitCode = usageError(context, found.error());
        return false;
    }
    binome = std::move(found).value();
    return true;
}

/// An optional whole number from an option; false with a usage error when it is not one.
bool takeNumber(Context& context, const QCommandLineParser& parser,
                const QCommandLineOption& option, std::optional<int>& value, int& exitCode) {
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int number = parser.value(option).trimmed().toInt(&ok);
    if (!ok) {
        exitCode = usageError(
            context, QCoreApplication::translate("cli", "--%1: \"%2\" is not a whole number")
                         .arg(option.names().constFirst(), parser.value(option)));
        return false;
    }
    value = number;
    return true;
}

bool inRange(Context& context, const QString& name, const std::optional<int>& value, int low,
             int high, int& exitCode) {
    if (!value || (*value >= low && *value <= high))
        return true;
    exitCode =
        usageError(context, QCoreApplication::translate("cli", "--%1: %2 is not from %3 to %4")
                                .arg(name)
                                .arg(*value)
                                .arg(low)
                                .arg(high));
    return false;
}

struct SessionOptions {
    QCommandLineOption binome{u"binome"_s, QCoreApplication::translate("cli", "The binôme's id."),
                              u"id"_s};
    QCommandLineOption date{u"date"_s, QCoreApplication::translate("cli", "The day (YYYY-MM-DD)."),
                            u"date"_s};
    QCommandLineOption minutes{
        u"minutes"_s, QCoreApplication::translate("cli", "How long, 1 to 1440 minutes."), u"n"_s};
    QCommandLineOption mode{
        u"mode"_s, QCoreApplication::translate("cli", "in-person, video or phone."), u"mode"_s};
    QCommandLineOption planned{
        u"planned"_s, QCoreApplication::translate("cli", "A meeting to come (default: held).")};
    QCommandLineOption skills{
        u"skills"_s, QCoreApplication::translate("cli", "Skill codes worked on, comma-separated."),
        u"codes"_s};
    QCommandLineOption notes{u"notes"_s, QCoreApplication::translate("cli", "What was done."),
                             u"text"_s};
    QCommandLineOption nextSteps{u"next-steps"_s,
                                 QCoreApplication::translate("cli", "What comes next."), u"text"_s};
    QCommandLineOption menteeRating{
        u"mentee-rating"_s, QCoreApplication::translate("cli", "The senior's rating, 1 to 5."),
        u"n"_s};
    QCommandLineOption mentorRating{
        u"mentor-rating"_s, QCoreApplication::translate("cli", "The junior's rating, 1 to 5."),
        u"n"_s};
    QCommandLineOption json{u"json"_s,
                            QCoreApplication::translate("cli", "List as one JSON object.")};
};

int addSession(Context& context, const QCommandLineParser& parser, const SessionOptions& o) {
    if (parser.positionalArguments().size() != 1)
        return usageError(context, QCoreApplication::translate(
                                       "cli", "sessions add takes options only (see --help)"));
    for (const QCommandLineOption* required : {&o.binome, &o.date, &o.minutes, &o.mode}) {
        if (!parser.isSet(*required))
            return usageError(context, QCoreApplication::translate("cli", "sessions add needs --%1")
                                           .arg(required->names().constFirst()));
    }
    int exitCode = ExitOk;
    Session session;
    session.planned = parser.isSet(o.planned);
    session.date = QDate::fromString(parser.value(o.date), Qt::ISODate);
    if (!session.date.isValid())
        return usageError(context,
                          QCoreApplication::translate("cli", "\"%1\" is not a date (YYYY-MM-DD)")
                              .arg(parser.value(o.date)));
    std::optional<int> minutes;
    if (!takeNumber(context, parser, o.minutes, minutes, exitCode) ||
        !inRange(context, u"minutes"_s, minutes, MinSessionMinutes, MaxSessionMinutes, exitCode))
        return exitCode;
    session.minutes = *minutes;
    const std::optional<SessionMode> mode = parseSessionMode(parser.value(o.mode));
    if (!mode)
        return usageError(context, QCoreApplication::translate(
                                       "cli", "unknown mode \"%1\": use in-person, video or phone")
                                       .arg(parser.value(o.mode)));
    session.mode = *mode;
    if (!takeNumber(context, parser, o.menteeRating, session.menteeRating, exitCode) ||
        !takeNumber(context, parser, o.mentorRating, session.mentorRating, exitCode) ||
        !inRange(context, u"mentee-rating"_s, session.menteeRating, MinRating, MaxRating,
                 exitCode) ||
        !inRange(context, u"mentor-rating"_s, session.mentorRating, MinRating, MaxRating, exitCode))
        return exitCode;
    session.notes = parser.value(o.notes);
    session.nextSteps = parser.value(o.nextSteps);

    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    Binome binome;
    if (!takeBinome(context, *database, parser, o.binome, binome, exitCode))
        return exitCode;
    session.binomeId = binome.id;
    const QStringList codes = parser.values(o.skills).join(u',').split(u',', Qt::SkipEmptyParts);
    if (!codes.isEmpty()) {
        const auto skills = SkillCatalogService(*database).list();
        if (!skills) {
            context.err << u"binome-cli: "_s << skills.error() << u'\n';
            return ExitFailure;
        }
        QHash<QString, qint64> idOf;
        for (const Skill& skill : *skills)
            idOf.insert(skill.code.toLower(), skill.id);
        for (const QString& code : codes) {
            const qint64 id = idOf.value(code.trimmed().toLower(), 0);
            if (id == 0)
                return usageError(context,
                                  QCoreApplication::translate(
                                      "cli", "unknown skill \"%1\" (see binome-cli skills list)")
                                      .arg(code.trimmed()));
            if (!session.skillIds.contains(id))
                session.skillIds << id;
        }
    }
    const SessionService service(*database);
    if (const QList<FieldError> errors = service.check(session); !errors.isEmpty()) {
        QStringList parts;
        for (const FieldError& error : errors)
            parts << (error.field.isEmpty() ? error.message
                                            : fieldLabel(error.field) + u": "_s + error.message);
        return usageError(context, parts.join(u"; "_s));
    }
    const auto id = service.log(session);
    if (!id) {
        context.err << u"binome-cli: "_s << id.error() << u'\n';
        return ExitFailure;
    }
    context.out << *id << u'\n';
    return ExitOk;
}

int listSessions(Context& context, const QCommandLineParser& parser, const SessionOptions& o) {
    if (parser.positionalArguments().size() != 1)
        return usageError(context, QCoreApplication::translate(
                                       "cli", "usage: sessions list --binome ID [--json]"));
    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    int exitCode = ExitOk;
    Binome binome;
    if (!takeBinome(context, *database, parser, o.binome, binome, exitCode))
        return exitCode;
    const auto sessions = SessionService(*database).ofBinome(binome.id);
    const auto skills = SkillCatalogService(*database).list();
    if (!sessions || !skills) {
        context.err << u"binome-cli: "_s << (sessions ? skills.error() : sessions.error()) << u'\n';
        return ExitFailure;
    }
    QHash<qint64, QString> codeOf;
    for (const Skill& skill : *skills)
        codeOf.insert(skill.id, skill.code);
    auto codesOf = [&](const Session& s) {
        QStringList codes;
        for (const qint64 id : s.skillIds)
            codes << codeOf.value(id, QString::number(id));
        return codes;
    };
    if (parser.isSet(o.json)) {
        auto rating = [](const std::optional<int>& r) { return r ? ordered(*r) : ordered(); };
        ordered list = ordered::array();
        for (const Session& s : *sessions) {
            ordered skillList = ordered::array();
            for (const QString& code : codesOf(s))
                skillList.push_back(str(code));
            ordered item = ordered::object();
            item["id"] = s.id;
            item["date"] = str(s.date.toString(Qt::ISODate));
            item["planned"] = s.planned;
            item["minutes"] = s.minutes;
            item["mode"] = str(sessionModeToken(s.mode));
            item["skills"] = skillList;
            item["notes"] = str(s.notes);
            item["next_steps"] = str(s.nextSteps);
            item["mentee_rating"] = rating(s.menteeRating);
            item["mentor_rating"] = rating(s.mentorRating);
            list.push_back(item);
        }
        ordered document = ordered::object();
        document["binome"] = binome.id;
        document["sessions"] = std::move(list);
        context.out << QString::fromStdString(
                           document.dump(2, ' ', false, ordered::error_handler_t::replace))
                    << u'\n';
        return ExitOk;
    }
    if (sessions->isEmpty()) {
        context.out
            << QCoreApplication::translate("cli", "No session for binôme %1 yet.\n").arg(binome.id);
        return ExitOk;
    }
    const QStringList header{
        QCoreApplication::translate("cli", "ID"),
        QCoreApplication::translate("cli", "Date"),
        QCoreApplication::translate("cli", "Status"),
        QCoreApplication::translate("cli", "Minutes"),
        QCoreApplication::translate("cli", "Mode"),
        QCoreApplication::translate("cli", "Skills"),
        QCoreApplication::translate("cli", "Ratings"),
        QCoreApplication::translate("cli", "Notes"),
    };
    auto ratingText = [](const std::optional<int>& r) { return r ? QString::number(*r) : u"-"_s; };
    QList<QStringList> table;
    for (const Session& s : *sessions) {
        QString notes = s.notes.simplified();
        if (notes.size() > 40)
            notes = notes.left(39) + u'…';
        table << QStringList{QString::number(s.id),
                             s.date.toString(Qt::ISODate),
                             s.planned ? QCoreApplication::translate("cli", "planned")
                                       : QCoreApplication::translate("cli", "held"),
                             QString::number(s.minutes),
                             sessionModeDisplayName(s.mode),
                             codesOf(s).join(u", "_s),
                             s.menteeRating || s.mentorRating
                                 ? ratingText(s.menteeRating) + u'/' + ratingText(s.mentorRating)
                                 : QString(),
                             notes};
    }
    printTable(context.out, header, table, {0, 3});
    return ExitOk;
}

} // namespace

int runSessions(Context& context) {
    QCommandLineParser parser;
    const SessionOptions o;
    parser.addOptions({o.binome, o.date, o.minutes, o.mode, o.planned, o.skills, o.notes,
                       o.nextSteps, o.menteeRating, o.mentorRating, o.json});
    parser.addPositionalArgument(u"action"_s, QCoreApplication::translate("cli", "add | list"));
    int exitCode = ExitOk;
    if (!parseArguments(parser, context,
                        QCoreApplication::translate(
                            "cli",
                            "binome-cli sessions add --binome ID --date YYYY-MM-DD --minutes N "
                            "--mode in-person|video|phone [--planned] [--skills CODE,...] "
                            "[--notes TEXT] [--next-steps TEXT] [--mentee-rating N] "
                            "[--mentor-rating N]\n"
                            "binome-cli sessions list --binome ID [--json]\n\n"
                            "Logs a session of a binôme, held (the default) or planned, and prints "
                            "its id; lists a binôme's sessions, the most recent first. Ratings go "
                            "from 1 to 5 and only on held sessions."),
                        exitCode))
        return exitCode;
    const QString action = parser.positionalArguments().value(0);
    if (action == u"add")
        return addSession(context, parser, o);
    if (action == u"list")
        return listSessions(context, parser, o);
    return usageError(context,
                      QCoreApplication::translate("cli", "sessions takes 'add' or 'list'"));
}

} // namespace binome::cli

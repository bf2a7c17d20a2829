// binome-cli debriefs add --binome ID --kind KIND --date YYYY-MM-DD [--level SKILL=N]...
#include "CliSupport.h"

#include "binome/domain/Validation.h"
#include "binome/services/DebriefService.h"
#include "binome/services/ObjectiveService.h"
#include "binome/services/SkillCatalogService.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace binome::cli {

namespace {

struct DebriefOptions {
    QCommandLineOption binome{u"binome"_s, QCoreApplication::translate("cli", "The binôme's id."),
                              u"id"_s};
    QCommandLineOption kind{
        u"kind"_s, QCoreApplication::translate("cli", "kickoff, mid-term, final or ad-hoc."),
        u"kind"_s};
    QCommandLineOption date{u"date"_s, QCoreApplication::translate("cli", "The day (YYYY-MM-DD)."),
                            u"date"_s};
    QCommandLineOption level{
        u"level"_s,
        QCoreApplication::translate(
            "cli", "The learner's new level (0 to 5) on an objective's skill (repeatable)."),
        u"SKILL=N"_s};
    QCommandLineOption comments{u"comments"_s, QCoreApplication::translate("cli", "What was said."),
                                u"text"_s};
};

/// The new levels of --level SKILL=N, by skill id; false with a usage error when one is wrong.
bool takeLevels(Context& context, const Database& database, const QStringList& values,
                QHash<qint64, int>& levels, int& exitCode) {
    if (values.isEmpty())
        return true;
    const auto skills = SkillCatalogService(database).list();
    if (!skills) {
        context.err << u"binome-cli: "_s << skills.error() << u'\n';
        exitCode = ExitFailure;
        return false;
    }
    QHash<QString, qint64> idOf;
    for (const Skill& skill : *skills)
        idOf.insert(skill.code.toLower(), skill.id);
    for (const QString& value : values) {
        const qsizetype equals = value.lastIndexOf(u'=');
        const qint64 id = idOf.value(value.left(equals).trimmed().toLower(), 0);
        bool ok = false;
        const int level = equals > 0 ? value.mid(equals + 1).trimmed().toInt(&ok) : -1;
        if (id == 0 || !ok) {
            exitCode = usageError(
                context, QCoreApplication::translate(
                             "cli", "--level: \"%1\" is not SKILL=N with a skill of the catalog")
                             .arg(value));
            return false;
        }
        levels.insert(id, level);
    }
    return true;
}

int addDebrief(Context& context, const QCommandLineParser& parser, const DebriefOptions& o) {
    if (parser.positionalArguments().size() != 1)
        return usageError(context, QCoreApplication::translate(
                                       "cli", "debriefs add takes options only (see --help)"));
    for (const QCommandLineOption* required : {&o.binome, &o.kind, &o.date}) {
        if (!parser.isSet(*required))
            return usageError(context, QCoreApplication::translate("cli", "debriefs add needs --%1")
                                           .arg(required->names().constFirst()));
    }
    bool ok = false;
    const qint64 binomeId = parser.value(o.binome).toLongLong(&ok);
    if (!ok || binomeId <= 0)
        return usageError(context,
                          QCoreApplication::translate("cli", "\"%1\" is not a binôme id (a number)")
                              .arg(parser.value(o.binome)));
    const std::optional<DebriefKind> kind = parseDebriefKind(parser.value(o.kind));
    if (!kind)
        return usageError(context,
                          QCoreApplication::translate(
                              "cli", "unknown kind \"%1\": use kickoff, mid-term, final or ad-hoc")
                              .arg(parser.value(o.kind)));
    const QDate date = QDate::fromString(parser.value(o.date), Qt::ISODate);
    if (!date.isValid())
        return usageError(context,
                          QCoreApplication::translate("cli", "\"%1\" is not a date (YYYY-MM-DD)")
                              .arg(parser.value(o.date)));

    auto database = openDatabase(context);
    if (!database)
        return ExitFailure;
    int exitCode = ExitOk;
    QHash<qint64, int> levels;
    if (!takeLevels(context, *database, parser.values(o.level), levels, exitCode))
        return exitCode;
    const DebriefService service(*database);
    auto prepared = service.prepare(binomeId, *kind, date);
    if (!prepared)
        return usageError(context, prepared.error());
    Debrief debrief = std::move(prepared).value();
    debrief.comments = parser.value(o.comments);
    if (!levels.isEmpty()) {
        // As the debrief dialog does: a new level goes on the review of each open objective
        // of that skill.
        const auto objectives = ObjectiveService(*database).ofBinome(binomeId);
        if (!objectives) {
            context.err << u"binome-cli: "_s << objectives.error() << u'\n';
            return ExitFailure;
        }
        QHash<qint64, qint64> skillOf;
        for (const Objective& objective : *objectives)
            skillOf.insert(objective.id, objective.skillId);
        QHash<qint64, int> unused = levels;
        for (ObjectiveReview& review : debrief.reviews) {
            const qint64 skillId = skillOf.value(review.objectiveId);
            if (levels.contains(skillId)) {
                review.newLevel = levels.value(skillId);
                unused.remove(skillId);
            }
        }
        if (!unused.isEmpty())
            return usageError(context,
                              QCoreApplication::translate(
                                  "cli", "--level: binôme %1 has no open objective on that skill")
                                  .arg(binomeId));
    }
    if (const QList<FieldError> errors = service.check(debrief); !errors.isEmpty()) {
        QStringList parts;
        for (const FieldError& error : errors)
            parts << (error.field.isEmpty() ? error.message
                                            : fieldLabel(error.field) + u": "_s + error.message);
        return usageError(context, parts.join(u"; "_s));
    }
    const auto id = service.record(debrief);
    if (!id) {
        context.err << u"binome-cli: "_s << id.error() << u'\n';
        return ExitFailure;
    }
    context.out << *id << u'\n';
    return ExitOk;
}

} // namespace

int runDebriefs(Context& context) {
    QCommandLineParser parser;
    const DebriefOptions o;
    parser.addOptions({o.binome, o.kind, o.date, o.level, o.comments});
    parser.addPositionalArgument(u"action"_s, QCoreApplication::translate("cli", "add"));
    int exitCode = ExitOk;
    if (!parseArguments(
            parser, context,
            QCoreApplication::translate(
                "cli", "binome-cli debriefs add --binome ID --kind kickoff|mid-term|final|ad-hoc "
                       "--date YYYY-MM-DD [--level SKILL=N ...] [--comments TEXT]\n\n"
                       "Records a debrief of a binôme and prints its id: each open objective is "
                       "reviewed (a not-started one becomes in progress), and each --level is the "
                       "learner's new level on that objective's skill, in one transaction."),
            exitCode))
        return exitCode;
    if (parser.positionalArguments().value(0) == u"add")
        return addDebrief(context, parser, o);
    return usageError(context, QCoreApplication::translate("cli", "debriefs takes 'add'"));
}

} // namespace binome::cli

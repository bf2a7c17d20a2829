#include "binome/services/TableExportService.h"

#include "binome/services/FollowUpService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramExportService.h"
#include "binome/services/SkillCatalogService.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

QString isoDate(const QDate& date) {
    return date.isValid() ? date.toString(u"yyyy-MM-dd"_s) : QString();
}

/// A number with the decimal separator of the interface's locale and no group separator
/// ("1234,5" in French): what Excel reads as a number in that locale.
QString decimal(double value, int decimals) {
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', decimals);
}

QString optionalNumber(const std::optional<int>& value) {
    return value ? QString::number(*value) : QString();
}

/// The short names of the flags, as the Follow-up page shows them ("At risk, Low rating").
QString flagNames(int flags) {
    QStringList names;
    for (const FollowUpFlag flag :
         {FlagAtRisk, FlagObjectiveOverdue, FlagDebriefDue, FlagLowRating}) {
        if (flags & flag)
            names << FollowUpService::flagName(flag);
    }
    return names.join(u", "_s);
}

/// "genai 1→4, linkedin 0→3" for a senior's gaps, largest priority-weighted first; the levels
/// for a junior: the Participants page's "Skills and gaps".
QString skillsSummary(const Participant& p) {
    QStringList parts;
    if (p.role == Role::Senior) {
        QList<SkillAssessment> gaps;
        for (const SkillAssessment& s : p.skills) {
            if (s.gap() > 0)
                gaps << s;
        }
        std::stable_sort(
            gaps.begin(), gaps.end(), [](const SkillAssessment& a, const SkillAssessment& b) {
                return a.priority.value_or(0) * a.gap() > b.priority.value_or(0) * b.gap();
            });
        for (const SkillAssessment& s : gaps)
            parts << u"%1 %2→%3"_s.arg(s.skillCode).arg(s.level.value_or(0)).arg(*s.target);
    } else {
        for (const SkillAssessment& s : p.skills) {
            if (s.level)
                parts << u"%1 %2"_s.arg(s.skillCode).arg(*s.level);
        }
    }
    return parts.join(u", "_s);
}

/// The catalog, archived skills included, by id.
Result<QHash<qint64, Skill>> skillsById(const Database& database) {
    const auto skills = SkillCatalogService(database).list();
    if (!skills)
        return Error{skills.error()};
    QHash<qint64, Skill> byId;
    byId.reserve(skills->size());
    for (const Skill& skill : *skills)
        byId.insert(skill.id, skill);
    return byId;
}

QString skillName(const QHash<qint64, Skill>& skills, qint64 id) {
    const auto skill = skills.constFind(id);
    return skill == skills.cend() ? QString::number(id) : skill->displayName();
}

} // namespace

Result<SpreadsheetTable> TableExportService::participants() const {
    const auto people = ParticipantService(m_database).list();
    if (!people)
        return Error{people.error()};
    SpreadsheetTable table;
    table.header = {QCoreApplication::translate("TableExportService", "Name"),
                    QCoreApplication::translate("TableExportService", "Role"),
                    QCoreApplication::translate("TableExportService", "Department"),
                    QCoreApplication::translate("TableExportService", "Site"),
                    QCoreApplication::translate("TableExportService", "Skills and gaps"),
                    QCoreApplication::translate("TableExportService", "E-mail"),
                    QCoreApplication::translate("TableExportService", "Job title"),
                    QCoreApplication::translate("TableExportService", "Languages"),
                    QCoreApplication::translate("TableExportService", "Status")};
    table.rows.reserve(people->size());
    for (const Participant& p : *people) {
        table.rows << QStringList{
            p.fullName(),
            roleDisplayName(p.role),
            p.department,
            p.site,
            skillsSummary(p),
            p.email,
            p.jobTitle,
            p.languages.join(u", "_s),
            p.archived ? QCoreApplication::translate("TableExportService", "Archived")
                       : QCoreApplication::translate("TableExportService", "Active")};
    }
    return table;
}

Result<SpreadsheetTable> TableExportService::binomes(qint64 programId, const QDate& today) const {
    const auto rows = FollowUpService(m_database).rows(programId, today);
    if (!rows)
        return Error{rows.error()};
    SpreadsheetTable table;
    table.header = {QCoreApplication::translate("TableExportService", "Junior (mentor)"),
                    QCoreApplication::translate("TableExportService", "Senior (mentee)"),
                    QCoreApplication::translate("TableExportService", "Status"),
                    QCoreApplication::translate("TableExportService", "Start"),
                    QCoreApplication::translate("TableExportService", "End"),
                    QCoreApplication::translate("TableExportService", "Sessions held"),
                    QCoreApplication::translate("TableExportService", "Hours"),
                    QCoreApplication::translate("TableExportService", "Last session"),
                    QCoreApplication::translate("TableExportService", "Next session"),
                    QCoreApplication::translate("TableExportService", "Objectives achieved"),
                    QCoreApplication::translate("TableExportService", "Objectives (not dropped)"),
                    QCoreApplication::translate("TableExportService", "Average level gain"),
                    QCoreApplication::translate("TableExportService", "Flags")};
    table.rows.reserve(rows->size());
    for (const FollowUpRow& r : *rows) {
        table.rows << QStringList{r.juniorName,
                                  r.seniorName,
                                  binomeStatusDisplayName(r.binome.status),
                                  isoDate(r.binome.startDate),
                                  isoDate(r.binome.endDate),
                                  QString::number(r.sessionsHeld),
                                  decimal(r.hoursHeld(), 2),
                                  isoDate(r.lastHeld),
                                  isoDate(r.nextPlanned),
                                  QString::number(r.objectivesAchieved),
                                  QString::number(r.objectivesTotal),
                                  r.averageGain ? decimal(*r.averageGain, 2) : QString(),
                                  flagNames(r.flags)};
    }
    return table;
}

Result<SpreadsheetTable> TableExportService::sessions(qint64 programId) const {
    // The flags are not part of this table: the day they are computed for does not matter.
    const auto data = ProgramExportService(m_database).programData(programId, QDate::currentDate());
    if (!data)
        return Error{data.error()};
    const auto skills = skillsById(m_database);
    if (!skills)
        return Error{skills.error()};
    SpreadsheetTable table;
    table.header = {QCoreApplication::translate("TableExportService", "Junior (mentor)"),
                    QCoreApplication::translate("TableExportService", "Senior (mentee)"),
                    QCoreApplication::translate("TableExportService", "Date"),
                    QCoreApplication::translate("TableExportService", "Held or planned"),
                    QCoreApplication::translate("TableExportService", "Minutes"),
                    QCoreApplication::translate("TableExportService", "Mode"),
                    QCoreApplication::translate("TableExportService", "Skills"),
                    QCoreApplication::translate("TableExportService", "Notes"),
                    QCoreApplication::translate("TableExportService", "Next steps"),
                    QCoreApplication::translate("TableExportService", "Mentee rating"),
                    QCoreApplication::translate("TableExportService", "Mentor rating")};
    for (const ProgramFileBinome& binome : *data) {
        QList<Session> sessions = binome.sessions;
        std::stable_sort(sessions.begin(), sessions.end(),
                         [](const Session& a, const Session& b) { return a.date < b.date; });
        for (const Session& s : std::as_const(sessions)) {
            QStringList skillNames;
            for (const qint64 id : s.skillIds)
                skillNames << skillName(*skills, id);
            table.rows << QStringList{
                binome.row.juniorName,
                binome.row.seniorName,
                isoDate(s.date),
                s.planned ? QCoreApplication::translate("TableExportService", "Planned")
                          : QCoreApplication::translate("TableExportService", "Held"),
                QString::number(s.minutes),
                sessionModeDisplayName(s.mode),
                skillNames.join(u", "_s),
                s.notes,
                s.nextSteps,
                optionalNumber(s.menteeRating),
                optionalNumber(s.mentorRating)};
        }
    }
    return table;
}

Result<SpreadsheetTable> TableExportService::objectives(qint64 programId) const {
    const auto data = ProgramExportService(m_database).programData(programId, QDate::currentDate());
    if (!data)
        return Error{data.error()};
    const auto skills = skillsById(m_database);
    if (!skills)
        return Error{skills.error()};
    const auto people = ParticipantService(m_database).list();
    if (!people)
        return Error{people.error()};
    QHash<qint64, const Participant*> byId;
    byId.reserve(people->size());
    for (const Participant& p : *people)
        byId.insert(p.id, &p);

    SpreadsheetTable table;
    table.header = {QCoreApplication::translate("TableExportService", "Junior (mentor)"),
                    QCoreApplication::translate("TableExportService", "Senior (mentee)"),
                    QCoreApplication::translate("TableExportService", "Learner"),
                    QCoreApplication::translate("TableExportService", "Skill"),
                    QCoreApplication::translate("TableExportService", "Starting level"),
                    QCoreApplication::translate("TableExportService", "Target level"),
                    QCoreApplication::translate("TableExportService", "Current level"),
                    QCoreApplication::translate("TableExportService", "Due"),
                    QCoreApplication::translate("TableExportService", "Status"),
                    QCoreApplication::translate("TableExportService", "Description")};
    for (const ProgramFileBinome& binome : *data) {
        for (const Objective& o : binome.objectives) {
            const qint64 learnerId = o.learner == Learner::Senior ? binome.row.binome.seniorId
                                                                  : binome.row.binome.juniorId;
            // The learner's current level is the latest of their level history.
            QString current;
            const Participant* learner = byId.value(learnerId);
            const auto skill = skills->constFind(o.skillId);
            if (learner && skill != skills->cend()) {
                if (const SkillAssessment* s = learner->skill(skill->code))
                    current = optionalNumber(s->level);
            }
            table.rows << QStringList{binome.row.juniorName,
                                      binome.row.seniorName,
                                      learnerDisplayName(o.learner),
                                      skillName(*skills, o.skillId),
                                      QString::number(o.startLevel),
                                      QString::number(o.targetLevel),
                                      current,
                                      isoDate(o.dueDate),
                                      objectiveStatusDisplayName(o.status),
                                      o.description};
        }
    }
    return table;
}

Result<SpreadsheetTable> TableExportService::table(SpreadsheetKind kind, qint64 programId,
                                                   const QDate& today) const {
    switch (kind) {
    case SpreadsheetKind::Participants:
        return participants();
    case SpreadsheetKind::Binomes:
        return binomes(programId, today);
    case SpreadsheetKind::Sessions:
        return sessions(programId);
    case SpreadsheetKind::Objectives:
        return objectives(programId);
    }
    return Error{QString()};
}

Result<int> TableExportService::exportTable(SpreadsheetKind kind, qint64 programId,
                                            const QString& path, const QDate& today) const {
    const auto made = table(kind, programId, today);
    if (!made)
        return Error{made.error()};
    if (Status written = writeSpreadsheetCsv(path, *made); !written)
        return Error{written.error()};
    return static_cast<int>(made->rows.size());
}

} // namespace binome

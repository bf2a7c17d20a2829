#include "binome/services/DebriefService.h"

#include "binome/storage/BinomeRepository.h"
#include "binome/storage/Database.h"
#include "binome/storage/FollowUpRepository.h"
#include "binome/storage/ProgramRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

qint64 learnerId(const Binome& binome, const Objective& objective) {
    return objective.learner == Learner::Junior ? binome.juniorId : binome.seniorId;
}

} // namespace

QList<QPair<DebriefKind, QDate>> DebriefService::dueDates(const Program& program) {
    const qint64 length = program.startDate.daysTo(program.endDate);
    return {{DebriefKind::Kickoff, program.startDate},
            {DebriefKind::MidTerm, program.startDate.addDays(length / 2)},
            {DebriefKind::Final, program.endDate}};
}

Result<Debrief> DebriefService::prepare(qint64 binomeId, DebriefKind kind,
                                        const QDate& date) const {
    const auto binome = BinomeRepository(m_database).find(binomeId);
    if (!binome)
        return Error{binome.error()};
    if (!*binome)
        return Error{QCoreApplication::translate("DebriefService", "Binôme %1 does not exist.")
                         .arg(binomeId)};
    Debrief debrief;
    debrief.binomeId = binomeId;
    debrief.kind = kind;
    debrief.date = date;
    const auto objectives = ObjectiveRepository(m_database).ofBinome(binomeId);
    if (!objectives)
        return Error{objectives.error()};
    for (const Objective& o : *objectives) {
        if (o.status == ObjectiveStatus::Dropped)
            continue;
        ObjectiveReview review;
        review.objectiveId = o.id;
        review.status =
            o.status == ObjectiveStatus::NotStarted ? ObjectiveStatus::InProgress : o.status;
        review.previousStatus = o.status;
        debrief.reviews << review;
    }
    return debrief;
}

QList<FieldError> DebriefService::check(const Debrief& debrief) const {
    QList<FieldError> errors = validateDebrief(debrief);
    const auto binome = BinomeRepository(m_database).find(debrief.binomeId);
    if (!binome || !*binome) {
        errors.append(
            {u"binome"_s, QCoreApplication::translate("DebriefService", "binôme %1 does not exist")
                              .arg(debrief.binomeId)});
        return errors;
    }
    if (debrief.date.isValid() && debrief.date < (*binome)->startDate)
        errors.append(
            {u"date"_s,
             QCoreApplication::translate("DebriefService", "is before the binôme started (%1)")
                 .arg(QLocale().toString((*binome)->startDate, QLocale::ShortFormat))});
    const auto objectives = ObjectiveRepository(m_database).ofBinome(debrief.binomeId);
    QSet<qint64> own;
    if (objectives)
        for (const Objective& o : *objectives)
            own.insert(o.id);
    for (const ObjectiveReview& r : debrief.reviews)
        if (!own.contains(r.objectiveId))
            errors.append({u"objective"_s,
                           QCoreApplication::translate("DebriefService",
                                                       "objective %1 is not one of this binôme's")
                               .arg(r.objectiveId)});
    return errors;
}

Result<qint64> DebriefService::record(const Debrief& given) const {
    if (const QList<FieldError> errors = check(given); !errors.isEmpty())
        return Error{joinErrors(errors)};
    const auto binome = BinomeRepository(m_database).find(given.binomeId);
    if (!binome || !*binome)
        return Error{QCoreApplication::translate("DebriefService", "Binôme %1 does not exist.")
                         .arg(given.binomeId)};
    const ObjectiveRepository objectives(m_database);
    const DebriefRepository debriefs(m_database);
    const auto current = objectives.ofBinome(given.binomeId);
    if (!current)
        return Error{current.error()};
    QHash<qint64, Objective> byId;
    for (const Objective& o : *current)
        byId.insert(o.id, o);

    Transaction transaction(m_database);
    Debrief debrief = given;
    for (ObjectiveReview& r : debrief.reviews)
        r.previousStatus = byId.value(r.objectiveId).status;
    const auto id = debriefs.insert(debrief);
    if (!id)
        return id;
    for (const ObjectiveReview& r : std::as_const(debrief.reviews)) {
        const Objective& o = byId[r.objectiveId];
        if (r.status != o.status)
            if (Status status = objectives.setStatus(o.id, r.status); !status)
                return Error{status.error()};
        if (!r.newLevel)
            continue;
        LevelRecord level;
        level.participantId = learnerId(**binome, o);
        level.skillId = o.skillId;
        level.level = *r.newLevel;
        level.date = debrief.date;
        level.source = LevelSource::Debrief;
        level.debriefId = *id;
        if (Status status = debriefs.recordLevel(level); !status)
            return Error{status.error()};
    }
    if (Status status = transaction.commit(); !status)
        return Error{status.error()};
    return id;
}

Status DebriefService::remove(qint64 id) const {
    const DebriefRepository debriefs(m_database);
    const auto found = debriefs.find(id);
    if (!found)
        return Error{found.error()};
    if (!*found)
        return {};
    const Debrief& debrief = **found;
    const auto binome = BinomeRepository(m_database).find(debrief.binomeId);
    if (!binome || !*binome)
        return Error{QCoreApplication::translate("DebriefService", "Binôme %1 does not exist.")
                         .arg(debrief.binomeId)};
    const ObjectiveRepository objectives(m_database);
    const auto current = objectives.ofBinome(debrief.binomeId);
    if (!current)
        return Error{current.error()};

    Transaction transaction(m_database);
    // Objectives get their status back, unless someone changed it since.
    for (const ObjectiveReview& r : debrief.reviews)
        for (const Objective& o : *current)
            if (o.id == r.objectiveId && o.status == r.status && r.status != r.previousStatus)
                if (Status status = objectives.setStatus(o.id, r.previousStatus); !status)
                    return status;
    // Its levels leave the history with it (ON DELETE CASCADE); the current levels become the
    // latest left, so levels recorded after it stay.
    if (Status status = debriefs.remove(id); !status)
        return status;
    for (qint64 person : {(*binome)->juniorId, (*binome)->seniorId})
        if (Status status = debriefs.refreshCurrentLevels(person); !status)
            return status;
    return transaction.commit();
}

Result<Debrief> DebriefService::find(qint64 id) const {
    const auto found = DebriefRepository(m_database).find(id);
    if (!found)
        return Error{found.error()};
    if (!*found)
        return Error{
            QCoreApplication::translate("DebriefService", "Debrief %1 does not exist.").arg(id)};
    return **found;
}

Result<QList<Debrief>> DebriefService::ofBinome(qint64 binomeId) const {
    return DebriefRepository(m_database).ofBinome(binomeId);
}

Result<QList<Debrief>> DebriefService::ofProgram(qint64 programId) const {
    return DebriefRepository(m_database).ofProgram(programId);
}

Result<QList<LevelRecord>> DebriefService::levelHistory(qint64 participantId) const {
    return DebriefRepository(m_database).levelHistory(participantId);
}

} // namespace binome

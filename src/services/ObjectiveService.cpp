#include "binome/services/ObjectiveService.h"

#include "binome/storage/BinomeRepository.h"
#include "binome/storage/Database.h"
#include "binome/storage/FollowUpRepository.h"
#include "binome/storage/ParticipantRepository.h"
#include "binome/storage/ProgramRepository.h"
#include "binome/storage/SkillRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

Status fromErrors(const QList<FieldError>& errors) {
    if (errors.isEmpty())
        return {};
    return Error{joinErrors(errors)};
}

} // namespace

Result<QList<Objective>> ObjectiveService::ofBinome(qint64 binomeId) const {
    return ObjectiveRepository(m_database).ofBinome(binomeId);
}

Result<QList<Objective>> ObjectiveService::ofProgram(qint64 programId) const {
    return ObjectiveRepository(m_database).ofProgram(programId);
}

Result<Objective> ObjectiveService::find(qint64 id) const {
    const auto found = ObjectiveRepository(m_database).find(id);
    if (!found)
        return Error{found.error()};
    if (!*found)
        return Error{QCoreApplication::translate("ObjectiveService", "Objective %1 does not exist.")
                         .arg(id)};
    return **found;
}

QList<FieldError> ObjectiveService::check(const Objective& objective) const {
    QList<FieldError> errors = validateObjective(objective);
    const auto binome = BinomeRepository(m_database).find(objective.binomeId);
    if (!binome || !*binome)
        errors.append({u"binome"_s,
                       QCoreApplication::translate("ObjectiveService", "binôme %1 does not exist")
                           .arg(objective.binomeId)});
    if (objective.skillId > 0) {
        const auto skills = SkillRepository(m_database).all();
        const bool known =
            skills && std::any_of(skills->begin(), skills->end(),
                                  [&](const Skill& s) { return s.id == objective.skillId; });
        if (!known)
            errors.append({u"skill"_s, QCoreApplication::translate("ObjectiveService",
                                                                   "is not in the catalog")});
    }
    return errors;
}

Result<qint64> ObjectiveService::save(const Objective& objective) const {
    if (Status status = fromErrors(check(objective)); !status)
        return Error{status.error()};
    const ObjectiveRepository repository(m_database);
    if (objective.id == 0)
        return repository.insert(objective);
    if (Status status = repository.update(objective); !status)
        return Error{status.error()};
    return objective.id;
}

Status ObjectiveService::restore(const Objective& objective) const {
    if (Status status = fromErrors(check(objective)); !status)
        return status;
    const auto id = ObjectiveRepository(m_database).insert(objective);
    return id ? Status{} : Status{Error{id.error()}};
}

Status ObjectiveService::remove(qint64 id) const {
    return ObjectiveRepository(m_database).remove(id);
}

Result<QList<Objective>> ObjectiveService::suggest(qint64 binomeId, int count) const {
    const auto binome = BinomeRepository(m_database).find(binomeId);
    if (!binome)
        return Error{binome.error()};
    if (!*binome)
        return Error{QCoreApplication::translate("ObjectiveService", "Binôme %1 does not exist.")
                         .arg(binomeId)};
    const ParticipantRepository people(m_database);
    const auto junior = people.findById((*binome)->juniorId);
    const auto senior = people.findById((*binome)->seniorId);
    if (!junior || !senior)
        return Error{!junior ? junior.error() : senior.error()};
    if (!*junior || !*senior)
        return QList<Objective>();
    const auto skills = SkillRepository(m_database).all();
    if (!skills)
        return Error{skills.error()};
    QHash<QString, qint64> skillIds;
    for (const Skill& s : *skills)
        skillIds.insert(s.code.toLower(), s.id);
    QDate due;
    if (const auto programs = ProgramRepository(m_database).all())
        for (const Program& p : *programs)
            if (p.id == (*binome)->programId)
                due = p.endDate;
    const auto existing = ObjectiveRepository(m_database).ofBinome(binomeId);
    if (!existing)
        return Error{existing.error()};
    QSet<qint64> taken;
    for (const Objective& o : *existing)
        if (o.learner == Learner::Senior && o.status != ObjectiveStatus::Dropped)
            taken.insert(o.skillId);

    struct Candidate {
        Objective objective;
        int weight = 0;
        double coverage = 0;
    };
    QList<Candidate> candidates;
    for (const SkillAssessment& s : (*senior)->skills) {
        const int gap = s.gap();
        if (gap <= 0 || !s.level)
            continue;
        const SkillAssessment* mentor = (*junior)->skill(s.skillCode);
        if (!mentor || !mentor->level || *mentor->level <= *s.level)
            continue; // the junior does not cover it
        const qint64 skillId = skillIds.value(s.skillCode.toLower());
        if (skillId == 0 || taken.contains(skillId))
            continue;
        Candidate c;
        c.objective.binomeId = binomeId;
        c.objective.skillId = skillId;
        c.objective.learner = Learner::Senior;
        c.objective.startLevel = *s.level;
        c.objective.targetLevel = *s.target;
        c.objective.dueDate = due;
        c.weight = s.priority.value_or(1) * gap;
        c.coverage = std::min(1.0, double(*mentor->level - *s.level) / gap);
        candidates << c;
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) {
                         if (a.weight != b.weight)
                             return a.weight > b.weight;
                         return a.coverage > b.coverage;
                     });
    QList<Objective> result;
    for (const Candidate& c : std::as_const(candidates)) {
        if (result.size() >= count)
            break;
        result << c.objective;
    }
    return result;
}

Result<QList<LearningResource>> ObjectiveService::resources(qint64 skillId) const {
    if (skillId <= 0)
        return QList<LearningResource>();
    return ObjectiveRepository(m_database).resources(skillId);
}

Result<QList<LearningResource>> ObjectiveService::allResources() const {
    return ObjectiveRepository(m_database).resources(0);
}

QList<FieldError> ObjectiveService::check(const LearningResource& resource) const {
    QList<FieldError> errors = validateLearningResource(resource);
    const auto skills = SkillRepository(m_database).all();
    const bool known = skills && std::any_of(skills->begin(), skills->end(), [&](const Skill& s) {
                           return s.id == resource.skillId;
                       });
    if (!known)
        errors.append(
            {u"skill"_s, QCoreApplication::translate("ObjectiveService", "is not in the catalog")});
    return errors;
}

Result<qint64> ObjectiveService::saveResource(const LearningResource& resource) const {
    if (Status status = fromErrors(check(resource)); !status)
        return Error{status.error()};
    const ObjectiveRepository repository(m_database);
    if (resource.id == 0)
        return repository.insertResource(resource);
    if (Status status = repository.updateResource(resource); !status)
        return Error{status.error()};
    return resource.id;
}

Status ObjectiveService::restoreResource(const LearningResource& resource) const {
    if (Status status = fromErrors(check(resource)); !status)
        return status;
    const auto id = ObjectiveRepository(m_database).insertResource(resource);
    return id ? Status{} : Status{Error{id.error()}};
}

Status ObjectiveService::removeResource(qint64 id) const {
    return ObjectiveRepository(m_database).removeResource(id);
}

} // namespace binome

#include "binome/services/ParticipantDossierService.h"

#include "binome/services/BinomeService.h"
#include "binome/services/DebriefService.h"
#include "binome/services/PairingService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SkillCatalogService.h"
#include "binome/storage/Database.h"
#include "binome/storage/ParticipantRepository.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

/// What the dossier keeps of one binôme: the partner by name, the objectives where the person
/// learns, and only those objectives' reviews in the debriefs.
DossierBinome dossierBinome(const BinomeDetail& detail, qint64 personId) {
    DossierBinome entry;
    entry.binome = detail.binome;
    entry.program = detail.program;
    const bool junior = detail.binome.juniorId == personId;
    entry.role = junior ? Role::Junior : Role::Senior;
    entry.partnerName = junior ? detail.senior.fullName() : detail.junior.fullName();
    entry.why = detail.why;
    const Learner learner = junior ? Learner::Junior : Learner::Senior;
    QSet<qint64> theirs;
    for (const Objective& o : detail.objectives) {
        if (o.learner != learner)
            continue;
        entry.objectives << o;
        theirs.insert(o.id);
    }
    entry.sessions = detail.sessions;
    for (Debrief debrief : detail.debriefs) {
        debrief.reviews.removeIf(
            [&](const ObjectiveReview& r) { return !theirs.contains(r.objectiveId); });
        entry.debriefs << debrief;
    }
    return entry;
}

} // namespace

Result<std::optional<ParticipantDossier>>
ParticipantDossierService::build(const QString& email, const QDate& asOf) const {
    const auto found = ParticipantRepository(m_database).findByEmail(email.trimmed());
    if (!found)
        return Error{found.error()};
    if (!*found)
        return std::optional<ParticipantDossier>();
    auto dossier = build((*found)->id, asOf);
    if (!dossier)
        return Error{dossier.error()};
    return std::optional<ParticipantDossier>(std::move(dossier).value());
}

Result<ParticipantDossier> ParticipantDossierService::build(qint64 participantId,
                                                            const QDate& asOf) const {
    ParticipantDossier dossier;
    dossier.asOf = asOf;
    const ParticipantRepository people(m_database);
    const auto person = people.findById(participantId);
    if (!person)
        return Error{person.error()};
    if (!*person)
        return Error{QCoreApplication::translate("ParticipantDossierService",
                                                 "Participant %1 does not exist.")
                         .arg(participantId)};
    dossier.person = **person;

    const auto catalog = SkillCatalogService(m_database).list();
    if (!catalog)
        return Error{catalog.error()};
    for (const Skill& skill : *catalog)
        dossier.skills.insert(skill.id, skill);

    const auto history = DebriefService(m_database).levelHistory(participantId);
    if (!history)
        return Error{history.error()};
    dossier.levelHistory = *history;

    const ProgramService programs(m_database);
    const BinomeService binomes(m_database);
    const PairingService pairing(m_database);
    const auto all = programs.list();
    if (!all)
        return Error{all.error()};
    for (const Program& program : *all) {
        const auto enrolled = programs.enrolled(program.id);
        if (!enrolled)
            return Error{enrolled.error()};
        if (std::any_of(enrolled->cbegin(), enrolled->cend(),
                        [&](const Participant& p) { return p.id == participantId; }))
            dossier.programs << program;

        const auto ofProgram = binomes.ofProgram(program.id);
        if (!ofProgram)
            return Error{ofProgram.error()};
        for (const Binome& b : *ofProgram) {
            if (b.juniorId != participantId && b.seniorId != participantId)
                continue;
            const auto detail = binomes.detail(b.id);
            if (!detail)
                return Error{detail.error()};
            dossier.binomes << dossierBinome(*detail, participantId);
        }

        const auto exclusions = pairing.exclusions(program.id);
        if (!exclusions)
            return Error{exclusions.error()};
        for (const PersonPair& pair : *exclusions) {
            if (pair.first != participantId && pair.second != participantId)
                continue;
            const qint64 otherId = pair.first == participantId ? pair.second : pair.first;
            const auto other = people.findById(otherId);
            if (!other)
                return Error{other.error()};
            dossier.exclusions << DossierExclusion{program, *other ? (*other)->fullName()
                                                                   : QString::number(otherId)};
        }
    }
    std::stable_sort(dossier.binomes.begin(), dossier.binomes.end(),
                     [](const DossierBinome& a, const DossierBinome& b) {
                         return a.binome.startDate > b.binome.startDate;
                     });
    return dossier;
}

} // namespace binome

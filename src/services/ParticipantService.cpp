#include "binome/services/ParticipantService.h"

#include "binome/storage/Database.h"
#include "binome/storage/PairingRepository.h"
#include "binome/storage/ParticipantRepository.h"
#include "binome/storage/SkillRepository.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace binome {

Result<QList<Participant>> ParticipantService::list() const {
    return ParticipantRepository(m_database).all();
}

QList<FieldError> ParticipantService::check(const Participant& participant) const {
    QList<FieldError> errors = validateParticipant(participant);
    const auto skills = SkillRepository(m_database).all();
    if (!skills) {
        errors.append({QString(), skills.error()});
        return errors;
    }
    QSet<QString> known;
    for (const Skill& skill : *skills)
        known.insert(skill.code.toLower());
    for (const SkillAssessment& s : participant.skills) {
        if (!known.contains(s.skillCode.toLower()))
            errors.append({u"skill:"_s + s.skillCode,
                           QCoreApplication::translate("ParticipantService",
                                                       "is not a skill of the catalog")});
    }
    if (!participant.email.trimmed().isEmpty()) {
        const auto existing = ParticipantRepository(m_database).findByEmail(participant.email);
        if (!existing)
            errors.append({QString(), existing.error()});
        else if (existing->has_value() && existing->value().id != participant.id)
            errors.append({u"email"_s, QCoreApplication::translate("ParticipantService",
                                                                   "is already used by %1")
                                           .arg(existing->value().fullName())});
    }
    return errors;
}

Result<qint64> ParticipantService::save(const Participant& participant) const {
    if (const QList<FieldError> errors = check(participant); !errors.isEmpty())
        return Error{joinErrors(errors)};
    ParticipantRepository repository(m_database);
    Transaction transaction(m_database);
    qint64 id = participant.id;
    if (id == 0) {
        auto inserted = repository.insert(participant);
        if (!inserted)
            return Error{inserted.error()};
        id = *inserted;
    } else if (Status status = repository.update(participant); !status) {
        return Error{status.error()};
    }
    if (Status status = transaction.commit(); !status)
        return Error{status.error()};
    return id;
}

Status ParticipantService::setArchived(qint64 id, bool archived) const {
    return ParticipantRepository(m_database).setArchived(id, archived);
}

Status ParticipantService::setArchived(const QList<qint64>& ids, bool archived) const {
    const ParticipantRepository repository(m_database);
    Transaction transaction(m_database);
    for (qint64 id : ids)
        if (Status status = repository.setArchived(id, archived); !status)
            return status;
    return transaction.commit();
}

Result<Participant> ParticipantService::find(qint64 id) const {
    const auto found = ParticipantRepository(m_database).findById(id);
    if (!found)
        return Error{found.error()};
    if (!found->has_value())
        return Error{QCoreApplication::translate("ParticipantService",
                                                 "This participant no longer exists.")};
    return found->value();
}

Result<Participant> ParticipantService::findByEmail(const QString& email) const {
    const auto found = ParticipantRepository(m_database).findByEmail(email);
    if (!found)
        return Error{found.error()};
    if (!found->has_value())
        return Error{QCoreApplication::translate("ParticipantService", "Nobody has the e-mail %1.")
                         .arg(email)};
    return found->value();
}

Status ParticipantService::erase(qint64 id) const {
    const auto found = ParticipantRepository(m_database).findById(id);
    if (!found)
        return Error{found.error()};
    if (!found->has_value())
        return Error{QCoreApplication::translate("ParticipantService",
                                                 "This participant no longer exists.")};
    const Participant& p = found->value();
    if (!p.archived)
        return Error{QCoreApplication::translate("ParticipantService",
                                                 "Archive %1 before erasing their data.")
                         .arg(p.fullName())};
    const auto programs = PairingRepository(m_database).programsWithBinomeOf(id);
    if (!programs)
        return Error{programs.error()};
    if (!programs->isEmpty())
        return Error{QCoreApplication::translate("ParticipantService",
                                                 "%1 is in an open binôme of %2: end it "
                                                 "first, then erase their data.")
                         .arg(p.fullName(), programs->join(u", "_s))};
    Transaction transaction(m_database);
    const auto history = PairingRepository(m_database).hasEndedBinome(id);
    if (!history)
        return Error{history.error()};
    // Ended binômes stay in their program's history, with the person's data erased.
    const ParticipantRepository repository(m_database);
    if (Status status = *history ? repository.anonymise(id) : repository.remove(id); !status)
        return status;
    if (Status status = repository.forgetAsManager(p.email); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    // The erased rows are zeroed (secure_delete), but the write-ahead log still holds them.
    if (Status purged = m_database.purgeErasedData(); !purged)
        return Error{
            QCoreApplication::translate("ParticipantService", "%1's data was erased, but %2")
                .arg(p.fullName(), purged.error())};
    return {};
}

Status ParticipantService::remove(qint64 id) const {
    return ParticipantRepository(m_database).remove(id);
}

} // namespace binome

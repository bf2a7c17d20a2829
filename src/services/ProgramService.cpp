#include "binome/services/ProgramService.h"

#include "binome/storage/Database.h"
#include "binome/storage/PairingRepository.h"
#include "binome/storage/ParticipantRepository.h"
#include "binome/storage/ProgramRepository.h"

#include <QSet>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace binome {

Result<QList<Program>> ProgramService::list() const {
    return ProgramRepository(m_database).all();
}

QList<FieldError> ProgramService::check(const Program& program) const {
    QList<FieldError> errors = validateProgram(program);
    if (!program.name.trimmed().isEmpty()) {
        const auto existing = ProgramRepository(m_database).findByName(program.name);
        if (!existing)
            errors.append({QString(), existing.error()});
        else if (existing->has_value() && existing->value().id != program.id)
            errors.append({u"name"_s, QCoreApplication::translate(
                                          "ProgramService", "a program named \"%1\" already exists")
                                          .arg(program.name.trimmed())});
    }
    return errors;
}

Result<qint64> ProgramService::save(const Program& program) const {
    if (const QList<FieldError> errors = check(program); !errors.isEmpty())
        return Error{joinErrors(errors)};
    ProgramRepository repository(m_database);
    if (program.id == 0)
        return repository.insert(program);
    if (Status status = repository.update(program); !status)
        return Error{status.error()};
    return program.id;
}

Status ProgramService::remove(qint64 id) const {
    return ProgramRepository(m_database).remove(id);
}

Status ProgramService::removeUnused(qint64 id) const {
    const ProgramRepository repository(m_database);
    const auto dependents = repository.dependentCount(id);
    if (!dependents)
        return Error{dependents.error()};
    if (*dependents > 0)
        return Error{QCoreApplication::translate(
            "ProgramService", "The program was not removed: binômes have been confirmed in it "
                              "since it was added. Delete it from the Programs page if you mean "
                              "to, with everything in it.")};
    return repository.remove(id);
}

Status ProgramService::restore(const Program& program) const {
    if (const QList<FieldError> errors = check(program); !errors.isEmpty())
        return Error{joinErrors(errors)};
    const auto id = ProgramRepository(m_database).insert(program);
    return id ? Status{} : Status{Error{id.error()}};
}

Result<std::optional<Program>> ProgramService::findByName(const QString& name) const {
    return ProgramRepository(m_database).findByName(name);
}

Result<QList<Participant>> ProgramService::enrolled(qint64 programId) const {
    const auto ids = PairingRepository(m_database).enrolledIds(programId);
    if (!ids)
        return Error{ids.error()};
    const auto everyone = ParticipantRepository(m_database).all();
    if (!everyone)
        return Error{everyone.error()};
    const QSet<qint64> wanted(ids->begin(), ids->end());
    QList<Participant> result;
    for (const Participant& p : *everyone) {
        if (wanted.contains(p.id))
            result << p;
    }
    return result;
}

Result<int> ProgramService::enrol(qint64 programId, const QList<qint64>& participantIds) const {
    Transaction transaction(m_database);
    const auto added = PairingRepository(m_database).enrol(programId, participantIds);
    if (!added)
        return added;
    if (Status status = transaction.commit(); !status)
        return Error{status.error()};
    return added;
}

Result<int> ProgramService::enrolByEmail(qint64 programId, const QStringList& emails) const {
    QList<qint64> ids;
    QStringList unknown;
    ParticipantRepository participants(m_database);
    for (const QString& email : emails) {
        const auto found = participants.findByEmail(email);
        if (!found)
            return Error{found.error()};
        if (!found->has_value())
            unknown << email;
        else
            ids << found->value().id;
    }
    if (!unknown.isEmpty())
        return Error{QCoreApplication::translate("ProgramService",
                                                 "No participant has the e-mail %1; "
                                                 "nobody was enrolled.")
                         .arg(unknown.join(u", "_s))};
    return enrol(programId, ids);
}

Result<int> ProgramService::enrolAll(qint64 programId) const {
    const auto everyone = ParticipantRepository(m_database).all();
    if (!everyone)
        return Error{everyone.error()};
    QList<qint64> ids;
    for (const Participant& p : *everyone) {
        if (!p.archived)
            ids << p.id;
    }
    return enrol(programId, ids);
}

Status ProgramService::withdraw(qint64 programId, const QList<qint64>& participantIds) const {
    Transaction transaction(m_database);
    if (Status status = PairingRepository(m_database).unenrol(programId, participantIds); !status)
        return status;
    return transaction.commit();
}

} // namespace binome

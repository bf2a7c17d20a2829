#pragma once

#include "binome/domain/Participant.h"
#include "binome/domain/Result.h"
#include "binome/domain/Validation.h"

#include <QList>

namespace binome {

class Database;

/// Adding, editing and archiving participants, with every rule checked first.
class ParticipantService {
public:
    explicit ParticipantService(const Database& database)
        : m_database(database) {}

    Result<QList<Participant>> list() const;
    /// The participant with this id, as stored now, or an error saying they no longer exist.
    Result<Participant> find(qint64 id) const;
    /// The person with this e-mail (case ignored), or an error saying nobody has it.
    Result<Participant> findByEmail(const QString& email) const;
    /// Every problem with the participant: its own fields, a skill not in the catalog, an
    /// e-mail already used by someone else. Empty when it can be saved.
    QList<FieldError> check(const Participant& participant) const;
    /// Inserts (id 0) or updates the participant and its skills in one transaction; returns
    /// its id. Refused with the problems of check().
    Result<qint64> save(const Participant& participant) const;
    Status setArchived(qint64 id, bool archived) const;
    /// Archives or restores several people in one transaction: all or none.
    Status setArchived(const QList<qint64>& ids, bool archived) const;
    /// For undoing an addition.
    Status remove(qint64 id) const;
    /// Erases an archived participant and everything held about them (skills, levels,
    /// enrolments, exclusions, the words written about their binômes, their e-mail where others
    /// name them as manager), for good: the right to erasure. The database file is then purged
    /// (log emptied, file rebuilt) so that no byte of it is left. Refused while they are in an
    /// open binôme, or not archived first.
    Status erase(qint64 id) const;

private:
    const Database& m_database;
};

} // namespace binome

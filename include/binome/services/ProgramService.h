#pragma once

#include "binome/domain/Participant.h"
#include "binome/domain/Program.h"
#include "binome/domain/Result.h"
#include "binome/domain/Validation.h"

#include <QList>

#include <optional>

namespace binome {

class Database;

/// Programs: cohorts with dates and a session cadence.
class ProgramService {
public:
    explicit ProgramService(const Database& database)
        : m_database(database) {}

    Result<QList<Program>> list() const;
    /// Field rules plus a unique name.
    QList<FieldError> check(const Program& program) const;
    /// Inserts (id 0) or updates; returns the id.
    Result<qint64> save(const Program& program) const;
    Status remove(qint64 id) const;
    /// Removes a program that holds no binôme and no pairing run yet (the undo of its
    /// addition); refused, with the reason, once binômes were confirmed in it.
    Status removeUnused(qint64 id) const;
    /// Inserts a removed program again with its own id (the redo of its addition).
    Status restore(const Program& program) const;

    /// The program's enrolled participants (archived ones included).
    Result<QList<Participant>> enrolled(qint64 programId) const;
    /// Enrols these participants in one transaction; returns how many were new.
    Result<int> enrol(qint64 programId, const QList<qint64>& participantIds) const;
    /// Enrols the participants with these e-mails; an unknown e-mail refuses them all.
    Result<int> enrolByEmail(qint64 programId, const QStringList& emails) const;
    /// Enrols every active participant.
    Result<int> enrolAll(qint64 programId) const;
    Status withdraw(qint64 programId, const QList<qint64>& participantIds) const;
    Result<std::optional<Program>> findByName(const QString& name) const;

private:
    const Database& m_database;
};

} // namespace binome

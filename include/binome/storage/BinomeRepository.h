#pragma once

#include "binome/domain/Binome.h"
#include "binome/domain/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace binome {

class Database;

/// Binômes: creation at confirmation and their lifecycle. Never deletes one.
class BinomeRepository {
public:
    explicit BinomeRepository(const Database& database)
        : m_database(database) {}

    Result<std::optional<Binome>> find(qint64 id) const;
    /// Every binôme of the program, ended ones included, by id.
    Result<QList<Binome>> ofProgram(qint64 programId) const;
    /// Every binôme a confirmed pairing run created, ended ones included, by id.
    Result<QList<Binome>> ofRun(qint64 runId) const;
    /// The open binôme of two people (by e-mail key) in one program, or in any (programId 0).
    Result<std::optional<Binome>> findOpen(qint64 programId, const QString& juniorEmailKey,
                                           const QString& seniorEmailKey) const;
    /// Inserts; returns the id.
    Result<qint64> insert(const Binome& binome) const;
    /// Writes the lifecycle fields (status, end date, reason, note). Refused, with nothing
    /// written, when its rowVersion (unless 0) is no longer the stored one.
    Status updateState(const Binome& binome) const;
    /// "The binôme Junior Name – Senior Name", for messages.
    QString nameOf(qint64 id) const;
    /// The ids of the open binômes where this person takes part in the program.
    Result<QList<qint64>> openOf(qint64 programId, qint64 participantId) const;

private:
    const Database& m_database;
};

} // namespace binome

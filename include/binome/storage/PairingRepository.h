#pragma once

#include "binome/domain/Pairing.h"
#include "binome/domain/Result.h"

#include <QList>

namespace binome {

class Database;

/// Enrolment of participants in programs, pairing settings and exclusions, binômes and the
/// audit of pairing runs. Multi-row writes run inside the caller's Transaction.
class PairingRepository {
public:
    explicit PairingRepository(const Database& database)
        : m_database(database) {}

    Result<QList<qint64>> enrolledIds(qint64 programId) const;
    /// Adds these participants (already enrolled ones are left as they are); returns how many
    /// were new.
    Result<int> enrol(qint64 programId, const QList<qint64>& participantIds) const;
    Status unenrol(qint64 programId, const QList<qint64>& participantIds) const;

    /// The program's settings, or the defaults when none were saved.
    Result<PairingSettings> settings(qint64 programId) const;
    Status saveSettings(qint64 programId, const PairingSettings& settings) const;

    Result<QList<PersonPair>> exclusions(qint64 programId) const;
    Status setExcluded(qint64 programId, PersonPair pair, bool excluded) const;

    /// The names of the programs where this participant is in an open binôme.
    Result<QStringList> programsWithBinomeOf(qint64 participantId) const;
    /// Whether this participant was ever in a binôme now ended.
    Result<bool> hasEndedBinome(qint64 participantId) const;

    Result<qint64> insertRun(const PairingRun& run) const;
    Result<QList<PairingRun>> runs(qint64 programId) const;

    static QString settingsToJson(const PairingSettings& settings);
    static PairingSettings settingsFromJson(const QString& json);

private:
    const Database& m_database;
};

} // namespace binome

#pragma once

#include "binome/domain/Result.h"
#include "binome/exchange/ParticipantDossierFile.h"

#include <QDate>
#include <QString>

#include <optional>

namespace binome {

class Database;

/// Gathers everything the program holds about one person, for a right-of-access request
/// (GDPR article 15): their fields and skills, their level history, the programs they are
/// enrolled in, every binôme they took part in (ended ones included) with its objectives where
/// they learn, its sessions and debriefs, and the exclusions that involve them. Other people
/// appear by name only.
class ParticipantDossierService {
public:
    explicit ParticipantDossierService(const Database& database)
        : m_database(database) {}

    /// The dossier of the person with this e-mail (any case), produced on `asOf`; none when no
    /// participant has it.
    Result<std::optional<ParticipantDossier>> build(const QString& email, const QDate& asOf) const;
    Result<ParticipantDossier> build(qint64 participantId, const QDate& asOf) const;

private:
    const Database& m_database;
};

} // namespace binome

#pragma once

#include "binome/domain/FollowUp.h"
#include "binome/domain/Result.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace binome {

class Database;

/// Checks sessions with the rules of SessionService::check (which uses it for one session),
/// reading the skill catalog once and each binôme once: for an import of thousands of rows.
/// What it has read is not read again, so it is meant for one import or one check.
class SessionChecker {
public:
    explicit SessionChecker(const Database& database);

    /// Field rules, plus: the binôme exists and is not ended, the skills are in the catalog.
    QList<FieldError> check(const Session& session);
    /// A binôme already read (found by its people's e-mails): its sessions are checked against
    /// it without reading it again.
    void remember(const Binome& binome);

private:
    const Database& m_database;
    QSet<qint64> m_catalog;
    QHash<qint64, std::optional<Binome>> m_binomes; ///< id -> as stored, none if there is none
};

/// The session log: what mentors record after (or before) each meeting.
class SessionService {
public:
    explicit SessionService(const Database& database)
        : m_database(database) {}

    /// A new held session of the binôme filled with sensible defaults: `today`, the binôme's last
    /// duration and mode, its open objectives' skills.
    Result<Session> defaults(qint64 binomeId, const QDate& today) const;
    /// Field rules, plus: the binôme exists and is not ended, the skills are in the catalog.
    QList<FieldError> check(const Session& session) const;
    /// Inserts (id 0) or updates; returns the id.
    Result<qint64> log(const Session& session) const;
    /// Inserts a removed session again with its own id.
    Status restore(const Session& session) const;
    Status remove(qint64 id) const;
    Result<Session> find(qint64 id) const;
    /// The binôme's sessions, the most recent first.
    Result<QList<Session>> ofBinome(qint64 binomeId) const;
    /// The sessions of every binôme of the program, by binôme id, each binôme's as ofBinome.
    Result<QList<Session>> ofProgram(qint64 programId) const;
    /// The planned sessions of a program's open binômes, by date.
    Result<QList<Session>> plannedOfProgram(qint64 programId) const;
    /// Many sessions in one transaction (an import): all land or none does.
    Result<QList<qint64>> logAll(const QList<Session>& sessions) const;
    /// The same, checked with `checker` (an import that adds its sessions in several batches
    /// reads the catalog and the binômes once).
    Result<QList<qint64>> logAll(const QList<Session>& sessions, SessionChecker& checker) const;
    /// Removes many sessions in one transaction (the undo of an import).
    Status removeAll(const QList<qint64>& ids) const;

private:
    const Database& m_database;
};

} // namespace binome

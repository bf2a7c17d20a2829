#pragma once

#include "binome/domain/FollowUp.h"
#include "binome/domain/Result.h"

#include <QList>

#include <optional>

namespace binome {

class Database;

/// Objectives and learning resources. Multi-row writes run inside the caller's Transaction.
class ObjectiveRepository {
public:
    explicit ObjectiveRepository(const Database& database)
        : m_database(database) {}

    Result<QList<Objective>> ofBinome(qint64 binomeId) const;
    /// The objectives of every binôme of the program, by binôme id, each binôme's as ofBinome.
    Result<QList<Objective>> ofProgram(qint64 programId) const;
    Result<std::optional<Objective>> find(qint64 id) const;
    /// Inserts; with a non-zero id, inserts with that id (a restore).
    Result<qint64> insert(const Objective& objective) const;
    Status update(const Objective& objective) const;
    Status setStatus(qint64 id, ObjectiveStatus status) const;
    Status remove(qint64 id) const;

    Result<QList<LearningResource>> resources(qint64 skillId) const; ///< 0: every skill
    Result<qint64> insertResource(const LearningResource& resource) const;
    Status updateResource(const LearningResource& resource) const;
    Status removeResource(qint64 id) const;

private:
    const Database& m_database;
};

/// The session log.
class SessionRepository {
public:
    explicit SessionRepository(const Database& database)
        : m_database(database) {}

    /// The binôme's sessions, the most recent first.
    Result<QList<Session>> ofBinome(qint64 binomeId) const;
    /// The sessions of every binôme of the program, by binôme id, each binôme's as ofBinome.
    Result<QList<Session>> ofProgram(qint64 programId) const;
    Result<std::optional<Session>> find(qint64 id) const;
    /// The planned sessions of the program's open binômes (0: every program), by date.
    Result<QList<Session>> plannedOfProgram(qint64 programId) const;
    /// Inserts with its skills; with a non-zero id, inserts with that id (a restore).
    Result<qint64> insert(const Session& session) const;
    /// Inserts each session as insert does, with statements prepared once; returns the ids.
    Result<QList<qint64>> insertAll(const QList<Session>& sessions) const;
    Status update(const Session& session) const;
    Status remove(qint64 id) const;

private:
    Status writeSkills(qint64 sessionId, const QList<qint64>& skillIds) const;
    /// The sessions matching `where` (on mentoring_session s) in `order`, with their skills.
    Result<QList<Session>> select(const QString& where, const QString& order,
                                  const QList<QVariant>& values) const;

    const Database& m_database;
};

/// Debriefs and the level history.
class DebriefRepository {
public:
    explicit DebriefRepository(const Database& database)
        : m_database(database) {}

    Result<QList<Debrief>> ofBinome(qint64 binomeId) const;
    /// The debriefs of every binôme of the program, by binôme id, each binôme's as ofBinome.
    Result<QList<Debrief>> ofProgram(qint64 programId) const;
    Result<std::optional<Debrief>> find(qint64 id) const;
    /// Inserts the debrief and its reviews; with a non-zero id, with that id.
    Result<qint64> insert(const Debrief& debrief) const;
    Status remove(qint64 id) const;

    /// Adds a level to the history and makes it the current one in participant_skill.
    Status recordLevel(const LevelRecord& record) const;
    /// Sets each current level of the person to the latest of their history (after a removal).
    Status refreshCurrentLevels(qint64 participantId) const;
    Result<QList<LevelRecord>> levelHistory(qint64 participantId) const;
    /// The person's latest level on a skill, none when never assessed.
    Result<std::optional<int>> currentLevel(qint64 participantId, qint64 skillId) const;

private:
    const Database& m_database;
};

} // namespace binome

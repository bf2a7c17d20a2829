#pragma once

#include "binome/domain/Participant.h"
#include "binome/domain/Result.h"

#include <QList>

#include <memory>
#include <optional>

namespace binome {

class Database;

/// Participants and their skill levels. Writes are single statements or run inside the
/// caller's Transaction.
class ParticipantRepository {
public:
    explicit ParticipantRepository(const Database& database)
        : m_database(database) {}

    /// Everyone, archived included, ordered by last then first name; with skills.
    Result<QList<Participant>> all() const;
    Result<std::optional<Participant>> findById(qint64 id) const;
    /// By e-mail, without regard to case.
    Result<std::optional<Participant>> findByEmail(const QString& email) const;
    /// Inserts the participant and their skills; returns the new id.
    Result<qint64> insert(const Participant& participant) const;
    /// Replaces every field and the skills of the participant with this id. Refused, with
    /// nothing written, when its rowVersion (unless 0) is no longer the stored one: another
    /// window or computer changed it since it was read. `newVersion`, when given, receives the
    /// version it leaves.
    Status update(const Participant& participant, qint64* newVersion = nullptr) const;
    Status setArchived(qint64 id, bool archived) const;
    /// Removes a participant for good (used to undo an addition).
    Status remove(qint64 id) const;
    Result<int> count() const;
    /// Erases everything about a person whose ended binômes are kept for the program's history:
    /// their name becomes "Erased participant N", their e-mail a placeholder; their skills,
    /// levels, enrolments and exclusions are deleted.
    Status anonymise(qint64 id) const;
    /// Clears `email` where other people name it as their manager's (an erasure).
    Status forgetAsManager(const QString& email) const;
    /// Where the levels written from now on come from, for the level history (default: edit).
    void setLevelSource(const QString& sourceToken) { m_levelSource = sourceToken; }

private:
    /// The statements that write a participant, prepared once per repository and reused for
    /// each participant it writes (an import writes thousands).
    struct Statements;
    Statements& statements() const;
    Status writeSkills(qint64 participantId, const Participant& participant, bool fresh) const;
    Result<QList<Participant>> select(const QString& where, const QVariantList& values) const;

    const Database& m_database;
    QString m_levelSource = QStringLiteral("edit");
    mutable std::shared_ptr<Statements> m_statements;
};

} // namespace binome

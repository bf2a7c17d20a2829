#pragma once

#include "binome/domain/FollowUp.h"
#include "binome/domain/Program.h"
#include "binome/domain/Result.h"

#include <QList>
#include <QPair>

namespace binome {

class Database;

/// Debriefs: re-assessing the learners' skills, reviewing objectives, satisfaction.
class DebriefService {
public:
    explicit DebriefService(const Database& database)
        : m_database(database) {}

    /// A new debrief of the binôme with one review per open objective, its status as it is.
    Result<Debrief> prepare(qint64 binomeId, DebriefKind kind, const QDate& date) const;
    QList<FieldError> check(const Debrief& debrief) const;
    /// In one transaction: the debrief, each objective's new status, and each new level in the
    /// learner's level history (which makes it their current level). Returns the id; a debrief
    /// with an id is stored again with that id (redo).
    Result<qint64> record(const Debrief& debrief) const;
    /// Removes a debrief and what it did: the levels it recorded leave the history (the current
    /// level becomes the latest left), its objectives get their status back unless changed since.
    Status remove(qint64 id) const;
    Result<Debrief> find(qint64 id) const;
    /// The binôme's debriefs, the most recent first.
    Result<QList<Debrief>> ofBinome(qint64 binomeId) const;
    /// The debriefs of every binôme of the program, by binôme id, each binôme's as ofBinome.
    Result<QList<Debrief>> ofProgram(qint64 programId) const;
    /// Every level the person had, by skill then date.
    Result<QList<LevelRecord>> levelHistory(qint64 participantId) const;

    /// When a program's kickoff, mid-term and final debriefs are due: its start, middle, end.
    static QList<QPair<DebriefKind, QDate>> dueDates(const Program& program);

private:
    const Database& m_database;
};

} // namespace binome

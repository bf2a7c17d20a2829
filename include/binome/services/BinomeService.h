#pragma once

#include "binome/domain/BinomeDetail.h"
#include "binome/domain/FollowUp.h"
#include "binome/domain/Participant.h"
#include "binome/domain/Program.h"
#include "binome/domain/Result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace binome {

class Database;

/// A binôme's life after pairing: pause, resume, end (never delete).
class BinomeService {
public:
    explicit BinomeService(const Database& database)
        : m_database(database) {}

    Result<Binome> find(qint64 id) const;
    Result<BinomeDetail> detail(qint64 id) const;
    /// Every binôme the program ever had, ended ones included.
    Result<QList<Binome>> ofProgram(qint64 programId) const;
    /// Every binôme a confirmed pairing run created, ended ones included (PairingRun::id).
    Result<QList<Binome>> ofRun(qint64 runId) const;
    /// The open (active or paused) binôme of these two people in a program, found by e-mail.
    Result<std::optional<Binome>> findOpenByEmails(qint64 programId, const QString& juniorEmail,
                                                   const QString& seniorEmail) const;
    /// The open binôme of these two people in any program (the most recent one).
    Result<std::optional<Binome>> findOpenByEmails(const QString& juniorEmail,
                                                   const QString& seniorEmail) const;

    /// Ends an open binôme on `date` (not before its start) for `reason`; `note` is required for
    /// EndReason::Other. Its person left alone can then be paired again.
    /// `rowVersion`: the version of the binôme the user looked at (its dialog); when not 0, the
    /// end is refused, with nothing written, if the binôme has changed since (another window
    /// or computer).
    Status end(qint64 id, const QDate& date, EndReason reason, const QString& note,
               qint64 rowVersion = 0) const;
    Status pause(qint64 id) const;
    Status resume(qint64 id) const;
    /// Puts back the lifecycle of `previous` (status, end date, reason, note): the undo of end,
    /// pause and resume. Refused when the person has been paired again since, and, when
    /// `rowVersion` is not 0, when the binôme is no longer at that version (changed since).
    Status restoreState(const Binome& previous, qint64 rowVersion = 0) const;

    /// The pairing's "why" in the interface's language (from the data kept at confirmation, or
    /// the text kept from before).
    QStringList explain(const Binome& binome) const;

private:
    const Database& m_database;
};

} // namespace binome

#pragma once

#include "binome/domain/FollowUp.h"
#include "binome/domain/Program.h"
#include "binome/domain/Result.h"

#include <QList>
#include <QStringList>

namespace binome {

class Database;

/// A program at a glance: every binôme it ever had with its figures and flags.
class FollowUpService {
public:
    explicit FollowUpService(const Database& database)
        : m_database(database) {}

    /// One row per binôme of the program, flags computed as of `today`. Figures come from SQL
    /// aggregates (a few queries per program, not per binôme).
    Result<QList<FollowUpRow>> rows(qint64 programId, const QDate& today) const;
    /// The row of one binôme.
    Result<FollowUpRow> row(qint64 binomeId, const QDate& today) const;

    /// Sets `row.flags`, `row.debriefsDue` and `row.daysSinceContact` from its figures.
    static void computeFlags(FollowUpRow& row, const Program& program, const QDate& today);
    /// Each flag of the row with its reason, in words ("At risk: no session held for 23 days,
    /// cadence 14").
    static QStringList flagReasons(const FollowUpRow& row, const Program& program);
    static QString flagName(FollowUpFlag flag);

private:
    const Database& m_database;
};

} // namespace binome

#pragma once

#include "binome/domain/FollowUp.h"
#include "binome/domain/Result.h"

#include <QDate>
#include <QList>

namespace binome {

class Database;

/// The follow-up figures of binômes, from SQL aggregates: a fixed number of queries for a whole
/// program, never one per binôme. Flags are left to the service.
class FollowUpQueries {
public:
    explicit FollowUpQueries(const Database& database)
        : m_database(database) {}

    /// Every binôme of the program (programId) or the one binôme (binomeId), with its figures as
    /// of `today`.
    Result<QList<FollowUpRow>> rows(qint64 programId, qint64 binomeId, const QDate& today) const;

private:
    const Database& m_database;
};

} // namespace binome

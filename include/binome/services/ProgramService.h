#pragma once

#include "binome/domain/Program.h"
#include "binome/domain/Result.h"
#include "binome/domain/Validation.h"

#include <QList>

namespace binome {

class Database;

/// Programs: cohorts with dates and a session cadence.
class ProgramService {
public:
    explicit ProgramService(const Database& database) : m_database(database) {}

    Result<QList<Program>> list() const;
    /// Field rules plus a unique name.
    QList<FieldError> check(const Program& program) const;
    /// Inserts (id 0) or updates; returns the id.
    Result<qint64> save(const Program& program) const;
    Status remove(qint64 id) const;

private:
    const Database& m_database;
};

} // namespace binome

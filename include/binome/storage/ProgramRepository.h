#pragma once

#include "binome/domain/Program.h"
#include "binome/domain/Result.h"

#include <QList>

#include <optional>

namespace binome {

class Database;

class ProgramRepository {
public:
    explicit ProgramRepository(const Database& database)
        : m_database(database) {}

    /// Every program, the most recent start first.
    Result<QList<Program>> all() const;
    Result<std::optional<Program>> findByName(const QString& name) const;
    Result<qint64> insert(const Program& program) const;
    Status update(const Program& program) const;
    Status remove(qint64 id) const;

private:
    const Database& m_database;
};

} // namespace binome

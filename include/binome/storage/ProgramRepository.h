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
    /// Inserts; with a non-zero id, with that id (a redo).
    Result<qint64> insert(const Program& program) const;
    /// How many binômes and pairing runs the program holds.
    Result<int> dependentCount(qint64 id) const;
    /// Refused, with nothing written, when its rowVersion (unless 0) is no longer the stored one.
    Status update(const Program& program) const;
    Status remove(qint64 id) const;

private:
    const Database& m_database;
};

} // namespace binome

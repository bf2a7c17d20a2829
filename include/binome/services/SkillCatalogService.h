#pragma once

#include "binome/domain/Result.h"
#include "binome/domain/Skill.h"
#include "binome/domain/Validation.h"

#include <QHash>
#include <QList>

namespace binome {

class Database;

/// The skills catalog: the seeded DigComp competences and tools, and HR's own skills.
class SkillCatalogService {
public:
    explicit SkillCatalogService(const Database& database)
        : m_database(database) {}

    Result<QList<Skill>> list() const;
    /// Lower-cased code to the catalog's code, archived skills included.
    Result<QHash<QString, QString>> codeMap() const;
    QList<FieldError> check(const Skill& skill) const;
    /// Adds a custom skill; its code must be new.
    Result<qint64> add(Skill skill) const;
    /// Renames, moves or archives a skill; its code cannot change.
    Status update(const Skill& skill) const;
    Status setArchived(qint64 id, bool archived) const;
    /// Removes a custom skill nobody uses yet (undoing its addition).
    Status removeUnused(qint64 id) const;

private:
    Result<Skill> byId(qint64 id) const;
    const Database& m_database;
};

} // namespace binome

#pragma once

#include "binome/domain/Result.h"
#include "binome/domain/Skill.h"

#include <QList>

namespace binome {

class Database;

/// The skills catalog table.
class SkillRepository {
public:
    explicit SkillRepository(const Database& database)
        : m_database(database) {}

    /// Every skill, archived ones included, in catalog order.
    Result<QList<Skill>> all() const;
    Result<qint64> insert(const Skill& skill) const;
    /// Names, area, order and archived flag; the code never changes.
    Status update(const Skill& skill) const;
    /// Deletes a skill nobody has a level on (to undo its addition).
    Status removeUnused(qint64 skillId) const;
    /// How many participants have a level on this skill.
    Result<int> usageCount(qint64 skillId) const;

private:
    const Database& m_database;
};

} // namespace binome

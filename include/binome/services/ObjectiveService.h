#pragma once

#include "binome/domain/FollowUp.h"
#include "binome/domain/Result.h"

#include <QList>

namespace binome {

class Database;

/// A binôme's objectives and the catalog's learning resources.
class ObjectiveService {
public:
    explicit ObjectiveService(const Database& database)
        : m_database(database) {}

    Result<QList<Objective>> ofBinome(qint64 binomeId) const;
    /// The objectives of every binôme of the program, by binôme id, each binôme's as ofBinome.
    Result<QList<Objective>> ofProgram(qint64 programId) const;
    Result<Objective> find(qint64 id) const;
    /// Field rules, plus: the binôme exists, the skill is in the catalog.
    QList<FieldError> check(const Objective& objective) const;
    /// Inserts (id 0) or updates; returns the id.
    Result<qint64> save(const Objective& objective) const;
    /// Inserts a removed objective again with its own id (undo of a removal, redo of an add).
    Status restore(const Objective& objective) const;
    Status remove(qint64 id) const;

    /// Up to `count` first objectives for a binôme: the senior's largest priority-weighted gaps
    /// that the junior covers (junior's level above the senior's), due at the program's end.
    Result<QList<Objective>> suggest(qint64 binomeId, int count = 3) const;

    Result<QList<LearningResource>> resources(qint64 skillId) const;
    Result<QList<LearningResource>> allResources() const;
    QList<FieldError> check(const LearningResource& resource) const;
    Result<qint64> saveResource(const LearningResource& resource) const;
    Status restoreResource(const LearningResource& resource) const;
    Status removeResource(qint64 id) const;

private:
    const Database& m_database;
};

} // namespace binome

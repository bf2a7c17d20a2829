#include "binome/domain/Skill.h"
#include "binome/storage/Database.h"
#include "binome/storage/FollowUpRepository.h"

#include "RowVersion.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

QString failure(const QSqlQuery& query, const char* doing) {
    return Database::describeFailure(query,
                                     QCoreApplication::translate("ObjectiveRepository", doing));
}

const QString objectiveColumns = u"id, binome_id, skill_id, learner, start_level, target_level, "
                                 "due_date, status, description, row_version"_s;

Objective readObjective(const QSqlQuery& q) {
    Objective o;
    o.id = q.value(0).toLongLong();
    o.binomeId = q.value(1).toLongLong();
    o.skillId = q.value(2).toLongLong();
    o.learner = parseLearner(q.value(3).toString()).value_or(Learner::Senior);
    o.startLevel = q.value(4).toInt();
    o.targetLevel = q.value(5).toInt();
    o.dueDate = sql::toDate(q.value(6));
    o.status = parseObjectiveStatus(q.value(7).toString()).value_or(ObjectiveStatus::NotStarted);
    o.description = q.value(8).toString();
    o.rowVersion = q.value(9).toLongLong();
    return o;
}

QVariant idOrNull(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

/// The objectives matching `where`, by binôme then in the order they were set.
Result<QList<Objective>> selectObjectives(const Database& database, const QString& where,
                                          qint64 value) {
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT %1 FROM objective %2 ORDER BY binome_id, id"_s.arg(objectiveColumns, where));
    query.addBindValue(value);
    if (!query.exec())
        return Error{
            failure(query, QT_TRANSLATE_NOOP("ObjectiveRepository", "reading the objectives"))};
    QList<Objective> result;
    while (query.next())
        result << readObjective(query);
    return result;
}

/// "The objective on Spreadsheets" (the skill's name in the interface's language), for messages.
QString objectiveName(const Database& database, qint64 skillId) {
    QSqlQuery query(database.connection());
    query.prepare(u"SELECT code, name_en, name_fr FROM skill WHERE id = ?"_s);
    query.addBindValue(skillId);
    Skill skill;
    if (query.exec() && query.next()) {
        skill.code = query.value(0).toString();
        skill.nameEn = query.value(1).toString();
        skill.nameFr = query.value(2).toString();
    }
    return QCoreApplication::translate("ObjectiveRepository", "The objective on %1")
        .arg(skill.displayName());
}

} // namespace

Result<QList<Objective>> ObjectiveRepository::ofBinome(qint64 binomeId) const {
    return selectObjectives(m_database, u"WHERE binome_id = ?"_s, binomeId);
}

Result<QList<Objective>> ObjectiveRepository::ofProgram(qint64 programId) const {
    return selectObjectives(m_database,
                            u"WHERE binome_id IN (SELECT id FROM binome WHERE program_id = ?)"_s,
                            programId);
}

Result<std::optional<Objective>> ObjectiveRepository::find(qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT %1 FROM objective WHERE id = ?"_s.arg(objectiveColumns));
    query.addBindValue(id);
    if (!query.exec())
        return Error{
            failure(query, QT_TRANSLATE_NOOP("ObjectiveRepository", "reading an objective"))};
    if (!query.next())
        return std::optional<Objective>();
    return std::optional<Objective>(readObjective(query));
}

Result<qint64> ObjectiveRepository::insert(const Objective& o) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO objective (id, binome_id, skill_id, learner, start_level, "
                  "target_level, due_date, status, description) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(idOrNull(o.id));
    query.addBindValue(o.binomeId);
    query.addBindValue(o.skillId);
    query.addBindValue(learnerToken(o.learner));
    query.addBindValue(o.startLevel);
    query.addBindValue(o.targetLevel);
    query.addBindValue(sql::date(o.dueDate));
    query.addBindValue(objectiveStatusToken(o.status));
    query.addBindValue(sql::text(o.description));
    if (!query.exec())
        return Error{
            failure(query, QT_TRANSLATE_NOOP("ObjectiveRepository", "saving an objective"))};
    return o.id > 0 ? o.id : query.lastInsertId().toLongLong();
}

Status ObjectiveRepository::update(const Objective& o) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE objective SET skill_id = ?, learner = ?, start_level = ?, "
                  "target_level = ?, due_date = ?, status = ?, description = ?, "_s +
                  rowversion::bump() + u" "_s + rowversion::where());
    query.addBindValue(o.skillId);
    query.addBindValue(learnerToken(o.learner));
    query.addBindValue(o.startLevel);
    query.addBindValue(o.targetLevel);
    query.addBindValue(sql::date(o.dueDate));
    query.addBindValue(objectiveStatusToken(o.status));
    query.addBindValue(sql::text(o.description));
    rowversion::bind(query, o.id, o.rowVersion);
    if (!query.exec())
        return Error{
            failure(query, QT_TRANSLATE_NOOP("ObjectiveRepository", "saving an objective"))};
    if (query.numRowsAffected() != 1) {
        if (o.rowVersion == 0)
            return Error{
                QCoreApplication::translate("ObjectiveRepository", "Objective %1 does not exist.")
                    .arg(o.id)};
        return rowversion::refused(m_database, u"objective"_s, o.id,
                                   objectiveName(m_database, o.skillId));
    }
    return {};
}

Status ObjectiveRepository::setStatus(qint64 id, ObjectiveStatus status) const {
    QSqlQuery query(m_database.connection());
    // Set by a debrief's review: bumped, not checked.
    query.prepare(u"UPDATE objective SET status = ?, row_version = row_version + 1 WHERE id = ?"_s);
    query.addBindValue(objectiveStatusToken(status));
    query.addBindValue(id);
    if (!query.exec())
        return Error{
            failure(query, QT_TRANSLATE_NOOP("ObjectiveRepository", "saving an objective"))};
    return {};
}

Status ObjectiveRepository::remove(qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM objective WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return Error{
            failure(query, QT_TRANSLATE_NOOP("ObjectiveRepository", "removing an objective"))};
    return {};
}

Result<QList<LearningResource>> ObjectiveRepository::resources(qint64 skillId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT id, skill_id, title, url, row_version FROM learning_resource "
                  "WHERE ? = 0 OR skill_id = ? ORDER BY skill_id, sort_order, id"_s);
    query.addBindValue(skillId);
    query.addBindValue(skillId);
    if (!query.exec())
        return Error{failure(
            query, QT_TRANSLATE_NOOP("ObjectiveRepository", "reading the learning resources"))};
    QList<LearningResource> result;
    while (query.next())
        result << LearningResource{query.value(0).toLongLong(), query.value(1).toLongLong(),
                                   query.value(2).toString(), query.value(3).toString(),
                                   query.value(4).toLongLong()};
    return result;
}

Result<qint64> ObjectiveRepository::insertResource(const LearningResource& r) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO learning_resource (id, skill_id, title, url, sort_order) "
                  "VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(idOrNull(r.id));
    query.addBindValue(r.skillId);
    query.addBindValue(r.title.trimmed());
    query.addBindValue(sql::text(r.url.trimmed()));
    query.addBindValue(0);
    if (!query.exec())
        return Error{
            failure(query, QT_TRANSLATE_NOOP("ObjectiveRepository", "saving a learning resource"))};
    return r.id > 0 ? r.id : query.lastInsertId().toLongLong();
}

Status ObjectiveRepository::updateResource(const LearningResource& r) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE learning_resource SET skill_id = ?, title = ?, url = ?, "_s +
                  rowversion::bump() + u" "_s + rowversion::where());
    query.addBindValue(r.skillId);
    query.addBindValue(r.title.trimmed());
    query.addBindValue(sql::text(r.url.trimmed()));
    rowversion::bind(query, r.id, r.rowVersion);
    if (!query.exec())
        return Error{
            failure(query, QT_TRANSLATE_NOOP("ObjectiveRepository", "saving a learning resource"))};
    if (query.numRowsAffected() != 1)
        return rowversion::refused(
            m_database, u"learning_resource"_s, r.id,
            QCoreApplication::translate("ObjectiveRepository", "The resource %1").arg(r.title));
    return {};
}

Status ObjectiveRepository::removeResource(qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM learning_resource WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return Error{failure(
            query, QT_TRANSLATE_NOOP("ObjectiveRepository", "removing a learning resource"))};
    return {};
}

} // namespace binome

#include "binome/storage/Database.h"
#include "binome/storage/FollowUpRepository.h"

#include "SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

QString failure(const QSqlQuery& query, const char* doing) {
    return Database::describeFailure(query,
                                     QCoreApplication::translate("DebriefRepository", doing));
}

/// The debriefs matching `where` (on debrief, one value bound), by binôme, each binôme's latest
/// first.
Result<QList<Debrief>> selectDebriefs(const Database& database, const QString& where,
                                      qint64 value) {
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, binome_id, kind, debrief_date, mentee_satisfaction, "
                  "mentor_satisfaction, comments FROM debrief %1 "
                  "ORDER BY binome_id, debrief_date DESC, id DESC"_s.arg(where));
    query.addBindValue(value);
    if (!query.exec())
        return Error{
            failure(query, QT_TRANSLATE_NOOP("DebriefRepository", "reading the debriefs"))};
    QList<Debrief> result;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        Debrief d;
        d.id = query.value(0).toLongLong();
        d.binomeId = query.value(1).toLongLong();
        d.kind = parseDebriefKind(query.value(2).toString()).value_or(DebriefKind::AdHoc);
        d.date = sql::toDate(query.value(3));
        d.menteeSatisfaction = sql::toOptionalInt(query.value(4));
        d.mentorSatisfaction = sql::toOptionalInt(query.value(5));
        d.comments = query.value(6).toString();
        index.insert(d.id, result.size());
        result << d;
    }
    if (result.isEmpty())
        return result;
    QSqlQuery reviews(database.connection());
    reviews.setForwardOnly(true);
    reviews.prepare(u"SELECT r.debrief_id, r.objective_id, r.new_level, r.status, "
                    "r.previous_status FROM debrief_review r JOIN debrief ON debrief.id = "
                    "r.debrief_id %1 ORDER BY r.objective_id"_s.arg(where));
    reviews.addBindValue(value);
    if (!reviews.exec())
        return Error{
            failure(reviews, QT_TRANSLATE_NOOP("DebriefRepository", "reading the debriefs"))};
    while (reviews.next()) {
        const auto found = index.constFind(reviews.value(0).toLongLong());
        if (found == index.constEnd())
            continue;
        ObjectiveReview r;
        r.objectiveId = reviews.value(1).toLongLong();
        r.newLevel = sql::toOptionalInt(reviews.value(2));
        r.status =
            parseObjectiveStatus(reviews.value(3).toString()).value_or(ObjectiveStatus::InProgress);
        r.previousStatus =
            parseObjectiveStatus(reviews.value(4).toString()).value_or(ObjectiveStatus::InProgress);
        result[*found].reviews << r;
    }
    return result;
}

} // namespace

Result<QList<Debrief>> DebriefRepository::ofBinome(qint64 binomeId) const {
    return selectDebriefs(m_database, u"WHERE debrief.binome_id = ?"_s, binomeId);
}

Result<QList<Debrief>> DebriefRepository::ofProgram(qint64 programId) const {
    return selectDebriefs(
        m_database, u"WHERE debrief.binome_id IN (SELECT id FROM binome WHERE program_id = ?)"_s,
        programId);
}

Result<std::optional<Debrief>> DebriefRepository::find(qint64 id) const {
    auto found = selectDebriefs(m_database, u"WHERE debrief.id = ?"_s, id);
    if (!found)
        return Error{found.error()};
    if (found->isEmpty())
        return std::optional<Debrief>();
    return std::optional<Debrief>(found->first());
}

Result<qint64> DebriefRepository::insert(const Debrief& d) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO debrief (id, binome_id, kind, debrief_date, mentee_satisfaction, "
                  "mentor_satisfaction, comments) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(d.id > 0 ? QVariant(d.id) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(d.binomeId);
    query.addBindValue(debriefKindToken(d.kind));
    query.addBindValue(sql::date(d.date));
    query.addBindValue(sql::optionalInt(d.menteeSatisfaction));
    query.addBindValue(sql::optionalInt(d.mentorSatisfaction));
    query.addBindValue(sql::text(d.comments));
    if (!query.exec())
        return Error{failure(query, QT_TRANSLATE_NOOP("DebriefRepository", "saving a debrief"))};
    const qint64 id = d.id > 0 ? d.id : query.lastInsertId().toLongLong();
    QSqlQuery review(m_database.connection());
    review.prepare(u"INSERT INTO debrief_review (debrief_id, objective_id, new_level, status, "
                   "previous_status) VALUES (?, ?, ?, ?, ?)"_s);
    for (const ObjectiveReview& r : d.reviews) {
        review.addBindValue(id);
        review.addBindValue(r.objectiveId);
        review.addBindValue(sql::optionalInt(r.newLevel));
        review.addBindValue(objectiveStatusToken(r.status));
        review.addBindValue(objectiveStatusToken(r.previousStatus));
        if (!review.exec())
            return Error{
                failure(review, QT_TRANSLATE_NOOP("DebriefRepository", "saving a debrief"))};
    }
    return id;
}

Status DebriefRepository::remove(qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM debrief WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return Error{failure(query, QT_TRANSLATE_NOOP("DebriefRepository", "removing a debrief"))};
    return {};
}

Status DebriefRepository::recordLevel(const LevelRecord& r) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO level_history (participant_id, skill_id, level, recorded_on, "
                  "source, debrief_id) VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(r.participantId);
    query.addBindValue(r.skillId);
    query.addBindValue(r.level);
    query.addBindValue(sql::date(r.date));
    query.addBindValue(levelSourceToken(r.source));
    query.addBindValue(r.debriefId > 0 ? QVariant(r.debriefId)
                                       : QVariant(QMetaType::fromType<qint64>()));
    if (!query.exec())
        return Error{failure(query, QT_TRANSLATE_NOOP("DebriefRepository", "recording a level"))};
    // The current level is the latest of the history.
    query.prepare(
        u"INSERT INTO participant_skill (participant_id, skill_id, level) VALUES (?, ?, ?) "
        "ON CONFLICT (participant_id, skill_id) DO NOTHING"_s);
    query.addBindValue(r.participantId);
    query.addBindValue(r.skillId);
    query.addBindValue(r.level);
    if (!query.exec())
        return Error{failure(query, QT_TRANSLATE_NOOP("DebriefRepository", "recording a level"))};
    return refreshCurrentLevels(r.participantId);
}

Status DebriefRepository::refreshCurrentLevels(qint64 participantId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE participant_skill SET level = (SELECT h.level FROM level_history h "
                  "WHERE h.participant_id = participant_skill.participant_id AND h.skill_id = "
                  "participant_skill.skill_id ORDER BY h.recorded_on DESC, h.id DESC LIMIT 1) "
                  "WHERE participant_id = ? AND EXISTS (SELECT 1 FROM level_history h WHERE "
                  "h.participant_id = participant_skill.participant_id AND h.skill_id = "
                  "participant_skill.skill_id)"_s);
    query.addBindValue(participantId);
    if (!query.exec())
        return Error{failure(query, QT_TRANSLATE_NOOP("DebriefRepository", "recording a level"))};
    // The person's levels are part of their record: an edit (or the undo of one) made from what
    // was read before this must not write the old levels back over these.
    query.prepare(u"UPDATE participant SET row_version = row_version + 1 WHERE id = ?"_s);
    query.addBindValue(participantId);
    if (!query.exec())
        return Error{failure(query, QT_TRANSLATE_NOOP("DebriefRepository", "recording a level"))};
    return {};
}

Result<QList<LevelRecord>> DebriefRepository::levelHistory(qint64 participantId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(
        u"SELECT h.id, h.participant_id, h.skill_id, s.code, h.level, h.recorded_on, "
        "h.source, h.debrief_id FROM level_history h JOIN skill s ON s.id = h.skill_id "
        "WHERE h.participant_id = ? ORDER BY s.sort_order, s.code, h.recorded_on, h.id"_s);
    query.addBindValue(participantId);
    if (!query.exec())
        return Error{
            failure(query, QT_TRANSLATE_NOOP("DebriefRepository", "reading the level history"))};
    QList<LevelRecord> result;
    while (query.next()) {
        LevelRecord r;
        r.id = query.value(0).toLongLong();
        r.participantId = query.value(1).toLongLong();
        r.skillId = query.value(2).toLongLong();
        r.skillCode = query.value(3).toString();
        r.level = query.value(4).toInt();
        r.date = sql::toDate(query.value(5));
        r.source = parseLevelSource(query.value(6).toString()).value_or(LevelSource::Edit);
        r.debriefId = query.value(7).toLongLong();
        result << r;
    }
    return result;
}

Result<std::optional<int>> DebriefRepository::currentLevel(qint64 participantId,
                                                           qint64 skillId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(
        u"SELECT level FROM participant_skill WHERE participant_id = ? AND skill_id = ?"_s);
    query.addBindValue(participantId);
    query.addBindValue(skillId);
    if (!query.exec())
        return Error{
            failure(query, QT_TRANSLATE_NOOP("DebriefRepository", "reading the level history"))};
    if (!query.next())
        return std::optional<int>();
    return sql::toOptionalInt(query.value(0));
}

} // namespace binome

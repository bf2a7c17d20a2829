#include "binome/storage/Database.h"
#include "binome/storage/FollowUpRepository.h"

#include "RowVersion.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

QString failure(const QSqlQuery& query, const char* doing) {
    return Database::describeFailure(query,
                                     QCoreApplication::translate("SessionRepository", doing));
}

} // namespace

Result<QList<Session>> SessionRepository::select(const QString& where, const QString& order,
                                                 const QList<QVariant>& values) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT s.id, s.binome_id, s.held, s.session_date, s.minutes, s.mode, s.notes, "
                  "s.next_steps, s.mentee_rating, s.mentor_rating, s.row_version "
                  "FROM mentoring_session s %1 %2"_s.arg(where, order));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error{
            failure(query, QT_TRANSLATE_NOOP("SessionRepository", "reading the sessions"))};
    QList<Session> result;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        Session s;
        s.id = query.value(0).toLongLong();
        s.binomeId = query.value(1).toLongLong();
        s.planned = query.value(2).toInt() == 0;
        s.date = sql::toDate(query.value(3));
        s.minutes = query.value(4).toInt();
        s.mode = parseSessionMode(query.value(5).toString()).value_or(SessionMode::InPerson);
        s.notes = query.value(6).toString();
        s.nextSteps = query.value(7).toString();
        s.menteeRating = sql::toOptionalInt(query.value(8));
        s.mentorRating = sql::toOptionalInt(query.value(9));
        s.rowVersion = query.value(10).toLongLong();
        index.insert(s.id, result.size());
        result << s;
    }
    if (result.isEmpty())
        return result;
    // The skills of these sessions, in one query, each session's by id.
    QSqlQuery skills(m_database.connection());
    skills.setForwardOnly(true);
    skills.prepare(u"SELECT k.session_id, k.skill_id FROM session_skill k "
                   "JOIN mentoring_session s ON s.id = k.session_id %1 "
                   "ORDER BY k.session_id, k.skill_id"_s.arg(where));
    for (const QVariant& value : values)
        skills.addBindValue(value);
    if (!skills.exec())
        return Error{
            failure(skills, QT_TRANSLATE_NOOP("SessionRepository", "reading the sessions"))};
    while (skills.next()) {
        const auto found = index.constFind(skills.value(0).toLongLong());
        if (found != index.constEnd())
            result[*found].skillIds << skills.value(1).toLongLong();
    }
    return result;
}

Result<QList<Session>> SessionRepository::ofBinome(qint64 binomeId) const {
    return select(u"WHERE s.binome_id = ?"_s, u"ORDER BY s.session_date DESC, s.id DESC"_s,
                  {QVariant(binomeId)});
}

Result<QList<Session>> SessionRepository::ofProgram(qint64 programId) const {
    return select(u"WHERE s.binome_id IN (SELECT id FROM binome WHERE program_id = ?)"_s,
                  u"ORDER BY s.binome_id, s.session_date DESC, s.id DESC"_s, {QVariant(programId)});
}

Result<std::optional<Session>> SessionRepository::find(qint64 id) const {
    auto found = select(u"WHERE s.id = ?"_s, QString(), {QVariant(id)});
    if (!found)
        return Error{found.error()};
    if (found->isEmpty())
        return std::optional<Session>();
    return std::optional<Session>(found->first());
}

Result<QList<Session>> SessionRepository::plannedOfProgram(qint64 programId) const {
    return select(u"WHERE s.held = 0 AND s.binome_id IN (SELECT id FROM binome WHERE "
                  "status <> 'ended' AND (? = 0 OR program_id = ?))"_s,
                  u"ORDER BY s.session_date, s.id"_s, {QVariant(programId), QVariant(programId)});
}

Status SessionRepository::writeSkills(qint64 sessionId, const QList<qint64>& skillIds) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM session_skill WHERE session_id = ?"_s);
    query.addBindValue(sessionId);
    if (!query.exec())
        return Error{failure(query, QT_TRANSLATE_NOOP("SessionRepository", "saving a session"))};
    query.prepare(u"INSERT INTO session_skill (session_id, skill_id) VALUES (?, ?) "
                  "ON CONFLICT DO NOTHING"_s);
    for (qint64 skillId : skillIds) {
        query.addBindValue(sessionId);
        query.addBindValue(skillId);
        if (!query.exec())
            return Error{
                failure(query, QT_TRANSLATE_NOOP("SessionRepository", "saving a session"))};
    }
    return {};
}

Result<qint64> SessionRepository::insert(const Session& s) const {
    const auto ids = insertAll({s});
    if (!ids)
        return Error{ids.error()};
    return ids->first();
}

Result<QList<qint64>> SessionRepository::insertAll(const QList<Session>& sessions) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO mentoring_session (id, binome_id, held, session_date, minutes, "
                  "mode, notes, next_steps, mentee_rating, mentor_rating) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery skills(m_database.connection());
    skills.prepare(u"INSERT INTO session_skill (session_id, skill_id) VALUES (?, ?) "
                   "ON CONFLICT DO NOTHING"_s);
    QList<qint64> ids;
    ids.reserve(sessions.size());
    for (const Session& s : sessions) {
        query.addBindValue(s.id > 0 ? QVariant(s.id) : QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(s.binomeId);
        query.addBindValue(s.planned ? 0 : 1);
        query.addBindValue(sql::date(s.date));
        query.addBindValue(s.minutes);
        query.addBindValue(sessionModeToken(s.mode));
        query.addBindValue(sql::text(s.notes));
        query.addBindValue(sql::text(s.nextSteps));
        query.addBindValue(sql::optionalInt(s.menteeRating));
        query.addBindValue(sql::optionalInt(s.mentorRating));
        if (!query.exec())
            return Error{
                failure(query, QT_TRANSLATE_NOOP("SessionRepository", "saving a session"))};
        // A new id has no skills yet (they go with their session): no need to clear them.
        const qint64 id = s.id > 0 ? s.id : query.lastInsertId().toLongLong();
        for (qint64 skillId : s.skillIds) {
            skills.addBindValue(id);
            skills.addBindValue(skillId);
            if (!skills.exec())
                return Error{
                    failure(skills, QT_TRANSLATE_NOOP("SessionRepository", "saving a session"))};
        }
        ids << id;
    }
    return ids;
}

Status SessionRepository::update(const Session& s) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE mentoring_session SET held = ?, session_date = ?, minutes = ?, "
                  "mode = ?, notes = ?, next_steps = ?, mentee_rating = ?, mentor_rating = ?, "_s +
                  rowversion::bump() + u" "_s + rowversion::where());
    query.addBindValue(s.planned ? 0 : 1);
    query.addBindValue(sql::date(s.date));
    query.addBindValue(s.minutes);
    query.addBindValue(sessionModeToken(s.mode));
    query.addBindValue(sql::text(s.notes));
    query.addBindValue(sql::text(s.nextSteps));
    query.addBindValue(sql::optionalInt(s.menteeRating));
    query.addBindValue(sql::optionalInt(s.mentorRating));
    rowversion::bind(query, s.id, s.rowVersion);
    if (!query.exec())
        return Error{failure(query, QT_TRANSLATE_NOOP("SessionRepository", "saving a session"))};
    if (query.numRowsAffected() != 1) {
        if (s.rowVersion == 0)
            return Error{
                QCoreApplication::translate("SessionRepository", "Session %1 does not exist.")
                    .arg(s.id)};
        return rowversion::refused(
            m_database, u"mentoring_session"_s, s.id,
            QCoreApplication::translate("SessionRepository", "The session of %1")
                .arg(QLocale().toString(s.date, QLocale::ShortFormat)));
    }
    return writeSkills(s.id, s.skillIds);
}

Status SessionRepository::remove(qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM mentoring_session WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return Error{failure(query, QT_TRANSLATE_NOOP("SessionRepository", "removing a session"))};
    return {};
}

} // namespace binome

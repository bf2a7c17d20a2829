#include "binome/storage/FollowUpQueries.h"

#include "binome/storage/Database.h"

#include "SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

QString failure(const QSqlQuery& query) {
    return Database::describeFailure(
        query, QCoreApplication::translate("FollowUpQueries", "reading the follow-up"));
}

/// Runs `sql` where %1 is the binômes' filter, bound to `filter`.
bool run(QSqlQuery& query, const QString& sql, const QString& filter, const QList<QVariant>& before,
         const QVariant& filterValue) {
    query.setForwardOnly(true);
    query.prepare(sql.arg(filter));
    for (const QVariant& value : before)
        query.addBindValue(value);
    query.addBindValue(filterValue);
    return query.exec();
}

} // namespace

Result<QList<FollowUpRow>> FollowUpQueries::rows(qint64 programId, qint64 binomeId,
                                                 const QDate& today) const {
    const QString filter = binomeId > 0 ? u"b.id = ?"_s : u"b.program_id = ?"_s;
    const QVariant filterValue = binomeId > 0 ? binomeId : programId;
    const QString todayText = today.toString(Qt::ISODate);
    QList<FollowUpRow> rows;
    QHash<qint64, qsizetype> index;

    QSqlQuery query(m_database.connection());
    if (!run(query,
             u"SELECT b.id, b.program_id, b.junior_id, b.senior_id, b.score, b.status, "
             "b.start_date, b.end_date, b.end_reason, b.end_note, b.run_id, "
             "j.first_name, j.last_name, j.email, s.first_name, s.last_name, s.email "
             "FROM binome b JOIN participant j ON j.id = b.junior_id "
             "JOIN participant s ON s.id = b.senior_id WHERE %1 ORDER BY b.id"_s,
             filter, {}, filterValue))
        return Error{failure(query)};
    while (query.next()) {
        FollowUpRow row;
        Binome& b = row.binome;
        b.id = query.value(0).toLongLong();
        b.programId = query.value(1).toLongLong();
        b.juniorId = query.value(2).toLongLong();
        b.seniorId = query.value(3).toLongLong();
        b.score = query.value(4).toDouble();
        b.status = parseBinomeStatus(query.value(5).toString()).value_or(BinomeStatus::Active);
        b.startDate = sql::toDate(query.value(6));
        b.endDate = sql::toDate(query.value(7));
        if (!query.value(8).isNull())
            b.endReason = parseEndReason(query.value(8).toString());
        b.endNote = query.value(9).toString();
        b.runId = query.value(10).toLongLong();
        row.juniorName = query.value(11).toString() + u' ' + query.value(12).toString();
        row.juniorEmail = query.value(13).toString();
        row.seniorName = query.value(14).toString() + u' ' + query.value(15).toString();
        row.seniorEmail = query.value(16).toString();
        index.insert(b.id, rows.size());
        rows << row;
    }
    if (rows.isEmpty())
        return rows;

    // Sessions: held count and minutes, last held, next planned; each an aggregate on the
    // binôme's range of the (binome_id, held, session_date) index.
    if (!run(query,
             u"SELECT b.id, "
             "(SELECT COUNT(*) FROM mentoring_session m WHERE m.binome_id = b.id "
             "AND m.held = 1), "
             "(SELECT SUM(m.minutes) FROM mentoring_session m WHERE m.binome_id = b.id "
             "AND m.held = 1), "
             "(SELECT MAX(m.session_date) FROM mentoring_session m WHERE m.binome_id = b.id "
             "AND m.held = 1), "
             "(SELECT MIN(m.session_date) FROM mentoring_session m WHERE m.binome_id = b.id "
             "AND m.held = 0 AND m.session_date >= ?), "
             "(SELECT COUNT(*) FROM mentoring_session m WHERE m.binome_id = b.id "
             "AND m.held = 0 AND m.session_date >= ?) "
             "FROM binome b WHERE %1"_s,
             filter, {todayText, todayText}, filterValue))
        return Error{failure(query)};
    while (query.next()) {
        FollowUpRow& row = rows[index.value(query.value(0).toLongLong())];
        row.sessionsHeld = query.value(1).toInt();
        row.minutesHeld = query.value(2).toInt();
        row.lastHeld = sql::toDate(query.value(3));
        row.nextPlanned = sql::toDate(query.value(4));
        row.sessionsPlanned = query.value(5).toInt();
    }

    // Objectives: achieved, total (not dropped), overdue.
    if (!run(query,
             u"SELECT o.binome_id, "
             "SUM(CASE WHEN o.status = 'achieved' THEN 1 ELSE 0 END), "
             "SUM(CASE WHEN o.status <> 'dropped' THEN 1 ELSE 0 END), "
             "SUM(CASE WHEN o.status IN ('not-started', 'in-progress') AND o.due_date IS NOT NULL "
             "AND o.due_date < ? THEN 1 ELSE 0 END) "
             "FROM objective o JOIN binome b ON b.id = o.binome_id WHERE %1 "
             "GROUP BY o.binome_id"_s,
             filter, {todayText}, filterValue))
        return Error{failure(query)};
    while (query.next()) {
        FollowUpRow& row = rows[index.value(query.value(0).toLongLong())];
        row.objectivesAchieved = query.value(1).toInt();
        row.objectivesTotal = query.value(2).toInt();
        row.objectivesOverdue = query.value(3).toInt();
    }

    // Level gain: the learner's latest level on each objective's skill minus its start level.
    if (!run(query,
             u"SELECT o.binome_id, AVG(h.level - o.start_level) FROM objective o "
             "JOIN binome b ON b.id = o.binome_id "
             "JOIN level_history h ON h.id = (SELECT h2.id FROM level_history h2 WHERE "
             "h2.participant_id = CASE o.learner WHEN 'junior' THEN b.junior_id ELSE b.senior_id "
             "END AND h2.skill_id = o.skill_id ORDER BY h2.recorded_on DESC, h2.id DESC LIMIT 1) "
             "WHERE o.status <> 'dropped' AND %1 GROUP BY o.binome_id"_s,
             filter, {}, filterValue))
        return Error{failure(query)};
    while (query.next())
        rows[index.value(query.value(0).toLongLong())].averageGain = query.value(1).toDouble();

    // Debriefs held, by kind.
    if (!run(query,
             u"SELECT DISTINCT d.binome_id, d.kind FROM debrief d JOIN binome b ON b.id = "
             "d.binome_id WHERE %1"_s,
             filter, {}, filterValue))
        return Error{failure(query)};
    while (query.next())
        if (const auto kind = parseDebriefKind(query.value(1).toString()))
            rows[index.value(query.value(0).toLongLong())].debriefsHeld << *kind;

    // The ratings of each binôme's latest rated, held session: one index seek per binôme.
    if (!run(query,
             u"SELECT b.id, m.mentee_rating, m.mentor_rating FROM binome b "
             "JOIN mentoring_session m ON m.id = (SELECT m2.id FROM mentoring_session m2 "
             "WHERE m2.binome_id = b.id AND m2.held = 1 AND (m2.mentee_rating IS NOT NULL "
             "OR m2.mentor_rating IS NOT NULL) ORDER BY m2.session_date DESC, m2.id DESC "
             "LIMIT 1) WHERE %1"_s,
             filter, {}, filterValue))
        return Error{failure(query)};
    while (query.next()) {
        int lowest = MaxRating + 1;
        for (int column : {1, 2})
            if (!query.value(column).isNull())
                lowest = std::min(lowest, query.value(column).toInt());
        if (lowest <= LowRating)
            rows[index.value(query.value(0).toLongLong())].lastLowRating = lowest;
    }
    return rows;
}

} // namespace binome

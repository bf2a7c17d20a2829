#include "binome/storage/BinomeRepository.h"

#include "binome/storage/Database.h"

#include "RowVersion.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

QString failure(const QSqlQuery& query, const char* doing) {
    return Database::describeFailure(query, QCoreApplication::translate("BinomeRepository", doing));
}

const QString columns = u"b.id, b.program_id, b.junior_id, b.senior_id, b.score, b.explanation, "
                        "b.explanation_data, b.run_id, b.created_at, b.status, b.start_date, "
                        "b.end_date, b.end_reason, b.end_note, b.row_version"_s;

Binome readBinome(const QSqlQuery& q) {
    Binome b;
    b.id = q.value(0).toLongLong();
    b.programId = q.value(1).toLongLong();
    b.juniorId = q.value(2).toLongLong();
    b.seniorId = q.value(3).toLongLong();
    b.score = q.value(4).toDouble();
    b.explanation = q.value(5).toString();
    b.explanationData = q.value(6).toString();
    b.runId = q.value(7).toLongLong();
    b.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    b.status = parseBinomeStatus(q.value(9).toString()).value_or(BinomeStatus::Active);
    b.startDate = sql::toDate(q.value(10));
    b.endDate = sql::toDate(q.value(11));
    if (!q.value(12).isNull())
        b.endReason = parseEndReason(q.value(12).toString());
    b.endNote = q.value(13).toString();
    b.rowVersion = q.value(14).toLongLong();
    return b;
}

} // namespace

QString BinomeRepository::nameOf(qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT j.first_name || ' ' || j.last_name, s.first_name || ' ' || s.last_name "
                  "FROM binome b JOIN participant j ON j.id = b.junior_id "
                  "JOIN participant s ON s.id = b.senior_id WHERE b.id = ?"_s);
    query.addBindValue(id);
    if (query.exec() && query.next())
        return QCoreApplication::translate("BinomeRepository", "The binôme %1 – %2")
            .arg(query.value(0).toString(), query.value(1).toString());
    return QCoreApplication::translate("BinomeRepository", "The binôme %1").arg(id);
}

Result<std::optional<Binome>> BinomeRepository::find(qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT %1 FROM binome b WHERE b.id = ?"_s.arg(columns));
    query.addBindValue(id);
    if (!query.exec())
        return Error{failure(query, QT_TRANSLATE_NOOP("BinomeRepository", "reading a binôme"))};
    if (!query.next())
        return std::optional<Binome>();
    return std::optional<Binome>(readBinome(query));
}

Result<QList<Binome>> BinomeRepository::ofProgram(qint64 programId) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM binome b WHERE b.program_id = ? ORDER BY b.id"_s.arg(columns));
    query.addBindValue(programId);
    if (!query.exec())
        return Error{failure(query, QT_TRANSLATE_NOOP("BinomeRepository", "reading the binômes"))};
    QList<Binome> result;
    while (query.next())
        result << readBinome(query);
    return result;
}

Result<QList<Binome>> BinomeRepository::ofRun(qint64 runId) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM binome b WHERE b.run_id = ? ORDER BY b.id"_s.arg(columns));
    query.addBindValue(runId);
    if (!query.exec())
        return Error{failure(query, QT_TRANSLATE_NOOP("BinomeRepository", "reading the binômes"))};
    QList<Binome> result;
    while (query.next())
        result << readBinome(query);
    return result;
}

Result<std::optional<Binome>> BinomeRepository::findOpen(qint64 programId,
                                                         const QString& juniorEmailKey,
                                                         const QString& seniorEmailKey) const {
    QSqlQuery query(m_database.connection());
    query.prepare(
        u"SELECT %1 FROM binome b JOIN participant j ON j.id = b.junior_id "
        "JOIN participant s ON s.id = b.senior_id "
        "WHERE b.status <> 'ended' AND j.email_key = ? AND s.email_key = ? "
        "AND (? = 0 OR b.program_id = ?) ORDER BY b.start_date DESC, b.id DESC"_s.arg(columns));
    query.addBindValue(juniorEmailKey);
    query.addBindValue(seniorEmailKey);
    query.addBindValue(programId);
    query.addBindValue(programId);
    if (!query.exec())
        return Error{failure(query, QT_TRANSLATE_NOOP("BinomeRepository", "finding a binôme"))};
    if (!query.next())
        return std::optional<Binome>();
    return std::optional<Binome>(readBinome(query));
}

Result<qint64> BinomeRepository::insert(const Binome& b) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO binome (program_id, junior_id, senior_id, score, explanation, "
                  "explanation_data, run_id, status, start_date, end_date, end_reason, end_note) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(b.programId);
    query.addBindValue(b.juniorId);
    query.addBindValue(b.seniorId);
    query.addBindValue(b.score);
    query.addBindValue(sql::text(b.explanation));
    query.addBindValue(sql::text(b.explanationData));
    query.addBindValue(b.runId > 0 ? QVariant(b.runId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(binomeStatusToken(b.status));
    query.addBindValue(sql::date(b.startDate.isValid() ? b.startDate : QDate::currentDate()));
    query.addBindValue(sql::date(b.endDate));
    query.addBindValue(b.endReason ? QVariant(endReasonToken(*b.endReason))
                                   : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(sql::text(b.endNote));
    if (!query.exec()) {
        if (Database::failedUnique(query)) {
            // One open binôme per senior in a program: confirmed meanwhile, perhaps elsewhere.
            QSqlQuery name(m_database.connection());
            name.prepare(u"SELECT first_name || ' ' || last_name FROM participant WHERE id = ?"_s);
            name.addBindValue(b.seniorId);
            const QString senior =
                name.exec() && name.next() ? name.value(0).toString() : QString::number(b.seniorId);
            return Error{QCoreApplication::translate(
                             "BinomeRepository",
                             "%1 already has a binôme in this program (confirmed meanwhile, "
                             "perhaps in another window or on another computer); nothing was "
                             "saved.")
                             .arg(senior)};
        }
        return Error{failure(query, QT_TRANSLATE_NOOP("BinomeRepository", "creating a binôme"))};
    }
    return query.lastInsertId().toLongLong();
}

Status BinomeRepository::updateState(const Binome& b) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE binome SET status = ?, end_date = ?, end_reason = ?, end_note = ?, "_s +
                  rowversion::bump() + u" "_s + rowversion::where());
    query.addBindValue(binomeStatusToken(b.status));
    query.addBindValue(sql::date(b.endDate));
    query.addBindValue(b.endReason ? QVariant(endReasonToken(*b.endReason))
                                   : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(sql::text(b.endNote));
    rowversion::bind(query, b.id, b.rowVersion);
    if (!query.exec())
        return Error{failure(query, QT_TRANSLATE_NOOP("BinomeRepository", "saving a binôme"))};
    if (query.numRowsAffected() != 1) {
        if (b.rowVersion == 0)
            return Error{
                QCoreApplication::translate("BinomeRepository", "Binôme %1 does not exist.")
                    .arg(b.id)};
        return rowversion::refused(m_database, u"binome"_s, b.id, nameOf(b.id));
    }
    return {};
}

Result<QList<qint64>> BinomeRepository::openOf(qint64 programId, qint64 participantId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT id FROM binome WHERE program_id = ? AND status <> 'ended' "
                  "AND (junior_id = ? OR senior_id = ?) ORDER BY id"_s);
    query.addBindValue(programId);
    query.addBindValue(participantId);
    query.addBindValue(participantId);
    if (!query.exec())
        return Error{failure(query, QT_TRANSLATE_NOOP("BinomeRepository", "reading the binômes"))};
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

} // namespace binome

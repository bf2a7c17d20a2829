#include "binome/storage/PairingRepository.h"

#include "binome/domain/Collation.h"
#include "binome/storage/Database.h"

#include "SqlValues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace binome {

namespace {
QString failure(const QSqlQuery& query, const char* doing) {
    return Database::describeFailure(query,
                                     QCoreApplication::translate("PairingRepository", doing));
}
} // namespace

QString PairingRepository::settingsToJson(const PairingSettings& s) {
    const QJsonObject object{{u"weight_skill"_s, s.weightSkill},
                             {u"weight_availability"_s, s.weightAvailability},
                             {u"weight_site"_s, s.weightSite},
                             {u"weight_cross_department"_s, s.weightCrossDepartment},
                             {u"forbid_same_department"_s, s.forbidSameDepartment},
                             {u"forbid_same_reporting_line"_s, s.forbidSameReportingLine},
                             {u"require_covered_gap"_s, s.requireCoveredGap},
                             {u"min_score"_s, s.minScore}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

PairingSettings PairingRepository::settingsFromJson(const QString& json) {
    PairingSettings s;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    s.weightSkill = o.value(u"weight_skill"_s).toDouble(s.weightSkill);
    s.weightAvailability = o.value(u"weight_availability"_s).toDouble(s.weightAvailability);
    s.weightSite = o.value(u"weight_site"_s).toDouble(s.weightSite);
    s.weightCrossDepartment =
        o.value(u"weight_cross_department"_s).toDouble(s.weightCrossDepartment);
    s.forbidSameDepartment = o.value(u"forbid_same_department"_s).toBool(s.forbidSameDepartment);
    s.forbidSameReportingLine =
        o.value(u"forbid_same_reporting_line"_s).toBool(s.forbidSameReportingLine);
    s.requireCoveredGap = o.value(u"require_covered_gap"_s).toBool(s.requireCoveredGap);
    s.minScore = o.value(u"min_score"_s).toDouble(s.minScore);
    return s;
}

Result<QList<qint64>> PairingRepository::enrolledIds(qint64 programId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT participant_id FROM program_participant WHERE program_id = ? "
                  "ORDER BY participant_id"_s);
    query.addBindValue(programId);
    if (!query.exec())
        return Error{
            failure(query, QT_TRANSLATE_NOOP("PairingRepository", "reading the enrolment"))};
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

Result<int> PairingRepository::enrol(qint64 programId, const QList<qint64>& participantIds) const {
    QSqlQuery query(m_database.connection());
    query.prepare(
        u"INSERT OR IGNORE INTO program_participant (program_id, participant_id) VALUES (?, ?)"_s);
    int added = 0;
    for (qint64 id : participantIds) {
        query.addBindValue(programId);
        query.addBindValue(id);
        if (!query.exec())
            return Error{
                failure(query, QT_TRANSLATE_NOOP("PairingRepository", "enrolling participants"))};
        added += query.numRowsAffected();
    }
    return added;
}

Status PairingRepository::unenrol(qint64 programId, const QList<qint64>& participantIds) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM program_participant WHERE program_id = ? AND participant_id = ?"_s);
    for (qint64 id : participantIds) {
        query.addBindValue(programId);
        query.addBindValue(id);
        if (!query.exec())
            return Error{
                failure(query, QT_TRANSLATE_NOOP("PairingRepository", "withdrawing participants"))};
    }
    return {};
}

Result<PairingSettings> PairingRepository::settings(qint64 programId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT settings FROM pairing_settings WHERE program_id = ?"_s);
    query.addBindValue(programId);
    if (!query.exec())
        return Error{
            failure(query, QT_TRANSLATE_NOOP("PairingRepository", "reading the pairing settings"))};
    if (!query.next())
        return PairingSettings{};
    return settingsFromJson(query.value(0).toString());
}

Status PairingRepository::saveSettings(qint64 programId, const PairingSettings& settings) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO pairing_settings (program_id, settings) VALUES (?, ?) "
                  "ON CONFLICT (program_id) DO UPDATE SET settings = excluded.settings"_s);
    query.addBindValue(programId);
    query.addBindValue(settingsToJson(settings));
    if (!query.exec())
        return Error{
            failure(query, QT_TRANSLATE_NOOP("PairingRepository", "saving the pairing settings"))};
    return {};
}

Result<QList<PersonPair>> PairingRepository::exclusions(qint64 programId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT junior_id, senior_id FROM pairing_exclusion WHERE program_id = ? "
                  "ORDER BY junior_id, senior_id"_s);
    query.addBindValue(programId);
    if (!query.exec())
        return Error{
            failure(query, QT_TRANSLATE_NOOP("PairingRepository", "reading the exclusions"))};
    QList<PersonPair> pairs;
    while (query.next())
        pairs << PersonPair{query.value(0).toLongLong(), query.value(1).toLongLong()};
    return pairs;
}

Status PairingRepository::setExcluded(qint64 programId, PersonPair pair, bool excluded) const {
    QSqlQuery query(m_database.connection());
    query.prepare(
        excluded ? u"INSERT OR IGNORE INTO pairing_exclusion (program_id, junior_id, senior_id) "
                   "VALUES (?, ?, ?)"_s
                 : u"DELETE FROM pairing_exclusion WHERE program_id = ? AND junior_id = ? "
                   "AND senior_id = ?"_s);
    query.addBindValue(programId);
    query.addBindValue(pair.first);
    query.addBindValue(pair.second);
    if (!query.exec())
        return Error{failure(query, QT_TRANSLATE_NOOP("PairingRepository", "saving an exclusion"))};
    return {};
}

Result<QStringList> PairingRepository::programsWithBinomeOf(qint64 participantId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT DISTINCT p.name FROM binome b JOIN program p ON p.id = b.program_id "
                  "WHERE b.status <> 'ended' AND (b.junior_id = ? OR b.senior_id = ?) "
                  "ORDER BY p.name"_s);
    query.addBindValue(participantId);
    query.addBindValue(participantId);
    if (!query.exec())
        return Error{failure(query, QT_TRANSLATE_NOOP("PairingRepository", "reading the binômes"))};
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    sortByName(names); // in the interface's language: SQL orders names by their bytes
    return names;
}

Result<bool> PairingRepository::hasEndedBinome(qint64 participantId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT count(*) FROM binome WHERE status = 'ended' AND "
                  "(junior_id = ? OR senior_id = ?)"_s);
    query.addBindValue(participantId);
    query.addBindValue(participantId);
    if (!query.exec() || !query.next())
        return Error{failure(query, QT_TRANSLATE_NOOP("PairingRepository", "reading the binômes"))};
    return query.value(0).toInt() > 0;
}

Result<qint64> PairingRepository::insertRun(const PairingRun& run) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO pairing_run (program_id, run_by, settings, total, pair_count) "
                  "VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(run.programId);
    query.addBindValue(sql::text(run.runBy));
    query.addBindValue(settingsToJson(run.settings));
    query.addBindValue(run.total);
    query.addBindValue(run.pairCount);
    if (!query.exec())
        return Error{
            failure(query, QT_TRANSLATE_NOOP("PairingRepository", "recording the pairing run"))};
    return query.lastInsertId().toLongLong();
}

Result<QList<PairingRun>> PairingRepository::runs(qint64 programId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(
        u"SELECT id, program_id, run_at, run_by, settings, total, pair_count FROM pairing_run "
        "WHERE program_id = ? ORDER BY id"_s);
    query.addBindValue(programId);
    if (!query.exec())
        return Error{
            failure(query, QT_TRANSLATE_NOOP("PairingRepository", "reading the pairing runs"))};
    QList<PairingRun> runs;
    while (query.next()) {
        PairingRun run;
        run.id = query.value(0).toLongLong();
        run.programId = query.value(1).toLongLong();
        run.runAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODate);
        run.runBy = query.value(3).toString();
        run.settings = settingsFromJson(query.value(4).toString());
        run.total = query.value(5).toDouble();
        run.pairCount = query.value(6).toInt();
        runs << run;
    }
    return runs;
}

} // namespace binome

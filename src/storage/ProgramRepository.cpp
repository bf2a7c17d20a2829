#include "binome/storage/ProgramRepository.h"

#include "binome/domain/Collation.h"
#include "binome/storage/Database.h"

#include "RowVersion.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

Program programFrom(const QSqlQuery& query) {
    Program program;
    program.id = query.value(0).toLongLong();
    program.name = query.value(1).toString();
    program.startDate = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    program.endDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    program.description = query.value(4).toString();
    program.cadenceDays = query.value(5).toInt();
    program.rowVersion = query.value(6).toLongLong();
    return program;
}

void bindFields(QSqlQuery& query, const Program& program) {
    query.addBindValue(sql::text(program.name.trimmed()));
    query.addBindValue(program.startDate.toString(Qt::ISODate));
    query.addBindValue(program.endDate.toString(Qt::ISODate));
    query.addBindValue(sql::text(program.description));
    query.addBindValue(program.cadenceDays);
}

QString failure(const QSqlQuery& query, const QString& doing) {
    return Database::describeFailure(query, doing);
}

/// The name that a write was refused for, when another program has it (saved meanwhile,
/// perhaps by another window or computer).
QString nameTaken(const Program& program) {
    return QCoreApplication::translate("ProgramRepository",
                                       "A program named \"%1\" already exists (saved meanwhile, "
                                       "perhaps in another window or on another computer); "
                                       "nothing was saved.")
        .arg(program.name.trimmed());
}

} // namespace

Result<QList<Program>> ProgramRepository::all() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(
            u"SELECT id, name, start_date, end_date, description, cadence_days, row_version "
            "FROM program ORDER BY start_date DESC, name"_s))
        return Error{
            failure(query, QCoreApplication::translate("ProgramRepository", "reading programs"))};
    QList<Program> programs;
    while (query.next())
        programs << programFrom(query);
    // The latest first; programs started on the same day by name, in the interface's language
    // (SQL orders names by their bytes).
    std::stable_sort(programs.begin(), programs.end(), [](const Program& a, const Program& b) {
        if (a.startDate != b.startDate)
            return a.startDate > b.startDate;
        return compareNames(a.name, b.name) < 0;
    });
    return programs;
}

Result<std::optional<Program>> ProgramRepository::findByName(const QString& name) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT id, name, start_date, end_date, description, cadence_days, row_version "
                  "FROM program WHERE name = ?"_s);
    query.addBindValue(name.trimmed());
    if (!query.exec())
        return Error{
            failure(query, QCoreApplication::translate("ProgramRepository", "reading programs"))};
    if (!query.next())
        return std::optional<Program>();
    return std::optional<Program>(programFrom(query));
}

Result<qint64> ProgramRepository::insert(const Program& program) const {
    QSqlQuery query(m_database.connection());
    query.prepare(
        u"INSERT INTO program (name, start_date, end_date, description, cadence_days, id) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s);
    bindFields(query, program);
    query.addBindValue(program.id > 0 ? QVariant(program.id)
                                      : QVariant(QMetaType::fromType<qint64>()));
    if (!query.exec()) {
        if (Database::failedUnique(query))
            return Error{nameTaken(program)};
        return Error{
            failure(query, QCoreApplication::translate("ProgramRepository", "adding the program %1")
                               .arg(program.name))};
    }
    return program.id > 0 ? program.id : query.lastInsertId().toLongLong();
}

Result<int> ProgramRepository::dependentCount(qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT (SELECT count(*) FROM binome WHERE program_id = ?) + "
                  "(SELECT count(*) FROM pairing_run WHERE program_id = ?)"_s);
    query.addBindValue(id);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return Error{failure(query, QCoreApplication::translate("ProgramRepository",
                                                                "reading the program's binômes"))};
    return query.value(0).toInt();
}

Status ProgramRepository::update(const Program& program) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE program SET name = ?, start_date = ?, end_date = ?, description = ?, "
                  "cadence_days = ?, "_s +
                  rowversion::bump() + u" "_s + rowversion::where());
    bindFields(query, program);
    rowversion::bind(query, program.id, program.rowVersion);
    if (!query.exec()) {
        if (Database::failedUnique(query))
            return Error{nameTaken(program)};
        return Error{
            failure(query, QCoreApplication::translate("ProgramRepository", "saving the program %1")
                               .arg(program.name))};
    }
    if (query.numRowsAffected() != 1)
        return rowversion::refused(
            m_database, u"program"_s, program.id,
            QCoreApplication::translate("ProgramRepository", "The program %1").arg(program.name));
    return {};
}

Status ProgramRepository::remove(qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM program WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return Error{
            failure(query, QCoreApplication::translate("ProgramRepository", "removing a program"))};
    return {};
}

} // namespace binome

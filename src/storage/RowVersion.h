#pragma once

// Row versions (schema 5): how an UPDATE of a record the user edits checks that nobody changed
// the record since it was read. See Transaction in Database.h.

#include "binome/domain/Result.h"
#include "binome/storage/Database.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace binome::rowversion {

/// What an UPDATE of a versioned table sets besides its fields.
inline QString bump() {
    return QStringLiteral("row_version = row_version + 1");
}

/// The end of an UPDATE of one versioned row: its id, and its version unless that is 0.
inline QString where() {
    return QStringLiteral("WHERE id = ? AND (? = 0 OR row_version = ?)");
}

/// Binds the values of where().
inline void bind(QSqlQuery& query, qint64 id, qint64 version) {
    query.addBindValue(id);
    query.addBindValue(version);
    query.addBindValue(version);
}

/// The version of the row `id` of `table` (one of ours, never user text); 0 when it is gone.
inline qint64 current(const Database& database, const QString& table, qint64 id) {
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT row_version FROM ") + table +
                  QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

/// After an UPDATE made with where() that changed no row: the record, named `what`, was changed
/// or deleted since it was read. An error saying which.
inline Status refused(const Database& database, const QString& table, qint64 id,
                      const QString& what) {
    return Error{Database::staleRecordMessage(what, current(database, table, id) == 0)};
}

} // namespace binome::rowversion

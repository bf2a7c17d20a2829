// Database::purgeErasedData: after an erasure, nothing of the erased rows stays in the file set.
#include "binome/storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace binome {

Status Database::purgeErasedData() const {
    QSqlQuery query(connection());
    const QString doing =
        QCoreApplication::translate("Database", "removing erased data from the database file");
    // The log first: its frames still hold the pages as they were before the erasure.
    const auto checkpoint = [&]() -> Status {
        if (!query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) || !query.next())
            return Error{describeFailure(query, doing)};
        // busy = 1: another connection kept some frames from being copied back.
        if (query.value(0).toInt() != 0)
            return Error{QCoreApplication::translate(
                             "Database", "%1: another program is reading the database, so the "
                                         "erased data stays in its log file until that program "
                                         "closes it.")
                             .arg(doing)};
        query.finish();
        return {};
    };
    if (Status status = checkpoint(); !status)
        return status;
    // VACUUM rewrites the file from its live rows only; it goes through the log in WAL mode,
    // so the log is emptied once more afterwards.
    if (!query.exec(u"VACUUM"_s))
        return Error{describeFailure(query, doing)};
    return checkpoint();
}

} // namespace binome

// Database::replaceWith: a restored copy put in place of the database, its -wal and -shm kept
// consistent (none of the old file's log may ever be applied to the new file).
#include "binome/storage/Database.h"

#include "DatabaseFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <cstdio>
#endif

using namespace Qt::StringLiterals;

namespace binome {

namespace {

QString inUseMessage(const QString& path) {
    return QCoreApplication::translate(
               "Database", "%1 is open in another program (another Binôme window?): close it, "
                           "then restore again. Nothing was replaced.")
        .arg(path);
}

/// Renames `from` over `to` in one step.
bool moveOver(const QString& from, const QString& to) {
#ifdef Q_OS_UNIX
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#else
    // No replacing rename there: the old file steps aside first, and comes back on failure.
    const QString old = to + u".replaced"_s;
    QFile::remove(old);
    if (!QFile::rename(to, old))
        return false;
    if (!QFile::rename(from, to)) {
        QFile::rename(old, to);
        return false;
    }
    QFile::remove(old);
    return true;
#endif
}

/// With no connection of ours open: makes sure no other program has the database open, brings
/// its log back into the file (so that no -wal is left to apply to another file), then puts
/// `replacement` in its place. The database is as it was when this fails.
Status swapIn(const QString& live, const QString& replacement, const QString& connectionName) {
    const QString cannotReplace =
        QCoreApplication::translate("Database", "Cannot put the restored copy in place of %1. "
                                                "Nothing was replaced.")
            .arg(live);
    Status status;
    bool moved = false;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        probe.setDatabaseName(live);
        probe.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(Database::busyTimeoutMs()));
        if (!probe.open()) {
            status = Error{QCoreApplication::translate("Database", "Cannot open %1: %2")
                               .arg(live, probe.lastError().text())};
        } else {
            QSqlQuery query(probe);
            // Leaving write-ahead logging needs every other connection closed: it fails while
            // another program has the file open. It also copies the log into the file and
            // removes the -wal and -shm files.
            if (!query.exec(u"PRAGMA journal_mode = DELETE"_s) || !query.next() ||
                query.value(0).toString().compare(u"delete"_s, Qt::CaseInsensitive) != 0) {
                status = Error{inUseMessage(live)};
            } else {
                query.finish();
                // Held while the file is replaced: whoever opens the old file meanwhile waits.
                if (!query.exec(u"BEGIN EXCLUSIVE"_s)) {
                    status = Error{inUseMessage(live)};
                } else {
#ifdef Q_OS_UNIX
                    moved = moveOver(replacement, live);
                    if (!moved)
                        status = Error{cannotReplace};
#endif
                    query.exec(u"ROLLBACK"_s);
                }
            }
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    // Elsewhere a file that is open cannot be replaced: once closed.
    if (status && !moved && !moveOver(replacement, live))
        status = Error{cannotReplace};
    return status;
}

} // namespace

Status Database::replaceWith(const QString& replacement) const {
    // SQLite names the -wal and -shm after the real file: replace that one, not a link to it.
    QString live = QFileInfo(m_path).canonicalFilePath();
    if (live.isEmpty())
        live = m_path;
    if (QFileInfo(replacement).canonicalPath() != QFileInfo(live).canonicalPath())
        return Error{QCoreApplication::translate("Database",
                                                 "The restored copy %1 is not in the folder of %2.")
                         .arg(replacement, live)};
    {
        QSqlDatabase db = connection();
        db.close();
    }
    const Status swapped = swapIn(live, replacement, m_connectionName + u"-swap"_s);
    if (swapped) {
        // The old file's log was emptied and removed above; a -wal or -shm here now would be
        // another program's that opened the old file meanwhile: never apply it to the new one.
        QFile::remove(live + u"-wal"_s);
        QFile::remove(live + u"-shm"_s);
    }
    // Open again what is there now: the restored copy, or the database as it was.
    QSqlDatabase db = connection();
    if (!db.open())
        return Error{QCoreApplication::translate("Database", "Cannot open %1: %2")
                         .arg(m_path, db.lastError().text())};
    if (Status configured = configureAndMigrate(); !configured)
        return Error{QCoreApplication::translate("Database", "%1: %2")
                         .arg(m_path, swapped ? configured.error() : swapped.error())};
    m_permissionWarning = databasefiles::permissionWarningFor(m_path);
    return swapped;
}

} // namespace binome

// Database::backupTo and the checks that keep a backup from harming the database's own files;
// the record of every backup written.
#include "binome/storage/Database.h"

#include "DatabaseFiles.h"
#include "FileSync.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <utility>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace binome {

using databasefiles::privateFile;
using databasefiles::syncToDisk;

namespace {

#if defined(Q_OS_WIN) || defined(Q_OS_DARWIN)
constexpr Qt::CaseSensitivity fileNameCase = Qt::CaseInsensitive;
#else
constexpr Qt::CaseSensitivity fileNameCase = Qt::CaseSensitive;
#endif

/// The entry `path` names, with its folder resolved (its last part may be a link, or absent).
QString resolvedEntry(const QString& path) {
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.path()).canonicalFilePath();
    if (folder.isEmpty())
        return info.absoluteFilePath();
    return QDir(folder).filePath(info.fileName());
}

/// Where `path` really is: the canonical path of an existing file; for one that does not exist
/// (yet), its folder's canonical path and its name.
QString resolvedPath(const QString& path) {
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : resolvedEntry(path);
}

/// The database at `path` and the files SQLite keeps beside it, both as named and as resolved
/// (SQLite names the -wal and -shm after the resolved file).
QStringList ownFilesOf(const QString& path) {
    QStringList bases;
    if (const QString canonical = QFileInfo(path).canonicalFilePath(); !canonical.isEmpty())
        bases << canonical; // first: the name to show
    if (const QString absolute = QFileInfo(path).absoluteFilePath(); !bases.contains(absolute))
        bases << absolute;
    QStringList files;
    for (const QString& base : std::as_const(bases))
        for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            files << base + suffix;
    return files;
}

/// Whether both paths exist and are the same file (through symbolic and hard links).
bool sameFile(const QString& a, const QString& b) {
#ifdef Q_OS_UNIX
    struct stat first {};
    struct stat second {};
    return ::stat(QFile::encodeName(a).constData(), &first) == 0 &&
           ::stat(QFile::encodeName(b).constData(), &second) == 0 &&
           first.st_dev == second.st_dev && first.st_ino == second.st_ino;
#else
    const QFileInfo left(a);
    const QFileInfo right(b);
    return left.exists() && right.exists() &&
           left.canonicalFilePath().compare(right.canonicalFilePath(), fileNameCase) == 0;
#endif
}

QString refusedOwnFile(const QString& target, const QString& own, const QString& database) {
    return QCoreApplication::translate("Database",
                                       "No backup was written to %1: that is %2, a file of the "
                                       "database being backed up (%3). Choose another file.")
        .arg(target, own, database);
}

/// Renames `from` to `to`; an existing `to` is replaced in one step when `replace`, else kept.
bool moveInPlace(const QString& from, const QString& to, bool replace) {
    if (!replace)
        return QFile::rename(from, to); // never replaces an existing file
#ifdef Q_OS_UNIX
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#else
    if ((QFileInfo::exists(to) || QFileInfo(to).isSymLink()) && !QFile::remove(to))
        return false;
    return QFile::rename(from, to);
#endif
}

} // namespace

namespace databasefiles {

bool syncToDisk(const QString& path) {
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#else
    Q_UNUSED(path);
    return true;
#endif
}

QString permissionWarningFor(const QString& path) {
#ifdef Q_OS_UNIX
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return {};
    const auto mode = static_cast<uint>(status.st_mode & 0777);
    const QString shown = u"%1"_s.arg(mode, 4, 8, QLatin1Char('0'));
    if (mode & (S_IRGRP | S_IROTH))
        return QCoreApplication::translate(
                   "Database", "%1 can be read by other users of this computer (permissions %2), "
                               "yet it holds personal data: make it readable by you only "
                               "(chmod 600).")
            .arg(path, shown);
    if (mode & (S_IWGRP | S_IWOTH))
        return QCoreApplication::translate(
                   "Database", "%1 can be changed by other users of this computer (permissions "
                               "%2): make it writable by you only (chmod 600).")
            .arg(path, shown);
#else
    Q_UNUSED(path);
#endif
    return {};
}

} // namespace databasefiles

QString Database::ownFileAt(const QString& path) const {
    if (path.trimmed().isEmpty())
        return {};
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString resolved = resolvedPath(path);
    const QStringList own = ownFilesOf(m_path);
    for (const QString& file : own) {
        if (file.compare(absolute, fileNameCase) == 0 ||
            file.compare(resolved, fileNameCase) == 0 || sameFile(file, path))
            return file;
    }
    return {};
}

QString backupKindToken(BackupKind kind) {
    switch (kind) {
    case BackupKind::Manual:
        return u"manual"_s;
    case BackupKind::Rolling:
        return u"rolling"_s;
    case BackupKind::PreUpgrade:
        return u"pre-upgrade"_s;
    case BackupKind::PreRestore:
        return u"pre-restore"_s;
    }
    return u"manual"_s;
}

std::optional<BackupKind> backupKindFromToken(const QString& token) {
    for (const BackupKind kind :
         {BackupKind::Manual, BackupKind::Rolling, BackupKind::PreUpgrade, BackupKind::PreRestore})
        if (backupKindToken(kind) == token)
            return kind;
    return std::nullopt;
}

Status Database::backupTo(const QString& path, Overwrite overwrite, BackupKind kind,
                          const QDateTime& madeAt) const {
    if (path.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Database", "No backup file was given.")};
    const QFileInfo target(path);
    if (target.isDir())
        return Error{
            QCoreApplication::translate("Database", "%1 is a folder, not a file.").arg(path)};
    // Through links too: writing over the database or its journal would destroy it.
    if (const QString own = ownFileAt(path); !own.isEmpty())
        return Error{refusedOwnFile(path, own, m_path)};
    if (overwrite == Overwrite::No && (target.exists() || target.isSymLink()))
        return Error{QCoreApplication::translate(
                         "Database", "%1 already exists; it was left untouched. Choose another "
                                     "file for the backup.")
                         .arg(path)};
    if (!QDir().mkpath(target.absolutePath()))
        return Error{QCoreApplication::translate("Database", "Cannot create the folder %1.")
                         .arg(target.absolutePath())};
    const QString destination = resolvedEntry(path);
    const QString partial = destination + u".partial"_s;
    if (const QString own = ownFileAt(partial); !own.isEmpty())
        return Error{refusedOwnFile(path, own, m_path)};

    // The copy holds personal data: private from its first byte. SQLite writes into the empty
    // file created here; an older .partial is what an interrupted backup left.
    QFile::remove(partial);
    {
        QFile file(partial);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, privateFile))
            return Error{QCoreApplication::translate("Database", "Cannot create %1: %2")
                             .arg(partial, file.errorString())};
        file.setPermissions(privateFile); // whatever the umask
    }
    QSqlQuery query(connection());
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(partial);
    if (!query.exec()) {
        QFile::remove(partial);
        return Error{describeFailure(
            query, QCoreApplication::translate("Database", "writing a backup to %1").arg(path))};
    }
    query.finish();
    if (!syncToDisk(partial)) {
        QFile::remove(partial);
        return Error{QCoreApplication::translate("Database", "Cannot write %1.").arg(path)};
    }
    if (!moveInPlace(partial, destination, overwrite == Overwrite::Yes)) {
        QFile::remove(partial);
        return Error{QCoreApplication::translate("Database", "Cannot write %1.").arg(path)};
    }
    // Recorded so that every copy can be found again (say, of a person to erase). A database
    // older than schema 4 has no table for it yet: the copy kept before its upgrade is recorded
    // once it is migrated. The copy is written either way.
    if (schemaVersion() >= 4)
        static_cast<void>(
            recordBackup({target.absoluteFilePath(),
                          madeAt.isValid() ? madeAt : QDateTime::currentDateTimeUtc(), kind}));
    return {};
}

Result<QList<BackupRecord>> Database::backupRecords() const {
    QList<BackupRecord> records;
    QSqlQuery query(connection());
    if (!query.exec(u"SELECT path, made_at, kind FROM backup_record ORDER BY made_at, id"_s))
        return Error{describeFailure(
            query, QCoreApplication::translate("Database", "reading the list of backups"))};
    while (query.next()) {
        BackupRecord record;
        record.path = query.value(0).toString();
        record.madeAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
        record.kind = backupKindFromToken(query.value(2).toString()).value_or(BackupKind::Manual);
        records << record;
    }
    return records;
}

Status Database::recordBackup(const BackupRecord& record) const {
    const QString madeAt = record.madeAt.toUTC().toString(Qt::ISODate);
    QSqlQuery query(connection());
    query.prepare(
        u"INSERT INTO backup_record (path, made_at, kind) SELECT ?, ?, ? "
        "WHERE NOT EXISTS (SELECT 1 FROM backup_record WHERE path = ? AND made_at = ?)"_s);
    query.addBindValue(record.path);
    query.addBindValue(madeAt);
    query.addBindValue(backupKindToken(record.kind));
    query.addBindValue(record.path);
    query.addBindValue(madeAt);
    if (!query.exec())
        return Error{describeFailure(
            query,
            QCoreApplication::translate("Database", "recording the backup %1").arg(record.path))};
    return {};
}

} // namespace binome

// The rolling backups made when a database is opened (the last N kept, 0 turns them off, at
// most one a day, private), the record of every backup written (schema 4), the list of the
// backups still on disk and of those that still hold a person (issue #9: restore, defect 11).
#include "TempDatabase.h"

#include "binome/services/BackupService.h"
#include "binome/services/ParticipantService.h"
#include "binome/storage/Database.h"
#include "binome/storage/ParticipantRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

/// The permission bits of the file at `path` (-1 when there is none), as `ls -l` shows them.
int modeOf(const QString& path) {
#ifdef Q_OS_UNIX
    struct stat status {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return static_cast<int>(status.st_mode & 0777);
#else
    return QFileInfo::exists(path) ? 0600 : -1;
#endif
}

QDateTime at(int day, int hour = 9, int minute = 30) {
    return QDateTime(QDate(2027, 1, day), QTime(hour, minute));
}

QStringList filesIn(const QString& folder) {
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

/// Runs SQL on a file through a separate raw connection, as an older Binôme would have.
void runRaw(const QString& path, const QStringList& statements) {
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        for (const QString& statement : statements)
            ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

/// The statements of schemas 1 to `version`, as an older Binôme created its databases.
QStringList schemaUpTo(int version) {
    QStringList statements;
    for (int v = 1; v <= version; ++v) {
        QFile schema(u":/sql/schema-%1.sql"_s.arg(v));
        EXPECT_TRUE(schema.open(QIODevice::ReadOnly));
        for (const QString& statement : QString::fromUtf8(schema.readAll()).split(u";\n"_s)) {
            QString sql;
            for (const QString& line : statement.split(u'\n'))
                if (!line.trimmed().startsWith(u"--"))
                    sql += line + u'\n';
            if (!sql.trimmed().isEmpty())
                statements << sql;
        }
    }
    statements << u"PRAGMA user_version = %1"_s.arg(version);
    return statements;
}

} // namespace

class RollingBackups : public binome::test::TempDatabase {
protected:
    QString folder() const { return BackupService::rollingFolder(path()); }

    qint64 addPerson(const QString& first, const QString& email) {
        Participant p;
        p.role = Role::Senior;
        p.firstName = first;
        p.lastName = u"Martin"_s;
        p.email = email;
        p.languages = {u"fr"_s};
        const auto id = ParticipantService(db()).save(p);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        return id.ok() ? *id : 0;
    }
};

TEST_F(RollingBackups, TheLastNAreKeptPrivateInAFolderBesideTheDatabase) {
    const BackupService service(db());
    for (int day = 1; day <= 5; ++day) {
        const auto written = service.rollOnOpen(at(day), 3);
        ASSERT_TRUE(written.ok()) << written.error().toStdString();
        EXPECT_EQ(*written, QDir(folder()).filePath(u"binome-202701%1-093000.sqlite"_s.arg(
                                day, 2, 10, QLatin1Char('0'))));
    }
    EXPECT_EQ(folder(), path() + u".backups"_s);
    EXPECT_EQ(filesIn(folder()),
              (QStringList{u"binome-20270103-093000.sqlite"_s, u"binome-20270104-093000.sqlite"_s,
                           u"binome-20270105-093000.sqlite"_s}));
    EXPECT_EQ(modeOf(folder()), 0700);
    for (const QString& name : filesIn(folder()))
        EXPECT_EQ(modeOf(QDir(folder()).filePath(name)), 0600) << name.toStdString();
    // Each is a whole database that opens.
    auto copy = Database::open(QDir(folder()).filePath(u"binome-20270105-093000.sqlite"_s));
    ASSERT_TRUE(copy.ok()) << copy.error().toStdString();
    // Keeping fewer removes the oldest at the next opening; other files there are left alone.
    QFile other(QDir(folder()).filePath(u"notes.txt"_s));
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.close();
    ASSERT_TRUE(service.rollOnOpen(at(5, 18), 1).ok());
    EXPECT_EQ(filesIn(folder()), (QStringList{u"binome-20270105-093000.sqlite"_s, u"notes.txt"_s}));
}

TEST_F(RollingBackups, ZeroTurnsThemOff) {
    const BackupService service(db());
    const auto written = service.rollOnOpen(at(1), 0);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_TRUE(written->isEmpty());
    EXPECT_FALSE(QFileInfo::exists(folder()));
    // Turned off later: the copies already made are kept.
    ASSERT_TRUE(service.rollOnOpen(at(2), 7).ok());
    ASSERT_TRUE(service.rollOnOpen(at(3), 0).ok());
    EXPECT_EQ(filesIn(folder()), QStringList{u"binome-20270102-093000.sqlite"_s});
}

TEST_F(RollingBackups, AtMostOneADay) {
    const BackupService service(db());
    auto written = service.rollOnOpen(at(10, 8, 5), 7);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_FALSE(written->isEmpty());
    for (const QDateTime& later : {at(10, 12, 0), at(10, 23, 59)}) {
        written = service.rollOnOpen(later, 7);
        ASSERT_TRUE(written.ok()) << written.error().toStdString();
        EXPECT_TRUE(written->isEmpty());
    }
    EXPECT_EQ(filesIn(folder()).size(), 1);
    written = service.rollOnOpen(at(11, 0, 1), 7);
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(*written, QDir(folder()).filePath(u"binome-20270111-000100.sqlite"_s));
    EXPECT_EQ(filesIn(folder()).size(), 2);
}

TEST_F(RollingBackups, TheSettingDefaultsToSevenAndIsKept) {
    QSettings().remove(u"backup/rollingCount"_s);
    EXPECT_EQ(BackupService::rollingCountSetting(), 7);
    BackupService::setRollingCountSetting(0);
    EXPECT_EQ(BackupService::rollingCountSetting(), 0);
    BackupService::setRollingCountSetting(12);
    EXPECT_EQ(BackupService::rollingCountSetting(), 12);
    QSettings().remove(u"backup/rollingCount"_s);
}

TEST_F(RollingBackups, EveryBackupIsRecordedWithItsKindAndListedNewestFirst) {
    const BackupService service(db());
    ASSERT_TRUE(service.rollOnOpen(at(1), 7).ok());
    const QString manual = file(u"by hand.sqlite"_s);
    ASSERT_TRUE(db().backupTo(manual, Database::Overwrite::No, BackupKind::Manual, at(2)).ok());
    ASSERT_TRUE(service.rollOnOpen(at(3), 7).ok());

    const auto records = db().backupRecords();
    ASSERT_TRUE(records.ok()) << records.error().toStdString();
    ASSERT_EQ(records->size(), 3);
    EXPECT_EQ(records->at(0).kind, BackupKind::Rolling);
    EXPECT_EQ(records->at(0).madeAt, at(1));
    EXPECT_EQ(records->at(1).path, manual);
    EXPECT_EQ(records->at(1).kind, BackupKind::Manual);
    EXPECT_EQ(records->at(1).madeAt, at(2));

    // A backup removed by hand is no longer listed; one the record forgot still is.
    QFile::remove(manual);
    runRaw(path(), {u"DELETE FROM backup_record WHERE made_at LIKE '2027-01-03%'"_s});
    const QList<BackupEntry> backups = service.backups();
    ASSERT_EQ(backups.size(), 2);
    EXPECT_EQ(QFileInfo(backups.at(0).path).fileName(), u"binome-20270103-093000.sqlite"_s);
    EXPECT_EQ(backups.at(0).kind, BackupKind::Rolling);
    EXPECT_EQ(backups.at(0).madeAt, at(3));
    EXPECT_EQ(QFileInfo(backups.at(1).path).fileName(), u"binome-20270101-093000.sqlite"_s);
}

TEST_F(RollingBackups, BackupsHoldingFindsAPersonInTwoOfThreeAndSaysWhichCouldNotBeChecked) {
    const qint64 claire = addPerson(u"Claire"_s, u"claire.martin@example.org"_s);
    addPerson(u"Denis"_s, u"denis@example.org"_s);
    const QString first = file(u"monday.sqlite"_s);
    const QString second = file(u"tuesday.sqlite"_s);
    const QString third = file(u"wednesday.sqlite"_s);
    ASSERT_TRUE(db().backupTo(first, Database::Overwrite::No, BackupKind::Manual, at(4)).ok());
    ASSERT_TRUE(db().backupTo(second, Database::Overwrite::No, BackupKind::Manual, at(5)).ok());
    ASSERT_TRUE(ParticipantRepository(db()).remove(claire).ok());
    ASSERT_TRUE(db().backupTo(third, Database::Overwrite::No, BackupKind::Manual, at(6)).ok());
    // A fourth one got damaged since.
    const QString damaged = file(u"thursday.sqlite"_s);
    ASSERT_TRUE(db().backupTo(damaged, Database::Overwrite::No, BackupKind::Manual, at(7)).ok());
    {
        QFile f(damaged);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("nothing left");
    }

    const BackupsHolding found = BackupService(db()).backupsHolding(u"CLAIRE.Martin@example.org"_s);
    ASSERT_EQ(found.holding.size(), 2);
    EXPECT_EQ(found.holding.at(0).path, second); // newest first
    EXPECT_EQ(found.holding.at(1).path, first);
    EXPECT_EQ(found.holding.at(0).kind, BackupKind::Manual);
    EXPECT_EQ(found.holding.at(0).madeAt, at(5));
    ASSERT_EQ(found.unchecked.size(), 1);
    EXPECT_EQ(found.unchecked.at(0).backup.path, damaged);
    EXPECT_TRUE(found.unchecked.at(0).reason.contains(damaged))
        << found.unchecked.at(0).reason.toStdString();
    EXPECT_TRUE(found.unchecked.at(0).reason.contains(u"not an SQLite database"_s))
        << found.unchecked.at(0).reason.toStdString();

    EXPECT_TRUE(BackupService(db()).backupsHolding(u"nobody@example.org"_s).holding.isEmpty());
    // Looking changed no backup.
    for (const QString& backup : {first, second, third})
        EXPECT_FALSE(QFileInfo::exists(backup + u"-wal"_s)) << backup.toStdString();
}

TEST(BackupRecordMigration, ASchemaThreeFileIsUpgradedAndTheCopyKeptBeforeIsRecorded) {
    QTemporaryDir dir;
    const QString old = dir.filePath(u"v3.sqlite"_s);
    QStringList statements = schemaUpTo(3);
    statements.insert(
        statements.size() - 1,
        u"INSERT INTO participant (role, first_name, last_name, email, email_key) VALUES ('senior', 'Gérard', 'Colin', 'g@example.org', 'g@example.org')"_s);
    runRaw(old, statements);

    auto opened = Database::open(old);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    const Database& database = *opened.value();
    EXPECT_EQ(database.schemaVersion(), Database::SchemaVersion);
    const QString kept = Database::preUpgradeBackupPath(database.path(), 3);
    ASSERT_TRUE(QFileInfo::exists(kept));
    EXPECT_EQ(modeOf(kept), 0600);
    const auto contents = backupfile::inspect(kept);
    ASSERT_TRUE(contents.ok()) << contents.error().toStdString();
    EXPECT_EQ(contents->schemaVersion, 3);
    EXPECT_EQ(contents->participants, 1);

    const auto records = database.backupRecords();
    ASSERT_TRUE(records.ok()) << records.error().toStdString();
    ASSERT_EQ(records->size(), 1);
    EXPECT_EQ(records->first().path, kept);
    EXPECT_EQ(records->first().kind, BackupKind::PreUpgrade);
    const QList<BackupEntry> backups = BackupService(database).backups();
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.first().kind, BackupKind::PreUpgrade);
    const BackupsHolding found = BackupService(database).backupsHolding(u"g@example.org"_s);
    ASSERT_EQ(found.holding.size(), 1);
    EXPECT_EQ(found.holding.first().path, kept);
}

#include "TempDatabase.h"

#include "binome/storage/Database.h"
#include "binome/storage/SkillRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

/// Runs SQL on a file through a separate raw connection, as another program would.
void runRaw(const QString& path, const QStringList& statements, const QString& name = u"raw"_s) {
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        for (const QString& statement : statements)
            ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
    }
    QSqlDatabase::removeDatabase(name);
}

QString pragma(const Database& db, const QString& name) {
    QSqlQuery query(db.connection());
    if (!query.exec(u"PRAGMA "_s + name) || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

class DatabaseTest : public binome::test::TempDatabase {};

TEST_F(DatabaseTest, NewFileIsPrivateMigratedAndConfigured) {
    const QFileInfo info(path());
    EXPECT_TRUE(info.exists());
    EXPECT_EQ(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                    QFileDevice::WriteGroup | QFileDevice::WriteOther),
              QFileDevice::Permissions());
    EXPECT_EQ(db().schemaVersion(), Database::SchemaVersion);
    EXPECT_EQ(pragma(db(), u"foreign_keys"_s), u"1"_s);
    EXPECT_EQ(pragma(db(), u"journal_mode"_s), u"wal"_s);
    EXPECT_EQ(pragma(db(), u"busy_timeout"_s).toInt(), Database::busyTimeoutMs());
}

TEST_F(DatabaseTest, CatalogIsSeededOnceWithDigCompAndTools) {
    const auto skills = SkillRepository(db()).all();
    ASSERT_TRUE(skills.ok());
    EXPECT_EQ(skills->size(), 31);
    EXPECT_EQ(skills->first().code, u"DC1.1"_s);
    EXPECT_EQ(
        skills->first().nameFr,
        u"Naviguer, rechercher et filtrer des données, des informations et des contenus numériques"_s);
    // Re-opening neither migrates again nor duplicates the catalog.
    m_db.reset();
    auto again = Database::open(path());
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    EXPECT_EQ(SkillRepository(*again.value()).all()->size(), 31);
}

TEST(DatabaseRefusal, NewerSchemaIsRefusedAndLeftUntouched) {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.sqlite"_s);
    { ASSERT_TRUE(Database::open(path).ok()); }
    runRaw(path, {u"PRAGMA journal_mode = DELETE"_s, u"PRAGMA user_version = 42"_s});
    const QByteArray before = binome::test::sha1Of(path);
    const auto opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(u"newer version of Binôme"_s))
        << opened.error().toStdString();
    EXPECT_TRUE(opened.error().contains(u"42"_s));
    EXPECT_EQ(binome::test::sha1Of(path), before);
    EXPECT_FALSE(QFile::exists(path + u"-wal"_s));
}

TEST(DatabaseRefusal, FileThatIsNotADatabaseGetsAClearMessage) {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.sqlite"_s);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("These are my meeting notes, not a database.\n").repeated(200));
    }
    const QByteArray before = binome::test::sha1Of(path);
    const auto opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(u"not a Binôme database"_s))
        << opened.error().toStdString();
    EXPECT_TRUE(opened.error().contains(path));
    EXPECT_EQ(binome::test::sha1Of(path), before);
}

TEST(DatabaseRefusal, AnotherProgramsDatabaseIsNotTouched) {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crm.sqlite"_s);
    runRaw(path, {u"CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)"_s});
    const QByteArray before = binome::test::sha1Of(path);
    const auto opened = Database::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(u"another program"_s)) << opened.error().toStdString();
    EXPECT_EQ(binome::test::sha1Of(path), before);
}

TEST(DatabaseRefusal, LockedDatabaseIsReportedAsLocked) {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"locked.sqlite"_s);
    // An empty database held under an exclusive lock by another connection: the migration
    // cannot start.
    const int savedTimeout = Database::busyTimeoutMs();
    Database::busyTimeoutMs() = 200;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        ASSERT_TRUE(query.exec(u"BEGIN EXCLUSIVE"_s));
        const auto opened = Database::open(path);
        ASSERT_FALSE(opened.ok());
        EXPECT_TRUE(opened.error().contains(u"locked"_s)) << opened.error().toStdString();
        query.exec(u"ROLLBACK"_s);
    }
    QSqlDatabase::removeDatabase(u"locker"_s);
    Database::busyTimeoutMs() = savedTimeout;
    // Once the other program is done, the same file opens.
    EXPECT_TRUE(Database::open(path).ok());
}

TEST(DatabaseRefusal, FolderInsteadOfFile) {
    QTemporaryDir dir;
    const auto opened = Database::open(dir.path());
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(u"folder"_s));
}

TEST(DatabaseMigration, AVersionOneDatabaseIsUpgradedWithItsDataKept) {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.sqlite"_s);
    QFile schema(u":/sql/schema-1.sql"_s);
    ASSERT_TRUE(schema.open(QIODevice::ReadOnly));
    QStringList statements;
    for (const QString& statement : QString::fromUtf8(schema.readAll()).split(u";\n"_s)) {
        QString sql;
        for (const QString& line : statement.split(u'\n')) {
            if (!line.trimmed().startsWith(u"--"))
                sql += line + u'\n';
        }
        if (!sql.trimmed().isEmpty())
            statements << sql;
    }
    statements
        << u"INSERT INTO skill (code, area, name_en, name_fr, kind) VALUES ('genai', 3, 'Generative AI', 'IA générative', 'tool')"_s
        << u"INSERT INTO participant (role, first_name, last_name, email, email_key) VALUES ('senior', 'Gérard', 'Colin', 'g@example.org', 'g@example.org')"_s
        << u"INSERT INTO participant_skill VALUES (1, 1, 0, 3, 2)"_s
        << u"PRAGMA user_version = 1"_s;
    runRaw(path, statements, u"v1"_s);

    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_EQ(opened.value()->schemaVersion(), Database::SchemaVersion);
    QSqlQuery query(opened.value()->connection());
    ASSERT_TRUE(query.exec(
        u"SELECT first_name, (SELECT target FROM participant_skill) FROM participant"_s));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), u"Gérard"_s);
    EXPECT_EQ(query.value(1).toInt(), 3);
    EXPECT_TRUE(query.exec(u"SELECT count(*) FROM binome"_s)); // the new tables are there
    // A copy of the database as it was is kept beside it.
    const QString kept = Database::preUpgradeBackupPath(opened.value()->path(), 1);
    ASSERT_TRUE(QFile::exists(kept));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"kept2"_s);
        raw.setDatabaseName(kept);
        ASSERT_TRUE(raw.open());
        QSqlQuery version(raw);
        ASSERT_TRUE(version.exec(u"PRAGMA user_version"_s) && version.next());
        EXPECT_EQ(version.value(0).toInt(), 1);
    }
    QSqlDatabase::removeDatabase(u"kept2"_s);
}

TEST_F(DatabaseTest, BackupIsACompletePrivateCopy) {
    QSqlQuery query(db().connection());
    ASSERT_TRUE(query.exec(
        u"INSERT INTO program (name, start_date, end_date) VALUES ('Cohorte', '2027-01-01', '2027-06-30')"_s));
    const QString copy = file(u"backups/copy.sqlite"_s);
    ASSERT_TRUE(db().backupTo(copy).ok());
    EXPECT_EQ(QFileInfo(copy).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());
    auto opened = Database::open(copy);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    QSqlQuery read(opened.value()->connection());
    ASSERT_TRUE(read.exec(u"SELECT name FROM program"_s) && read.next());
    EXPECT_EQ(read.value(0).toString(), u"Cohorte"_s);
    opened.value().reset();
    // Writing it again keeps the old copy unless replacing it is asked; the database itself
    // can't be the target.
    EXPECT_FALSE(db().backupTo(copy).ok());
    ASSERT_TRUE(db().backupTo(copy, Database::Overwrite::Yes).ok());
    EXPECT_FALSE(QFile::exists(copy + u".partial"_s));
    EXPECT_FALSE(db().backupTo(path(), Database::Overwrite::Yes).ok());
}

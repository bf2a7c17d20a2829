// The right to erasure (issue #9, defect 11): after erasing a person, no byte of their name,
// e-mail or of what was written about their binômes is left in the database file, its
// write-ahead log or its journal; the CLI archives and erases by e-mail.
#include "TempDatabase.h"

#include "binome/services/DemoService.h"
#include "binome/services/ParticipantService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 6, 15);

/// Every file of the database's set that exists, with its bytes.
QList<QPair<QString, QByteArray>> fileSet(const QString& path) {
    QList<QPair<QString, QByteArray>> files;
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-journal"_s, u"-shm"_s}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            files.append({file.fileName(), file.readAll()});
    }
    return files;
}

/// The files of the set that hold `text` (as SQLite stores it: UTF-8), by name, comma-separated.
std::string filesHolding(const QString& path, const QString& text) {
    QStringList holding;
    for (const auto& [name, bytes] : fileSet(path)) {
        if (bytes.contains(text.toUtf8()))
            holding << QFileInfo(name).fileName();
    }
    return holding.join(u", "_s).toStdString();
}

class ErasureTest : public test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        ASSERT_TRUE(DemoService(db()).install(Today).ok());
    }

    qint64 scalar(const QString& sql) {
        QSqlQuery query(db().connection());
        EXPECT_TRUE(query.exec(sql) && query.next()) << sql.toStdString();
        return query.value(0).toLongLong();
    }

    /// A demo person whose binômes have all ended (so their history is kept, anonymised) and
    /// who had sessions; renamed through the service to words found nowhere else.
    Participant personWithEndedBinomes() {
        const qint64 id =
            scalar(u"SELECT p.id FROM participant p WHERE NOT EXISTS (SELECT 1 FROM binome b WHERE "
                   "(b.junior_id = p.id OR b.senior_id = p.id) AND b.status <> 'ended') AND EXISTS "
                   "(SELECT 1 FROM binome b JOIN mentoring_session s ON s.binome_id = b.id WHERE "
                   "(b.junior_id = p.id OR b.senior_id = p.id)) ORDER BY p.id LIMIT 1"_s);
        EXPECT_GT(id, 0);
        ParticipantService service(db());
        Participant person;
        const auto everyone = service.list();
        for (const Participant& p : *everyone)
            if (p.id == id)
                person = p;
        person.firstName = u"Zéphyrine"_s;
        person.lastName = u"Quastravelle"_s;
        person.email = u"zephyrine.quastravelle@example.org"_s;
        EXPECT_TRUE(service.save(person).ok());
        return person;
    }
};

TEST_F(ErasureTest, SecureDeleteIsOnWhateverTheBuildsDefault) {
    EXPECT_EQ(scalar(u"PRAGMA secure_delete"_s), 1);
}

TEST_F(ErasureTest, NothingOfAnErasedPersonIsLeftInTheDatabaseFiles) {
    const Participant person = personWithEndedBinomes();
    // What their mentor wrote about a session, and a colleague naming them as manager.
    {
        QSqlQuery query(db().connection());
        ASSERT_TRUE(query.exec(u"UPDATE mentoring_session SET notes = 'Ondulavexia parle de sa "
                               "retraite' WHERE id = (SELECT s.id FROM mentoring_session s JOIN "
                               "binome b ON b.id = s.binome_id WHERE b.junior_id = %1 OR "
                               "b.senior_id = %1 LIMIT 1)"_s.arg(person.id)));
        ASSERT_TRUE(query.exec(u"UPDATE participant SET manager_email = '%1' WHERE id = (SELECT "
                               "min(id) FROM participant WHERE id <> %2)"_s.arg(person.email)
                                   .arg(person.id)));
    }
    const QStringList secrets{person.firstName, person.lastName, person.email, u"Ondulavexia"_s};
    // Before: the words are there, in the log at least (the check can fail).
    for (const QString& secret : secrets)
        ASSERT_FALSE(filesHolding(path(), secret).empty()) << secret.toStdString();

    ParticipantService service(db());
    ASSERT_TRUE(service.setArchived(person.id, true).ok());
    const qint64 binomesBefore = scalar(u"SELECT count(*) FROM binome"_s);
    const qint64 sessionsBefore = scalar(u"SELECT count(*) FROM mentoring_session"_s);
    const Status erased = service.erase(person.id);
    ASSERT_TRUE(erased.ok()) << erased.error().toStdString();

    for (const QString& secret : secrets)
        EXPECT_EQ(filesHolding(path(), secret), "") << secret.toStdString();
    // With the database closed too (closing checkpoints the log into the file).
    m_db.reset();
    for (const QString& secret : secrets)
        EXPECT_EQ(filesHolding(path(), secret), "") << secret.toStdString();

    // The program's history keeps the binômes and their sessions, anonymised.
    auto reopened = Database::open(path());
    ASSERT_TRUE(reopened.ok());
    m_db = std::move(reopened).value();
    EXPECT_EQ(scalar(u"SELECT count(*) FROM binome"_s), binomesBefore);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM mentoring_session"_s), sessionsBefore);
    QSqlQuery check(db().connection());
    ASSERT_TRUE(check.exec(u"PRAGMA integrity_check"_s) && check.next());
    EXPECT_EQ(check.value(0).toString(), u"ok"_s);
    check.finish();
}

TEST_F(ErasureTest, APersonWithoutHistoryIsRemovedAndLeavesNoTrace) {
    ParticipantService service(db());
    Participant person = DemoService::demoParticipants(Today).first();
    person.id = 0;
    person.firstName = u"Hildegarde"_s;
    person.lastName = u"Vornikowska"_s;
    person.email = u"h.vornikowska@example.org"_s;
    const auto id = service.save(person);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    ASSERT_TRUE(service.setArchived(*id, true).ok());
    ASSERT_TRUE(service.erase(*id).ok());
    EXPECT_EQ(scalar(u"SELECT count(*) FROM participant WHERE id = %1"_s.arg(*id)), 0);
    for (const QString& secret : {person.lastName, person.email})
        EXPECT_EQ(filesHolding(path(), secret), "") << secret.toStdString();
}

TEST_F(ErasureTest, AReaderElsewhereIsNamedAndTheErasureStillHappens) {
    const Participant person = personWithEndedBinomes();
    ParticipantService service(db());
    ASSERT_TRUE(service.setArchived(person.id, true).ok());
    // Another program holding a read transaction open keeps the log from being emptied.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-reader"_s);
        other.setDatabaseName(path());
        ASSERT_TRUE(other.open());
        QSqlQuery reading(other);
        ASSERT_TRUE(reading.exec(u"BEGIN"_s));
        ASSERT_TRUE(reading.exec(u"SELECT count(*) FROM participant"_s) && reading.next());
        const Status erased = service.erase(person.id);
        ASSERT_FALSE(erased.ok());
        EXPECT_TRUE(erased.error().contains(u"was erased"_s)) << erased.error().toStdString();
        EXPECT_TRUE(erased.error().contains(u"another program is reading"_s))
            << erased.error().toStdString();
        reading.exec(u"COMMIT"_s);
    }
    QSqlDatabase::removeDatabase(u"other-reader"_s);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM participant WHERE email = '%1'"_s.arg(person.email)),
              0);
    // Once that program is gone and this one closes, nothing is left in the files.
    m_db.reset();
    EXPECT_EQ(filesHolding(path(), person.email), "");
}

// ---- binome-cli participants archive|unarchive|erase -------------------------------------

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QString& db, const QStringList& arguments) {
    QProcess process;
    process.start(QString::fromUtf8(BINOME_CLI_PATH), QStringList{u"--db"_s, db} + arguments);
    process.waitForFinished(60000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

TEST_F(ErasureTest, TheCommandLineArchivesThenErasesWithYes) {
    const Participant person = personWithEndedBinomes();
    m_db.reset();
    const QString email = person.email.toUpper(); // case does not matter

    // Not archived: refused, nothing changed.
    QByteArray before = test::sha1Of(path());
    CliRun run = cli(path(), {u"participants"_s, u"erase"_s, email, u"--yes"_s});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"not archived"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"participants archive"_s)) << run.err.toStdString();

    run = cli(path(), {u"participants"_s, u"archive"_s, email});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"Archived Zéphyrine Quastravelle"_s)) << run.out.toStdString();

    // Without --yes: says what would happen, erases nothing.
    run = cli(path(), {u"participants"_s, u"erase"_s, email});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"--yes"_s)) << run.err.toStdString();
    EXPECT_FALSE(filesHolding(path(), person.lastName).empty());

    run = cli(path(), {u"participants"_s, u"erase"_s, email, u"--yes"_s});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"Erased Zéphyrine Quastravelle"_s)) << run.out.toStdString();
    for (const QString& secret : {person.firstName, person.lastName, person.email})
        EXPECT_EQ(filesHolding(path(), secret), "") << secret.toStdString();

    // Now nobody has that e-mail; an unknown action is a usage error.
    run = cli(path(), {u"participants"_s, u"archive"_s, email});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"Nobody has the e-mail"_s)) << run.err.toStdString();
    before = test::sha1Of(path());
    run = cli(path(), {u"participants"_s, u"delete"_s, email});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"participants erase EMAIL --yes"_s)) << run.err.toStdString();
    EXPECT_EQ(test::sha1Of(path()), before);
}

} // namespace

// binome-cli import sessions, run as a user runs it: a real process on a real database file.
#include "TestConfig.h"

#include "binome/services/ImportService.h"
#include "binome/services/PairingService.h"
#include "binome/services/ProgramService.h"
#include "binome/storage/Database.h"
#include "binome/storage/ParticipantRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#ifdef BINOME_CLI_PATH

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

QString sample(const char* name) {
    return QDir(QStringLiteral(BINOME_SHARED_SAMPLES_DIR)).filePath(QString::fromLatin1(name));
}

class CliImportSessionsTest : public ::testing::Test {
protected:
    /// The six people of the samples and their three binômes, started on 5 January 2026.
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = Database::open(db());
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        const Database& database = *opened.value();
        ASSERT_TRUE(ImportService(database).run(sample("participants-sample.csv")).written);
        Program program;
        program.name = u"Cohorte 2026"_s;
        program.startDate = QDate(2026, 1, 5);
        program.endDate = QDate(2026, 7, 3);
        const auto programId = ProgramService(database).save(program);
        ASSERT_TRUE(programId.ok());
        ASSERT_TRUE(ProgramService(database).enrolAll(*programId).ok());
        const ParticipantRepository people(database);
        auto id = [&](const char* name) {
            const auto found = people.findByEmail(QString::fromLatin1(name) + u"@example.org"_s);
            return found.ok() && found->has_value() ? (*found)->id : qint64(0);
        };
        const QList<PersonPair> pairs = {{id("ines.boucher"), id("martine.rey")},
                                         {id("theo.marchand"), id("bernard.lemoine")},
                                         {id("yasmine.haddad"), id("gerard.colin")}};
        const PairingService pairing(database);
        const auto proposal = pairing.propose(*programId, PairingSettings{}, pairs);
        ASSERT_TRUE(proposal.ok() && proposal->binomes.size() == 3);
        ASSERT_TRUE(pairing.confirm(*proposal, u"test"_s, QDate(2026, 1, 5)).ok());
    }

    CliRun cli(QStringList arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANGUAGE"_s, u"en"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
        process.setProcessEnvironment(env);
        arguments.prepend(db());
        arguments.prepend(u"--db"_s);
        process.start(QStringLiteral(BINOME_CLI_PATH), arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString db() const { return m_dir.filePath(u"cli.sqlite"_s); }

    int sessionCount() {
        auto opened = Database::open(db());
        EXPECT_TRUE(opened.ok());
        QSqlQuery query(opened.value()->connection());
        query.exec(u"SELECT count(*) FROM mentoring_session"_s);
        query.next();
        return query.value(0).toInt();
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CliImportSessionsTest, TheFrenchSheetImportsOnceThenTheEnglishOneChangesNothing) {
    CliRun run = cli({u"import"_s, u"sessions"_s, sample("sessions-sheet-fr.csv"), u"--dry-run"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"Dry run, nothing written: 8 new, 0 unchanged"_s))
        << run.out.toStdString();
    EXPECT_EQ(sessionCount(), 0);

    run = cli({u"import"_s, u"sessions"_s, sample("sessions-sheet-fr.csv")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u": 8 new, 0 unchanged"_s)) << run.out.toStdString();
    EXPECT_EQ(sessionCount(), 8);

    run = cli({u"import"_s, u"sessions"_s, sample("sessions-sheet-en.csv")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"0 new, 4 unchanged"_s)) << run.out.toStdString();
    EXPECT_EQ(sessionCount(), 8);
}

TEST_F(CliImportSessionsTest, ABadSheetIsRefusedWithFileLineAndFieldAndNothingIsWritten) {
    const QString file = m_dir.filePath(u"suivi.csv"_s);
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("courriel junior;courriel senior;date;durée;mode;statut\n"
              "ines.boucher@example.org;martine.rey@example.org;08/01/2026;1h;visio;réalisée\n"
              "theo.marchand@example.org;martine.rey@example.org;09/01/2026;1h;visio;réalisée\n"
              "ines.boucher@example.org;martine.rey@example.org;30/02/2026;1h;fusée;réalisée\n");
    out.close();
    const CliRun run = cli({u"import"_s, u"sessions"_s, file});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(file + u":3: Senior's e-mail: "_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(file + u":4: Date: "_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(file + u":4: Meeting mode: "_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"nothing was imported"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(sessionCount(), 0);
}

TEST_F(CliImportSessionsTest, UsageAndHelp) {
    CliRun run = cli({u"import"_s, u"sessions"_s, u"--help"_s});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(u"binome-cli import sessions"_s)) << run.out.toStdString();
    run = cli({u"import"_s, u"sessions"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"usage"_s)) << run.err.toStdString();
    run = cli({u"import"_s, u"sessions"_s, m_dir.filePath(u"missing.csv"_s)});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"missing.csv: cannot be read"_s)) << run.err.toStdString();
}

#endif

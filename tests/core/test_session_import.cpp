// Importing the mentors' session sheets into a real database: the binômes found by e-mail, all
// or nothing, nothing doubled on a second import, undone as a whole.
#include "TempDatabase.h"
#include "TestConfig.h"

#include "binome/services/BinomeService.h"
#include "binome/services/ImportService.h"
#include "binome/services/PairingService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SessionImportService.h"
#include "binome/services/SessionService.h"
#include "binome/storage/ParticipantRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

QString sample(const char* name) {
    return QDir(QStringLiteral(BINOME_SHARED_SAMPLES_DIR)).filePath(QString::fromLatin1(name));
}

QByteArray sampleBytes(const char* name) {
    QFile file(sample(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

std::string dump(const SessionImportReport& report) {
    QStringList lines;
    for (const ImportProblem& p : report.problems)
        lines << p.toString();
    return lines.join(u'\n').toStdString();
}

const ImportProblem* problemAt(const SessionImportReport& report, int line, const QString& field) {
    for (const ImportProblem& p : report.problems) {
        if (p.line == line && p.field == field)
            return &p;
    }
    return nullptr;
}

/// The six people of the samples, one program from January 2026, and the three binômes the
/// sheets speak of: Inès–Martine, Théo–Bernard, Yasmine–Gérard, started on 5 January 2026.
class SessionImportTest : public binome::test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        const ImportReport people = ImportService(db()).run(sample("participants-sample.csv"));
        ASSERT_TRUE(people.ok() && people.written);
        Program program;
        program.name = u"Cohorte 2026"_s;
        program.startDate = QDate(2026, 1, 5);
        program.endDate = QDate(2026, 7, 3);
        const auto programId = ProgramService(db()).save(program);
        ASSERT_TRUE(programId.ok()) << programId.error().toStdString();
        ASSERT_TRUE(ProgramService(db()).enrolAll(*programId).ok());
        const QList<PersonPair> pairs = {
            {id(u"ines.boucher"_s), id(u"martine.rey"_s)},
            {id(u"theo.marchand"_s), id(u"bernard.lemoine"_s)},
            {id(u"yasmine.haddad"_s), id(u"gerard.colin"_s)},
        };
        const PairingService pairing(db());
        const auto proposal = pairing.propose(*programId, PairingSettings{}, pairs);
        ASSERT_TRUE(proposal.ok()) << proposal.error().toStdString();
        ASSERT_EQ(proposal->binomes.size(), 3);
        const auto run = pairing.confirm(*proposal, u"test"_s, QDate(2026, 1, 5));
        ASSERT_TRUE(run.ok()) << run.error().toStdString();
        inesMartine = binomeOf(u"ines.boucher"_s, u"martine.rey"_s);
        theoBernard = binomeOf(u"theo.marchand"_s, u"bernard.lemoine"_s);
        yasmineGerard = binomeOf(u"yasmine.haddad"_s, u"gerard.colin"_s);
        ASSERT_NE(inesMartine, 0);
        ASSERT_NE(theoBernard, 0);
        ASSERT_NE(yasmineGerard, 0);
    }

    qint64 id(const QString& name) {
        const auto found = ParticipantRepository(db()).findByEmail(name + u"@example.org"_s);
        EXPECT_TRUE(found.ok() && found->has_value()) << name.toStdString();
        return found.ok() && found->has_value() ? (*found)->id : 0;
    }

    qint64 binomeOf(const QString& junior, const QString& senior) {
        const auto found = BinomeService(db()).findOpenByEmails(junior + u"@example.org"_s,
                                                                senior + u"@example.org"_s);
        return found.ok() && found->has_value() ? (*found)->id : 0;
    }

    int sessionCount() {
        QSqlQuery query(db().connection());
        query.exec(u"SELECT count(*) FROM mentoring_session"_s);
        query.next();
        return query.value(0).toInt();
    }

    QList<Session> sessionsOf(qint64 binomeId) {
        const auto sessions = SessionService(db()).ofBinome(binomeId);
        EXPECT_TRUE(sessions.ok());
        return sessions.ok() ? *sessions : QList<Session>{};
    }

    /// The French sample with `extra` rows appended.
    QString frenchSampleWith(const QByteArray& extra) {
        return writeFile(u"suivi.csv"_s, sampleBytes("sessions-sheet-fr.csv") + extra);
    }

    qint64 inesMartine = 0;
    qint64 theoBernard = 0;
    qint64 yasmineGerard = 0;
};

} // namespace

TEST_F(SessionImportTest, TheFrenchSheetLandsInTheMatchingBinomes) {
    const QString file = sample("sessions-sheet-fr.csv");
    const SessionImportReport report = SessionImportService(db()).run(file);
    ASSERT_TRUE(report.ok()) << dump(report);
    EXPECT_TRUE(report.written);
    EXPECT_EQ(report.count(SessionImportAction::Add), 8);
    EXPECT_EQ(report.count(SessionImportAction::Unchanged), 0);
    EXPECT_EQ(report.writtenIds.size(), 8);
    EXPECT_EQ(sessionCount(), 8);
    EXPECT_EQ(sessionsOf(inesMartine).size(), 3);
    EXPECT_EQ(sessionsOf(theoBernard).size(), 3);
    EXPECT_EQ(sessionsOf(yasmineGerard).size(), 2);

    // What the preview table shows: who, when, how long, how, held or planned, what it does.
    const SessionImportRow& first = report.rows.first();
    EXPECT_EQ(first.line, 2);
    EXPECT_EQ(first.juniorName, u"Inès Boucher"_s);
    EXPECT_EQ(first.seniorName, u"Martine Rey"_s);
    EXPECT_EQ(first.session.binomeId, inesMartine);
    EXPECT_NE(first.session.id, 0);

    // Théo and Bernard: the most recent first, the planned one of 23 February on top.
    const QList<Session> theo = sessionsOf(theoBernard);
    ASSERT_EQ(theo.size(), 3);
    EXPECT_EQ(theo[0].date, QDate(2026, 2, 23));
    EXPECT_TRUE(theo[0].planned);
    EXPECT_EQ(theo[0].skillIds.size(), 2);
    EXPECT_EQ(theo[1].minutes, 90);
    EXPECT_EQ(theo[1].mode, SessionMode::Video);
    EXPECT_EQ(theo[1].menteeRating, 2);
    EXPECT_EQ(theo[1].mentorRating, 3);
    EXPECT_EQ(theo[2].mode, SessionMode::Phone);

    // Inès and Martine's note on two lines is kept as it was written.
    bool multiLine = false;
    for (const Session& s : sessionsOf(inesMartine))
        multiLine = multiLine || s.notes.contains(u"avec l'IA.\nVérification des sources"_s);
    EXPECT_TRUE(multiLine);
}

TEST_F(SessionImportTest, APreviewWritesNothing) {
    const SessionImportReport report =
        SessionImportService(db()).preview(sample("sessions-sheet-en.csv"));
    ASSERT_TRUE(report.ok()) << dump(report);
    EXPECT_FALSE(report.written);
    ASSERT_EQ(report.rows.size(), 4);
    EXPECT_EQ(report.rows[3].session.binomeId, yasmineGerard);
    EXPECT_EQ(report.rows[3].action, SessionImportAction::Add);
    EXPECT_EQ(sessionCount(), 0);
}

TEST_F(SessionImportTest, ImportingAgainAddsNothing) {
    const SessionImportService service(db());
    ASSERT_TRUE(service.run(sample("sessions-sheet-fr.csv")).ok());
    const SessionImportReport again = service.run(sample("sessions-sheet-fr.csv"));
    ASSERT_TRUE(again.ok()) << dump(again);
    EXPECT_EQ(again.count(SessionImportAction::Add), 0);
    EXPECT_EQ(again.count(SessionImportAction::Unchanged), 8);
    EXPECT_TRUE(again.writtenIds.isEmpty());
    EXPECT_EQ(sessionCount(), 8);

    // The English sheet holds four of the same sessions.
    const SessionImportReport english = service.run(sample("sessions-sheet-en.csv"));
    ASSERT_TRUE(english.ok()) << dump(english);
    EXPECT_EQ(english.count(SessionImportAction::Unchanged), 4);
    EXPECT_EQ(sessionCount(), 8);

    // A longer sheet adds only its new row.
    const QString longer = frenchSampleWith("yasmine.haddad@example.org;gerard.colin@example.org;"
                                            "12/02/2026;1h;visio;réalisée;genai;;;4;4\r\n");
    const SessionImportReport more = service.run(longer);
    ASSERT_TRUE(more.ok()) << dump(more);
    EXPECT_EQ(more.count(SessionImportAction::Add), 1);
    EXPECT_EQ(more.rows.last().action, SessionImportAction::Add);
    EXPECT_EQ(sessionCount(), 9);
}

TEST_F(SessionImportTest, AnUnknownPairRefusesTheWholeSheet) {
    const QString file = frenchSampleWith(
        "theo.marchand@example.org;martine.rey@example.org;12/02/2026;1h;visio;réalisée;;;;;\r\n"
        "martine.rey@example.org;ines.boucher@example.org;13/02/2026;1h;visio;réalisée;;;;;\r\n"
        "ines.bouchet@example.org;martine.rey@example.org;14/02/2026;1h;visio;réalisée;;;;;\r\n");
    ASSERT_EQ(sessionCount(), 0);
    const SessionImportReport report = SessionImportService(db()).run(file);
    EXPECT_FALSE(report.ok());
    EXPECT_FALSE(report.written);
    EXPECT_TRUE(report.writtenIds.isEmpty());
    EXPECT_EQ(sessionCount(), 0);
    ASSERT_EQ(report.problems.size(), 3) << dump(report);

    const ImportProblem* unknown = problemAt(report, 11, u"senior_email"_s);
    ASSERT_NE(unknown, nullptr) << dump(report);
    EXPECT_EQ(unknown->file, file);
    EXPECT_TRUE(unknown->message.contains(u"theo.marchand@example.org"_s));
    EXPECT_TRUE(unknown->message.contains(u"martine.rey@example.org"_s));
    EXPECT_TRUE(unknown->toString().startsWith(file + u":11: Senior's e-mail: "_s));

    const ImportProblem* swapped = problemAt(report, 12, u"senior_email"_s);
    ASSERT_NE(swapped, nullptr) << dump(report);
    EXPECT_TRUE(swapped->message.contains(u"swap"_s));

    const ImportProblem* typo = problemAt(report, 13, u"junior_email"_s);
    ASSERT_NE(typo, nullptr) << dump(report);
    EXPECT_TRUE(typo->message.contains(u"ines.bouchet@example.org"_s));

    // The preview shows every row, the wrong lines marked.
    EXPECT_EQ(report.rows.size(), 11);
    EXPECT_EQ(report.problemLines(), (QSet<int>{11, 12, 13}));
}

TEST_F(SessionImportTest, TheBinomesRulesApplyToEachRow) {
    // Yasmine and Gérard's binôme has ended: their sessions are refused, and so is a session
    // long before a binôme started.
    ASSERT_TRUE(
        BinomeService(db()).end(yasmineGerard, QDate(2026, 3, 1), EndReason::Completed, {}).ok());
    const QString file =
        frenchSampleWith("ines.boucher@example.org;martine.rey@example.org;03/11/2025;1h;visio;"
                         "réalisée;;;;;\r\n");
    const SessionImportReport report = SessionImportService(db()).run(file);
    EXPECT_FALSE(report.ok());
    EXPECT_NE(problemAt(report, 9, u"senior_email"_s), nullptr) << dump(report);
    EXPECT_NE(problemAt(report, 10, u"senior_email"_s), nullptr) << dump(report);
    EXPECT_NE(problemAt(report, 11, u"date"_s), nullptr) << dump(report);
    EXPECT_EQ(sessionCount(), 0);
}

TEST_F(SessionImportTest, ABadValueAndAnUnknownPairAreListedTogether) {
    const QString file = frenchSampleWith(
        "theo.marchand@example.org;martine.rey@example.org;30/02/2026;1h;visio;réalisée;;;;;\r\n"
        "theo.marchand@example.org;martine.rey@example.org;12/02/2026;1h;visio;réalisée;;;;;\r\n");
    const SessionImportReport report = SessionImportService(db()).run(file);
    EXPECT_NE(problemAt(report, 11, u"date"_s), nullptr) << dump(report);
    EXPECT_NE(problemAt(report, 11, u"senior_email"_s), nullptr) << dump(report);
    EXPECT_NE(problemAt(report, 12, u"senior_email"_s), nullptr) << dump(report);
    EXPECT_EQ(sessionCount(), 0);
}

TEST_F(SessionImportTest, RevertRemovesWhatTheImportAddedAndOnlyThat) {
    const SessionImportService service(db());
    // One session logged by hand before the import stays.
    Session byHand;
    byHand.binomeId = inesMartine;
    byHand.date = QDate(2026, 3, 2);
    byHand.minutes = 30;
    ASSERT_TRUE(SessionService(db()).log(byHand).ok());

    SessionImportReport report = service.run(sample("sessions-sheet-fr.csv"));
    ASSERT_TRUE(report.ok()) << dump(report);
    EXPECT_EQ(sessionCount(), 9);
    ASSERT_TRUE(service.revert(report).ok());
    EXPECT_EQ(sessionCount(), 1);
    ASSERT_EQ(sessionsOf(inesMartine).size(), 1);
    EXPECT_EQ(sessionsOf(inesMartine).first().date, QDate(2026, 3, 2));

    // Redo.
    ASSERT_TRUE(service.reapply(report).ok());
    EXPECT_EQ(sessionCount(), 9);
    EXPECT_EQ(report.writtenIds.size(), 8);
    ASSERT_TRUE(service.revert(report).ok());
    EXPECT_EQ(sessionCount(), 1);
}

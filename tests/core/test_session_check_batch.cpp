// The session checks of an import (the catalog and each binôme read once for all rows) say exactly
// what SessionService::check says of each session alone, on a real database.
#include "TempDatabase.h"
#include "TestConfig.h"

#include "binome/services/BinomeService.h"
#include "binome/services/ImportService.h"
#include "binome/services/PairingService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SessionImportService.h"
#include "binome/services/SessionService.h"
#include "binome/services/SkillCatalogService.h"
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

/// "field: message" of each error, in order.
QStringList texts(const QList<FieldError>& errors) {
    QStringList lines;
    for (const FieldError& e : errors)
        lines << e.field + u": "_s + e.message;
    return lines;
}

std::string dump(const SessionImportReport& report) {
    QStringList lines;
    for (const ImportProblem& p : report.problems)
        lines << p.toString();
    return lines.join(u'\n').toStdString();
}

/// The six people of the samples, one program from January 2026, and three binômes started on
/// 5 January 2026: Inès–Martine, Théo–Bernard, Yasmine–Gérard.
class SessionCheckBatchTest : public binome::test::TempDatabase {
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

    Session held(qint64 binomeId, const QDate& date) const {
        Session session;
        session.binomeId = binomeId;
        session.date = date;
        return session;
    }

    qint64 inesMartine = 0;
    qint64 theoBernard = 0;
    qint64 yasmineGerard = 0;
};

} // namespace

TEST_F(SessionCheckBatchTest, OneCheckerSaysWhatCheckSaysOfEachSessionAlone) {
    ASSERT_TRUE(
        BinomeService(db()).end(yasmineGerard, QDate(2026, 3, 1), EndReason::Completed, {}).ok());
    const auto catalog = SkillCatalogService(db()).list();
    ASSERT_TRUE(catalog.ok() && catalog->size() >= 2);
    const qint64 skill = catalog->at(0).id;
    const qint64 otherSkill = catalog->at(1).id;

    // Good sessions and one of each kind of bad one, several of them on the same binômes.
    QList<Session> sessions;
    sessions << held(inesMartine, QDate(2026, 2, 2));
    sessions.last().skillIds = {skill, otherSkill};
    sessions << held(theoBernard, QDate(2025, 12, 10)); // within the month before: fine
    sessions << held(inesMartine, QDate(2025, 11, 3));  // more than a month before the start
    sessions << held(yasmineGerard, QDate(2026, 2, 2)); // ended
    sessions << held(987654, QDate(2026, 2, 2));        // no such binôme
    sessions << held(0, QDate(2026, 2, 2));             // none at all
    sessions << held(theoBernard, QDate(2026, 2, 9));
    sessions.last().skillIds = {skill, 987654}; // not in the catalog
    sessions << held(theoBernard, QDate());     // no date
    sessions << held(inesMartine, QDate(2026, 2, 3));
    sessions.last().minutes = 0;
    sessions << held(inesMartine, QDate(2026, 2, 4));
    sessions.last().menteeRating = 7;
    sessions.last().mentorRating = 0;
    sessions << held(inesMartine, QDate(2026, 2, 5));
    sessions.last().planned = true;
    sessions.last().mentorRating = 4; // planned, already rated
    sessions << held(theoBernard, QDate(2026, 2, 6));
    sessions.last().notes = u"bell\u0007"_s;
    sessions << held(theoBernard, QDate(2026, 2, 7));
    sessions.last().notes = QString(20001, u'n');
    // Everything wrong at once: the errors come in check's order.
    sessions << held(yasmineGerard, QDate());
    sessions.last().minutes = 2000;
    sessions.last().skillIds = {987654};

    const SessionService service(db());
    SessionChecker checker(db());
    int bad = 0;
    for (const Session& session : sessions) {
        const QStringList alone = texts(service.check(session));
        EXPECT_EQ(texts(checker.check(session)), alone) << alone.join(u" / "_s).toStdString();
        bad += alone.isEmpty() ? 0 : 1;
    }
    EXPECT_EQ(bad, sessions.size() - 2);
    // Asked again, in the other order: what it keeps changes nothing.
    for (auto s = sessions.crbegin(); s != sessions.crend(); ++s)
        EXPECT_EQ(texts(checker.check(*s)), texts(service.check(*s)));

    // A batch stops at its first bad session with check's message, and writes nothing.
    const auto logged = service.logAll({sessions.at(0), sessions.at(1), sessions.at(2)});
    ASSERT_FALSE(logged.ok());
    EXPECT_EQ(logged.error(), joinErrors(service.check(sessions.at(2))));
    EXPECT_EQ(sessionCount(), 0);
    const auto good = service.logAll({sessions.at(0), sessions.at(1)}, checker);
    ASSERT_TRUE(good.ok()) << good.error().toStdString();
    EXPECT_EQ(sessionCount(), 2);
}

TEST_F(SessionCheckBatchTest, AnImportGivesEachRowTheMessagesOfCheckAlone) {
    // Yasmine and Gérard's binôme has ended: the sample's lines 9 and 10 are refused.
    ASSERT_TRUE(
        BinomeService(db()).end(yasmineGerard, QDate(2026, 3, 1), EndReason::Completed, {}).ok());
    const QByteArray extra =
        // 11, 12, 18: more than a month before their binôme started (the service's rule)
        "ines.boucher@example.org;martine.rey@example.org;03/11/2025;1h;visio;réalisée;;;;;\r\n"
        "theo.marchand@example.org;bernard.lemoine@example.org;01/12/2025;1h;visio;réalisée;"
        "spreadsheets;;;;\r\n"
        // 13: within the month before: fine
        "theo.marchand@example.org;bernard.lemoine@example.org;06/12/2025;1h;visio;réalisée;;;;;"
        "\r\n"
        // 14: a rating out of range (the sheet's reader)
        "ines.boucher@example.org;martine.rey@example.org;12/03/2026;1h;visio;réalisée;;;;9;\r\n"
        // 15: nobody has that e-mail
        "ines.bouchet@example.org;martine.rey@example.org;13/03/2026;1h;visio;réalisée;;;;;\r\n"
        // 16: a skill the catalog does not have
        "ines.boucher@example.org;martine.rey@example.org;14/03/2026;1h;visio;réalisée;cobol;;;;"
        "\r\n"
        // 17: the ended binôme
        "yasmine.haddad@example.org;gerard.colin@example.org;15/03/2026;1h;visio;réalisée;;;;;\r\n"
        "ines.boucher@example.org;martine.rey@example.org;02/12/2025;30;visio;prévue;genai;;;;\r\n"
        // 19: fine
        "ines.boucher@example.org;martine.rey@example.org;16/03/2026;45;visio;réalisée;email;;;4;5"
        "\r\n";
    const QString file = writeFile(u"suivi.csv"_s, sampleBytes("sessions-sheet-fr.csv") + extra);
    const SessionImportReport report = SessionImportService(db()).run(file);
    EXPECT_FALSE(report.ok());
    EXPECT_FALSE(report.written);
    EXPECT_EQ(sessionCount(), 0);
    ASSERT_EQ(report.rows.size(), 17) << dump(report);
    EXPECT_EQ(report.problemLines(), (QSet<int>{9, 10, 11, 12, 14, 15, 16, 17, 18}))
        << dump(report);

    // Every row that reached the service's rules (its binôme found, its cells read) has the
    // messages check gives it alone, and only those.
    const QSet<int> refusedBeforeTheRules = {9, 10, 14, 15, 16, 17};
    const SessionService service(db());
    int checkedRows = 0;
    int refusedRows = 0;
    for (const SessionImportRow& row : report.rows) {
        if (refusedBeforeTheRules.contains(row.line))
            continue;
        ASSERT_NE(row.session.binomeId, 0) << row.line;
        ++checkedRows;
        QStringList expected;
        for (const FieldError& e : service.check(row.session)) {
            EXPECT_EQ(e.field, u"date"_s) << row.line; // the only rule a read row can break
            expected << e.field + u": "_s + e.message;
        }
        QStringList found;
        for (const ImportProblem& p : report.problems)
            if (p.line == row.line)
                found << p.field + u": "_s + p.message;
        EXPECT_EQ(found, expected) << row.line;
        refusedRows += expected.isEmpty() ? 0 : 1;
    }
    EXPECT_EQ(checkedRows, 11);
    EXPECT_EQ(refusedRows, 3); // lines 11, 12 and 18
}

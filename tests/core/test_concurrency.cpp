// Two Binôme windows (or two computers on a shared drive) writing the same database file: each is
// a Database of its own on the file, as two programs would be. Nothing one writes is silently
// overwritten by the other, a writer that finds the file locked waits a bounded time and then
// says so, and two imports of the same file at once never end in a raw SQLite message (defect 10).
#include "TempDatabase.h"
#include "TestConfig.h"

#include "binome/services/BinomeService.h"
#include "binome/services/DebriefService.h"
#include "binome/services/ImportService.h"
#include "binome/services/ObjectiveService.h"
#include "binome/services/PairingService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SessionImportService.h"
#include "binome/services/SessionService.h"
#include "binome/services/SkillCatalogService.h"
#include "binome/storage/ParticipantRepository.h"
#include "binome/storage/ProgramRepository.h"
#include "binome/storage/SkillRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

/// Sets the busy timeout of the databases opened while it lives, then puts it back.
class BusyTimeout {
public:
    explicit BusyTimeout(int ms)
        : m_saved(Database::busyTimeoutMs()) {
        Database::busyTimeoutMs() = ms;
    }
    ~BusyTimeout() { Database::busyTimeoutMs() = m_saved; }
    BusyTimeout(const BusyTimeout&) = delete;
    BusyTimeout& operator=(const BusyTimeout&) = delete;

private:
    int m_saved;
};

int countOf(const Database& database, const QString& sql) {
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

/// What a user must never read: SQLite's own words.
void expectNoRawSqlite(const QString& message) {
    EXPECT_FALSE(message.contains(u"UNIQUE"_s, Qt::CaseInsensitive)) << message.toStdString();
    EXPECT_FALSE(message.contains(u"constraint"_s, Qt::CaseInsensitive)) << message.toStdString();
    EXPECT_FALSE(message.contains(u"Unable to"_s, Qt::CaseInsensitive)) << message.toStdString();
}

/// A participant file of `count` people, e-mails person0@example.org...
QByteArray participantCsv(int count, const QString& department = u"Finance"_s) {
    QByteArray csv = "rôle;prénom;nom;courriel;service;site;langues\n";
    for (int i = 0; i < count; ++i)
        csv += u"%1;Prénom%2;Nom%2;person%2@example.org;%3;Paris;fr\n"_s
                   .arg(i % 2 ? u"senior"_s : u"junior"_s)
                   .arg(i)
                   .arg(department)
                   .toUtf8();
    return csv;
}

} // namespace

/// Window A is db(); window B a second Database on the same file.
class ConcurrencyTest : public binome::test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        auto other = Database::open(path());
        ASSERT_TRUE(other.ok()) << other.error().toStdString();
        m_other = std::move(other).value();
    }

    Database& a() { return db(); }
    Database& b() { return *m_other; }

    qint64 addPerson(Role role, const QString& first, const QString& last,
                     QList<SkillAssessment> skills = {}) {
        Participant p;
        p.role = role;
        p.firstName = first;
        p.lastName = last;
        p.email = (first + u'.' + last).toLower() + u"@example.org"_s;
        p.department = role == Role::Junior ? u"Digital"_s : u"Finance"_s;
        p.site = u"Paris"_s;
        p.languages = {u"fr"_s};
        p.skills = std::move(skills);
        const auto id = ParticipantService(a()).save(p);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        return id.ok() ? *id : 0;
    }

    Participant person(Database& database, qint64 id) {
        const auto found = ParticipantService(database).find(id);
        EXPECT_TRUE(found.ok()) << found.error().toStdString();
        return found.ok() ? *found : Participant{};
    }

    /// A program with Ana (junior) and Claire (senior), paired: the binôme's id.
    qint64 pairAnaAndClaire() {
        Program program;
        program.name = u"Cohorte 2027"_s;
        program.startDate = QDate(2027, 1, 4);
        program.endDate = QDate(2027, 6, 25);
        const auto programId = ProgramService(a()).save(program);
        EXPECT_TRUE(programId.ok());
        m_programId = *programId;
        const qint64 ana =
            addPerson(Role::Junior, u"Ana"_s, u"Lopez"_s, {{u"linkedin"_s, 5, {}, {}}});
        const qint64 claire =
            addPerson(Role::Senior, u"Claire"_s, u"Martin"_s, {{u"linkedin"_s, 1, 4, 3}});
        EXPECT_TRUE(ProgramService(a()).enrol(m_programId, {ana, claire}).ok());
        const PairingService pairing(a());
        const auto proposal = pairing.propose(m_programId);
        EXPECT_TRUE(proposal.ok());
        EXPECT_TRUE(pairing.confirm(*proposal, u"hr"_s, QDate(2027, 1, 4)).ok());
        const QList<Binome> binomes = pairing.binomes(m_programId).value();
        EXPECT_EQ(binomes.size(), 1);
        return binomes.isEmpty() ? 0 : binomes.first().id;
    }

    std::unique_ptr<Database> m_other;
    qint64 m_programId = 0;
};

// ---- (a) a participant edited in two windows -------------------------------------------------

TEST_F(ConcurrencyTest, ASecondEditOfAParticipantIsRefusedNamingThemAndTheFirstIsKept) {
    const qint64 claire = addPerson(Role::Senior, u"Claire"_s, u"Martin"_s);
    // Both windows open Claire's dialog.
    Participant inA = person(a(), claire);
    Participant inB = person(b(), claire);
    ASSERT_GT(inA.rowVersion, 0);
    EXPECT_EQ(inA.rowVersion, inB.rowVersion);

    inA.site = u"Lyon"_s;
    ASSERT_TRUE(ParticipantService(a()).save(inA).ok());
    inB.jobTitle = u"Directrice financière"_s;
    const auto saved = ParticipantService(b()).save(inB);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().contains(u"Claire Martin"_s)) << saved.error().toStdString();
    EXPECT_TRUE(saved.error().contains(u"changed in another window or on another computer"_s))
        << saved.error().toStdString();
    EXPECT_TRUE(saved.error().contains(u"not saved"_s)) << saved.error().toStdString();

    const Participant stored = person(a(), claire);
    EXPECT_EQ(stored.site, u"Lyon"_s);
    EXPECT_TRUE(stored.jobTitle.isEmpty());
    // Reopened, B's dialog has the new data and its save goes through.
    Participant reopened = person(b(), claire);
    reopened.jobTitle = u"Directrice financière"_s;
    ASSERT_TRUE(ParticipantService(b()).save(reopened).ok());
    EXPECT_EQ(person(a(), claire).site, u"Lyon"_s);
    EXPECT_EQ(person(a(), claire).jobTitle, u"Directrice financière"_s);
}

TEST_F(ConcurrencyTest, AnEditOfAParticipantErasedMeanwhileSaysTheyWereDeleted) {
    const qint64 claire = addPerson(Role::Senior, u"Claire"_s, u"Martin"_s);
    Participant inB = person(b(), claire);
    ASSERT_TRUE(ParticipantService(a()).setArchived(claire, true).ok());
    ASSERT_TRUE(ParticipantService(a()).erase(claire).ok());
    inB.site = u"Lyon"_s;
    const auto saved = ParticipantService(b()).save(inB);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().contains(u"Claire Martin was deleted"_s))
        << saved.error().toStdString();
    EXPECT_EQ(countOf(a(), u"SELECT count(*) FROM participant"_s), 0);
}

TEST_F(ConcurrencyTest, ALevelADebriefRecordedMeanwhileIsNotOverwrittenByAnOlderDialog) {
    const qint64 binomeId = pairAnaAndClaire();
    const qint64 claire = BinomeService(a()).find(binomeId)->seniorId;
    Participant inB = person(b(), claire); // B opens Claire (LinkedIn 1)
    // A records a debrief that raises Claire's LinkedIn level through her objective.
    const QList<Objective> objectives = ObjectiveService(a()).ofBinome(binomeId).value();
    ASSERT_FALSE(objectives.isEmpty());
    Debrief debrief;
    debrief.binomeId = binomeId;
    debrief.kind = DebriefKind::MidTerm;
    debrief.date = QDate(2027, 3, 1);
    debrief.reviews = {{objectives.first().id, 3, ObjectiveStatus::InProgress, {}}};
    ASSERT_TRUE(DebriefService(a()).record(debrief).ok());
    ASSERT_EQ(person(a(), claire).skill(u"linkedin"_s)->level, 3);

    inB.site = u"Lyon"_s; // would write LinkedIn 1 back with the rest of her record
    const auto saved = ParticipantService(b()).save(inB);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().contains(u"Claire Martin"_s)) << saved.error().toStdString();
    EXPECT_EQ(person(a(), claire).skill(u"linkedin"_s)->level, 3);
    EXPECT_EQ(person(a(), claire).site, u"Paris"_s);
}

// ---- (b) a session, an objective, a program, a skill, a binôme's end -------------------------

TEST_F(ConcurrencyTest, ASecondEditOfASessionIsRefusedAndTheFirstIsKept) {
    const qint64 binomeId = pairAnaAndClaire();
    Session session;
    session.binomeId = binomeId;
    session.date = QDate(2027, 1, 12);
    session.minutes = 60;
    const auto id = SessionService(a()).log(session);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();

    Session inA = SessionService(a()).find(*id).value();
    Session inB = SessionService(b()).find(*id).value();
    inA.notes = u"Profil LinkedIn créé"_s;
    ASSERT_TRUE(SessionService(a()).log(inA).ok());
    inB.minutes = 90;
    const auto saved = SessionService(b()).log(inB);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().contains(u"The session of"_s)) << saved.error().toStdString();
    EXPECT_TRUE(saved.error().contains(u"another window or on another computer"_s))
        << saved.error().toStdString();
    const Session stored = SessionService(a()).find(*id).value();
    EXPECT_EQ(stored.notes, u"Profil LinkedIn créé"_s);
    EXPECT_EQ(stored.minutes, 60);
}

TEST_F(ConcurrencyTest, ASecondEditOfAnObjectiveIsRefusedNamingItsSkill) {
    const qint64 binomeId = pairAnaAndClaire();
    const QList<Objective> objectives = ObjectiveService(a()).ofBinome(binomeId).value();
    ASSERT_FALSE(objectives.isEmpty());
    Objective inA = objectives.first();
    Objective inB = ObjectiveService(b()).find(inA.id).value();
    inA.targetLevel = 5;
    ASSERT_TRUE(ObjectiveService(a()).save(inA).ok());
    inB.description = u"Publier chaque semaine"_s;
    const auto saved = ObjectiveService(b()).save(inB);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().contains(u"The objective on"_s)) << saved.error().toStdString();
    EXPECT_TRUE(saved.error().contains(u"LinkedIn"_s)) << saved.error().toStdString();
    const Objective stored = ObjectiveService(a()).find(inA.id).value();
    EXPECT_EQ(stored.targetLevel, 5);
    EXPECT_TRUE(stored.description.isEmpty());
}

TEST_F(ConcurrencyTest, ASecondEditOfAProgramIsRefusedNamingIt) {
    Program program;
    program.name = u"Cohorte 2027"_s;
    program.startDate = QDate(2027, 1, 4);
    program.endDate = QDate(2027, 6, 25);
    ASSERT_TRUE(ProgramService(a()).save(program).ok());
    Program inA = ProgramRepository(a()).findByName(program.name).value().value();
    Program inB = ProgramRepository(b()).findByName(program.name).value().value();
    inA.cadenceDays = 21;
    ASSERT_TRUE(ProgramRepository(a()).update(inA).ok());
    inB.description = u"Pilote"_s;
    const Status saved = ProgramRepository(b()).update(inB);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().contains(u"The program Cohorte 2027 was changed"_s))
        << saved.error().toStdString();
    const Program stored = ProgramRepository(a()).findByName(program.name).value().value();
    EXPECT_EQ(stored.cadenceDays, 21);
    EXPECT_TRUE(stored.description.isEmpty());
}

TEST_F(ConcurrencyTest, ASecondEditOfASkillIsRefusedNamingIt) {
    Skill inA;
    const QList<Skill> catalog = SkillRepository(a()).all().value();
    for (const Skill& s : catalog)
        if (s.code == u"linkedin")
            inA = s;
    ASSERT_GT(inA.id, 0);
    Skill inB = inA;
    inA.nameFr = u"LinkedIn (réseau)"_s;
    ASSERT_TRUE(SkillRepository(a()).update(inA).ok());
    inB.archived = true;
    const Status saved = SkillRepository(b()).update(inB);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().contains(u"The skill"_s)) << saved.error().toStdString();
    const QList<Skill> after = SkillRepository(a()).all().value();
    for (const Skill& s : after)
        if (s.code == u"linkedin") {
            EXPECT_EQ(s.nameFr, u"LinkedIn (réseau)"_s);
            EXPECT_FALSE(s.archived);
        }
}

TEST_F(ConcurrencyTest, EndingABinomeThatChangedSinceItsDialogOpenedIsRefused) {
    const qint64 binomeId = pairAnaAndClaire();
    const Binome inB = BinomeService(b()).find(binomeId).value(); // B opens "End the binôme"
    ASSERT_TRUE(BinomeService(a()).pause(binomeId).ok());         // A pauses it meanwhile
    const Status ended =
        BinomeService(b()).end(binomeId, QDate(2027, 3, 1), EndReason::Left, {}, inB.rowVersion);
    ASSERT_FALSE(ended.ok());
    EXPECT_TRUE(ended.error().contains(u"Ana Lopez"_s)) << ended.error().toStdString();
    EXPECT_TRUE(ended.error().contains(u"Claire Martin"_s)) << ended.error().toStdString();
    EXPECT_EQ(BinomeService(a()).find(binomeId)->status, BinomeStatus::Paused);
    // Opened again, it ends.
    const Binome reopened = BinomeService(b()).find(binomeId).value();
    ASSERT_TRUE(BinomeService(b())
                    .end(binomeId, QDate(2027, 3, 1), EndReason::Left, {}, reopened.rowVersion)
                    .ok());
    EXPECT_EQ(BinomeService(a()).find(binomeId)->status, BinomeStatus::Ended);
}

// ---- (c) the undo of an import after another window's change ---------------------------------

TEST_F(ConcurrencyTest, UndoingAnImportDoesNotOverwriteAChangeMadeSinceInAnotherWindow) {
    const qint64 claire = addPerson(Role::Senior, u"Claire"_s, u"Martin"_s);
    const QString file = writeFile(
        u"people.csv"_s, "rôle;prénom;nom;courriel;service;site;langues\n"
                         "senior;Claire;Martin;claire.martin@example.org;Achats;Paris;fr\n"
                         "junior;Zoé;Petit;zoe.petit@example.org;Digital;Paris;fr\n");
    const ImportReport report = ImportService(a()).run(file);
    ASSERT_TRUE(report.written) << report.problems.value(0).message.toStdString();
    ASSERT_EQ(person(a(), claire).department, u"Achats"_s);

    Participant inB = person(b(), claire); // B changes Claire after the import
    inB.site = u"Lyon"_s;
    ASSERT_TRUE(ParticipantService(b()).save(inB).ok());

    const Status reverted = ImportService(a()).revert(report);
    ASSERT_FALSE(reverted.ok());
    EXPECT_TRUE(reverted.error().contains(u"The import was not undone"_s))
        << reverted.error().toStdString();
    EXPECT_TRUE(reverted.error().contains(u"Claire Martin"_s)) << reverted.error().toStdString();
    // Nothing of the undo landed: Claire as B left her, Zoé still there.
    EXPECT_EQ(person(a(), claire).site, u"Lyon"_s);
    EXPECT_EQ(person(a(), claire).department, u"Achats"_s);
    EXPECT_EQ(countOf(a(), u"SELECT count(*) FROM participant"_s), 2);
}

TEST_F(ConcurrencyTest, AnImportUndoneAndRedoneWithNobodyElseWritingGoesThrough) {
    const qint64 claire = addPerson(Role::Senior, u"Claire"_s, u"Martin"_s);
    const QString file = writeFile(
        u"people.csv"_s, "rôle;prénom;nom;courriel;service;site;langues\n"
                         "senior;Claire;Martin;claire.martin@example.org;Achats;Paris;fr\n");
    ImportReport report = ImportService(a()).run(file);
    ASSERT_TRUE(report.written);
    ASSERT_TRUE(ImportService(a()).revert(report).ok());
    EXPECT_EQ(person(a(), claire).department, u"Finance"_s);
    ASSERT_TRUE(ImportService(a()).reapply(report).ok());
    EXPECT_EQ(person(a(), claire).department, u"Achats"_s);
    ASSERT_TRUE(ImportService(a()).revert(report).ok());
    EXPECT_EQ(person(a(), claire).department, u"Finance"_s);
}

// ---- (d) two imports of the same file at once ------------------------------------------------

TEST_F(ConcurrencyTest, AnImportWhileAnotherHoldsTheLockSaysSoAndWritesNothing) {
    const QString file = writeFile(u"people.csv"_s, participantCsv(20));
    m_other.reset();
    const BusyTimeout timeout(150);
    auto other = Database::open(path());
    ASSERT_TRUE(other.ok());
    // A's import is writing (it holds the lock) when B's, of the same file, starts.
    ImportReport inB;
    ImportProgress progress;
    progress.writing = [&](qint64 done, qint64) {
        if (done == 0)
            inB = ImportService(*other.value()).run(file);
        return true;
    };
    const ImportReport inA = ImportService(a()).run(file, progress);
    ASSERT_TRUE(inA.written);
    ASSERT_FALSE(inB.written);
    ASSERT_FALSE(inB.problems.isEmpty());
    const QString message = inB.problems.first().message;
    expectNoRawSqlite(message);
    EXPECT_TRUE(message.contains(u"another Binôme window or another computer"_s))
        << message.toStdString();
    EXPECT_TRUE(message.contains(u"try again"_s)) << message.toStdString();
    EXPECT_EQ(countOf(a(), u"SELECT count(*) FROM participant"_s), 20);
    // Tried again, B's import finds everyone there.
    const ImportReport again = ImportService(*other.value()).run(file);
    ASSERT_TRUE(again.written) << again.problems.value(0).message.toStdString();
    EXPECT_EQ(again.count(ImportAction::Unchanged), 20);
}

TEST_F(ConcurrencyTest, AParticipantAddedMeanwhileGetsAMessageNamingTheEmail) {
    addPerson(Role::Senior, u"Claire"_s, u"Martin"_s);
    // B checked the e-mail before A saved her: the insert itself finds it taken.
    Participant twin;
    twin.role = Role::Junior;
    twin.firstName = u"Claire"_s;
    twin.lastName = u"Martin"_s;
    twin.email = u"Claire.Martin@example.org"_s;
    twin.languages = {u"fr"_s};
    const auto inserted = ParticipantRepository(b()).insert(twin);
    ASSERT_FALSE(inserted.ok());
    expectNoRawSqlite(inserted.error());
    EXPECT_TRUE(
        inserted.error().contains(u"A participant with the e-mail Claire.Martin@example.org"_s))
        << inserted.error().toStdString();
}

TEST_F(ConcurrencyTest, TwoSessionImportsOfTheSameSheetAtOnceAddEachSessionOnce) {
    pairAnaAndClaire();
    const QString sheet =
        writeFile(u"sessions.csv"_s,
                  "junior email,senior email,date,duration,mode,status,skills,notes\n"
                  "ana.lopez@example.org,claire.martin@example.org,2027-01-12,60,video,held,"
                  "linkedin,Profil créé\n"
                  "ana.lopez@example.org,claire.martin@example.org,2027-01-26,45,phone,held,"
                  "linkedin,Premier post\n");
    m_other.reset();
    const BusyTimeout timeout(150);
    auto other = Database::open(path());
    ASSERT_TRUE(other.ok());
    // A's import of the sheet starts when B's, of the same sheet, is about to write.
    bool ranA = false;
    SessionImportReport inA;
    ImportProgress progress;
    progress.writing = [&](qint64, qint64) {
        if (!ranA) {
            ranA = true;
            inA = SessionImportService(*other.value()).run(sheet);
        }
        return true;
    };
    const SessionImportReport inB = SessionImportService(a()).run(sheet, progress);
    ASSERT_TRUE(ranA);
    // B held the lock from its check to its commit: A waited, then said so; nothing doubled.
    EXPECT_TRUE(inB.written) << inB.problems.value(0).message.toStdString();
    EXPECT_FALSE(inA.written);
    for (const ImportProblem& problem : inA.problems)
        expectNoRawSqlite(problem.message);
    EXPECT_EQ(countOf(a(), u"SELECT count(*) FROM mentoring_session"_s), 2);
    // Run again, A finds both sessions there and adds none.
    const SessionImportReport again = SessionImportService(*other.value()).run(sheet);
    EXPECT_EQ(countOf(a(), u"SELECT count(*) FROM mentoring_session"_s), 2);
    EXPECT_TRUE(again.problems.isEmpty()) << again.problems.value(0).message.toStdString();
}

#ifdef BINOME_CLI_PATH
TEST(ConcurrentCli, TwoImportsOfTheSameFileStartedTogetherLandOnceWithoutARawMessage) {
    QTemporaryDir dir;
    const QString database = dir.filePath(u"shared.sqlite"_s);
    ASSERT_TRUE(Database::open(database).ok()); // created, migrated, closed
    const QString file = dir.filePath(u"people.csv"_s);
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(participantCsv(3000));
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"xdg"_s));
    QProcess first;
    QProcess second;
    for (QProcess* process : {&first, &second}) {
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(BINOME_CLI_PATH),
                       {u"--db"_s, database, u"import"_s, u"participants"_s, file});
    }
    for (QProcess* process : {&first, &second}) {
        ASSERT_TRUE(process->waitForFinished(120000));
        const QString err = QString::fromUtf8(process->readAllStandardError());
        expectNoRawSqlite(err);
        // Each waited for the other (well within the busy timeout) and imported: the second
        // found everyone there.
        EXPECT_EQ(process->exitCode(), 0) << err.toStdString();
    }
    auto opened = Database::open(database);
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(ParticipantRepository(*opened.value()).count().value(), 3000);
}
#endif

// ---- (e) a bounded wait, then a clear message, then a retry ----------------------------------

TEST_F(ConcurrencyTest, AnEditWhileAnotherWindowWritesWaitsThenSaysSoThenTheRetryGoesThrough) {
    const qint64 claire = addPerson(Role::Senior, u"Claire"_s, u"Martin"_s);
    m_other.reset();
    const BusyTimeout timeout(150);
    auto opened = Database::open(path());
    ASSERT_TRUE(opened.ok());
    Database& other = *opened.value();
    Participant inB = person(other, claire);
    inB.site = u"Lyon"_s;
    {
        QSqlQuery lock(a().connection()); // A is in the middle of a long write
        ASSERT_TRUE(lock.exec(u"BEGIN IMMEDIATE"_s));
        QElapsedTimer waited;
        waited.start();
        const auto saved = ParticipantService(other).save(inB);
        ASSERT_FALSE(saved.ok());
        EXPECT_GE(waited.elapsed(), 100); // it waited, a bounded time
        EXPECT_LT(waited.elapsed(), 5000);
        EXPECT_TRUE(saved.error().contains(u"another Binôme window or another computer"_s))
            << saved.error().toStdString();
        EXPECT_TRUE(saved.error().contains(u"try again"_s)) << saved.error().toStdString();
        expectNoRawSqlite(saved.error());
        ASSERT_TRUE(lock.exec(u"COMMIT"_s));
    }
    EXPECT_EQ(person(a(), claire).site, u"Paris"_s); // nothing changed
    // A is done: B's retry saves.
    const auto retried = ParticipantService(other).save(inB);
    ASSERT_TRUE(retried.ok()) << retried.error().toStdString();
    EXPECT_EQ(person(a(), claire).site, u"Lyon"_s);
}

TEST_F(ConcurrencyTest, AMultiRowWriteThatCannotGetTheLockWritesNoRowAtAll) {
    const qint64 claire = addPerson(Role::Senior, u"Claire"_s, u"Martin"_s);
    const qint64 gerard = addPerson(Role::Senior, u"Gérard"_s, u"Colin"_s);
    m_other.reset();
    const BusyTimeout timeout(150);
    auto opened = Database::open(path());
    ASSERT_TRUE(opened.ok());
    Database& other = *opened.value();
    QSqlQuery lock(a().connection());
    ASSERT_TRUE(lock.exec(u"BEGIN IMMEDIATE"_s));
    bool released = false;
    // A finishes while B is between its (refused) BEGIN and its writes: B's writes must not
    // land one by one outside a transaction.
    const auto status = [&] {
        Transaction transaction(other);
        ASSERT_TRUE(lock.exec(u"COMMIT"_s));
        released = true;
        ASSERT_FALSE(ParticipantRepository(other).setArchived(claire, true).ok());
        ASSERT_FALSE(ParticipantRepository(other).setArchived(gerard, true).ok());
        const Status committed = transaction.commit();
        EXPECT_FALSE(committed.ok());
        EXPECT_TRUE(committed.error().contains(u"another Binôme window or another computer"_s))
            << committed.error().toStdString();
    };
    status();
    ASSERT_TRUE(released);
    EXPECT_FALSE(person(a(), claire).archived);
    EXPECT_FALSE(person(a(), gerard).archived);
    // The connection writes again afterwards.
    ASSERT_TRUE(ParticipantService(other).setArchived({claire, gerard}, true).ok());
    EXPECT_TRUE(person(a(), claire).archived);
}

// ---- (f) upgrade of a schema-4 database ------------------------------------------------------

namespace {

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

void runRaw(const QString& path, const QStringList& statements) {
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-v4"_s);
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        for (const QString& statement : statements)
            ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
    }
    QSqlDatabase::removeDatabase(u"raw-v4"_s);
}

} // namespace

TEST(RowVersionMigration, ASchemaFourDatabaseIsUpgradedWithEveryRowKeptAtVersionOne) {
    QTemporaryDir dir;
    const QString old = dir.filePath(u"v4.sqlite"_s);
    QStringList statements = schemaUpTo(4);
    statements.insert(statements.size() - 1,
                      u"INSERT INTO skill (code, area, name_en, name_fr, kind, sort_order) VALUES "
                      "('linkedin', 1, 'LinkedIn', 'LinkedIn', 'tool', 10)"_s);
    statements.insert(
        statements.size() - 1,
        u"INSERT INTO participant (id, role, first_name, last_name, email, email_key) VALUES "
        "(1, 'junior', 'Ana', 'Lopez', 'ana@example.org', 'ana@example.org'), "
        "(2, 'senior', 'Claire', 'Martin', 'claire@example.org', 'claire@example.org')"_s);
    statements.insert(statements.size() - 1,
                      u"INSERT INTO program (id, name, start_date, end_date) VALUES "
                      "(1, 'Cohorte', '2027-01-04', '2027-06-25')"_s);
    statements.insert(statements.size() - 1,
                      u"INSERT INTO binome (id, program_id, junior_id, senior_id, score, "
                      "start_date) VALUES (1, 1, 1, 2, 80, '2027-01-04')"_s);
    statements.insert(statements.size() - 1,
                      u"INSERT INTO objective (id, binome_id, skill_id, learner, start_level, "
                      "target_level, status) VALUES (1, 1, 1, 'senior', 1, 4, 'not-started')"_s);
    statements.insert(statements.size() - 1,
                      u"INSERT INTO mentoring_session (id, binome_id, held, session_date, "
                      "minutes, mode) VALUES (1, 1, 1, '2027-01-12', 60, 'video')"_s);
    statements.insert(statements.size() - 1,
                      u"INSERT INTO learning_resource (id, skill_id, title, url, sort_order) "
                      "VALUES (1, 1, 'Guide', 'https://example.org', 0)"_s);
    runRaw(old, statements);

    auto opened = Database::open(old);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    const Database& database = *opened.value();
    EXPECT_EQ(database.schemaVersion(), Database::SchemaVersion);
    EXPECT_EQ(Database::SchemaVersion, 5);
    for (const QString& table : {u"participant"_s, u"program"_s, u"binome"_s, u"objective"_s,
                                 u"mentoring_session"_s, u"skill"_s, u"learning_resource"_s}) {
        EXPECT_GT(countOf(database, u"SELECT count(*) FROM "_s + table), 0) << table.toStdString();
        EXPECT_EQ(
            countOf(database, u"SELECT count(*) FROM "_s + table + u" WHERE row_version <> 1"_s), 0)
            << table.toStdString();
    }
    EXPECT_EQ(countOf(database, u"SELECT count(*) FROM participant"_s), 2);
    const auto claire = ParticipantService(database).find(2);
    ASSERT_TRUE(claire.ok()) << claire.error().toStdString();
    EXPECT_EQ(claire->fullName(), u"Claire Martin"_s);
    EXPECT_EQ(claire->rowVersion, 1);
    // Its first edit makes it version 2.
    Participant edited = *claire;
    edited.site = u"Lyon"_s;
    edited.languages = {u"fr"_s};
    ASSERT_TRUE(ParticipantService(database).save(edited).ok());
    EXPECT_EQ(ParticipantService(database).find(2)->rowVersion, 2);
}

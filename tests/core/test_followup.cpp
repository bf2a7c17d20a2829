// Running a program after pairing: lifecycle, objectives, sessions, debriefs, level history and
// the follow-up figures and flags, against a real database.
#include "TempDatabase.h"

#include "binome/services/BinomeService.h"
#include "binome/services/DebriefService.h"
#include "binome/services/FollowUpService.h"
#include "binome/services/ObjectiveService.h"
#include "binome/services/PairingService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SessionService.h"
#include "binome/services/SkillCatalogService.h"
#include "binome/services/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

class FollowUpTest : public binome::test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        Program draft;
        draft.name = u"Cohorte 2027"_s;
        draft.startDate = QDate(2027, 1, 4);
        draft.endDate = QDate(2027, 6, 25);
        draft.cadenceDays = 14;
        programId = ProgramService(db()).save(draft).value();
        program = draft;
        program.id = programId;
    }

    qint64 add(Role role, const QString& name, QList<SkillAssessment> skills,
               const QString& department = u"Finance"_s) {
        Participant p;
        p.role = role;
        p.firstName = name;
        p.lastName = u"Test"_s;
        p.email = name.toLower() + u"@example.org"_s;
        p.department = department;
        p.site = u"Paris"_s;
        p.languages = {u"fr"_s};
        p.skills = std::move(skills);
        const auto id = ParticipantService(db()).save(p);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        EXPECT_TRUE(ProgramService(db()).enrol(programId, {*id}).ok());
        return *id;
    }

    /// Proposes and confirms; returns the open binômes.
    QList<Binome> pair(const QDate& start) {
        const PairingService pairing(db());
        const auto proposal = pairing.propose(programId);
        EXPECT_TRUE(proposal.ok()) << proposal.error().toStdString();
        const auto run = pairing.confirm(*proposal, u"hr"_s, start);
        EXPECT_TRUE(run.ok()) << run.error().toStdString();
        return pairing.binomes(programId).value();
    }

    qint64 skillId(const QString& code) {
        const QList<Skill> skills = SkillCatalogService(db()).list().value();
        for (const Skill& s : skills)
            if (s.code == code)
                return s.id;
        return 0;
    }

    Session held(qint64 binomeId, const QDate& date, int minutes = 60) {
        Session s;
        s.binomeId = binomeId;
        s.date = date;
        s.minutes = minutes;
        s.mode = SessionMode::Video;
        return s;
    }

    FollowUpRow rowOf(qint64 binomeId, const QDate& today) {
        const auto row = FollowUpService(db()).row(binomeId, today);
        EXPECT_TRUE(row.ok()) << row.error().toStdString();
        return row.ok() ? *row : FollowUpRow{};
    }

    Participant person(qint64 id) {
        const QList<Participant> people = ParticipantService(db()).list().value();
        for (const Participant& p : people)
            if (p.id == id)
                return p;
        return {};
    }

    int count(const QString& table) {
        QSqlQuery query(db().connection());
        query.exec(u"SELECT count(*) FROM "_s + table);
        query.next();
        return query.value(0).toInt();
    }

    qint64 programId = 0;
    Program program;
};

} // namespace

TEST_F(FollowUpTest, ConfirmingSuggestsTheLargestCoveredGapsAsFirstObjectives) {
    add(Role::Junior, u"Ana"_s,
        {{u"genai"_s, 5, {}, {}},
         {u"linkedin"_s, 4, {}, {}},
         {u"email"_s, 4, {}, {}},
         {u"spreadsheets"_s, 1, {}, {}}});
    const qint64 claire = add(Role::Senior, u"Claire"_s,
                              {{u"genai"_s, 0, 4, 3},            // 12: first
                               {u"linkedin"_s, 1, 4, 2},         // 6: second
                               {u"email"_s, 2, 4, 1},            // 2: third
                               {u"cms"_s, 0, 5, 3},              // not covered: Ana has no level
                               {u"spreadsheets"_s, 1, 5, 3},     // not covered: Ana is at 1 too
                               {u"social-networks"_s, 3, 3, 3}}, // no gap
                              u"Achats"_s);
    const QList<Binome> binomes = pair(QDate(2027, 1, 11));
    ASSERT_EQ(binomes.size(), 1);
    EXPECT_EQ(binomes.first().seniorId, claire);
    EXPECT_EQ(binomes.first().startDate, QDate(2027, 1, 11));
    EXPECT_EQ(binomes.first().status, BinomeStatus::Active);

    const auto objectives = ObjectiveService(db()).ofBinome(binomes.first().id).value();
    ASSERT_EQ(objectives.size(), 3);
    EXPECT_EQ(objectives[0].skillId, skillId(u"genai"_s));
    EXPECT_EQ(objectives[0].startLevel, 0);
    EXPECT_EQ(objectives[0].targetLevel, 4);
    EXPECT_EQ(objectives[0].learner, Learner::Senior);
    EXPECT_EQ(objectives[0].dueDate, program.endDate);
    EXPECT_EQ(objectives[1].skillId, skillId(u"linkedin"_s));
    EXPECT_EQ(objectives[2].skillId, skillId(u"email"_s));
    // Editable and removable like any other.
    Objective edited = objectives[2];
    edited.learner = Learner::Junior;
    edited.description = u"Le junior apprend le métier des achats"_s;
    ASSERT_TRUE(ObjectiveService(db()).save(edited).ok());
    ASSERT_TRUE(ObjectiveService(db()).remove(objectives[1].id).ok());
    const auto after = ObjectiveService(db()).ofBinome(binomes.first().id).value();
    ASSERT_EQ(after.size(), 2);
    EXPECT_EQ(after[1].learner, Learner::Junior);
    // A target not above the start is refused.
    Objective bad = after[0];
    bad.targetLevel = bad.startLevel;
    EXPECT_FALSE(ObjectiveService(db()).save(bad).ok());
}

TEST_F(FollowUpTest, EndingKeepsTheBinomeAndRePairsOnlyThePersonLeftAlone) {
    const qint64 ana = add(Role::Junior, u"Ana"_s, {{u"genai"_s, 5, {}, {}}});
    const qint64 bob = add(Role::Junior, u"Bob"_s, {{u"linkedin"_s, 4, {}, {}}});
    const qint64 claire = add(Role::Senior, u"Claire"_s, {{u"genai"_s, 0, 4, 3}}, u"Achats"_s);
    const qint64 denis = add(Role::Senior, u"Denis"_s, {{u"linkedin"_s, 1, 4, 2}}, u"Achats"_s);
    QList<Binome> binomes = pair(QDate(2027, 1, 11));
    ASSERT_EQ(binomes.size(), 2);
    const Binome anaClaire = binomes[0].seniorId == claire ? binomes[0] : binomes[1];
    const Binome bobDenis = binomes[0].seniorId == denis ? binomes[0] : binomes[1];
    ASSERT_EQ(anaClaire.juniorId, ana);

    // Bob leaves the company: his binôme ends, with its reason; nothing is deleted.
    const BinomeService lifecycle(db());
    EXPECT_FALSE(lifecycle.end(bobDenis.id, QDate(2027, 1, 1), EndReason::Left, {}).ok())
        << "an end before the start is refused";
    EXPECT_FALSE(lifecycle.end(bobDenis.id, QDate(2027, 3, 1), EndReason::Other, u" "_s).ok())
        << "other needs a note";
    ASSERT_TRUE(lifecycle.end(bobDenis.id, QDate(2027, 3, 1), EndReason::Left, {}).ok());
    EXPECT_FALSE(lifecycle.end(bobDenis.id, QDate(2027, 3, 2), EndReason::Left, {}).ok());
    const Binome ended = lifecycle.find(bobDenis.id).value();
    EXPECT_EQ(ended.status, BinomeStatus::Ended);
    EXPECT_EQ(ended.endDate, QDate(2027, 3, 1));
    EXPECT_EQ(ended.endReason, EndReason::Left);
    EXPECT_EQ(count(u"binome"_s), 2);

    // A new junior arrives who could mentor both seniors; Ana-Claire stays exactly as it is.
    const qint64 eve =
        add(Role::Junior, u"Eve"_s, {{u"linkedin"_s, 5, {}, {}}, {u"genai"_s, 5, {}, {}}});
    const auto proposal = PairingService(db()).propose(programId);
    ASSERT_TRUE(proposal.ok());
    ASSERT_EQ(proposal->binomes.size(), 2);
    for (const ProposedBinome& p : proposal->binomes) {
        if (p.senior.id == claire) {
            EXPECT_EQ(p.junior.id, ana);
            EXPECT_TRUE(p.confirmed);
        } else {
            EXPECT_EQ(p.senior.id, denis);
            EXPECT_EQ(p.junior.id, eve);
            EXPECT_FALSE(p.confirmed);
        }
    }
    ASSERT_TRUE(PairingService(db()).confirm(*proposal, u"hr"_s, QDate(2027, 3, 8)).ok());
    const QList<Binome> history = lifecycle.ofProgram(programId).value();
    ASSERT_EQ(history.size(), 3);
    EXPECT_EQ(history[0].id, anaClaire.id);
    EXPECT_EQ(history[0].startDate, QDate(2027, 1, 11)) << "the kept binôme is not recreated";
    EXPECT_EQ(history[2].seniorId, denis);
    EXPECT_EQ(history[2].juniorId, eve);
    EXPECT_EQ(history[2].startDate, QDate(2027, 3, 8));

    // The database itself refuses a second open binôme for a senior.
    QSqlQuery query(db().connection());
    EXPECT_FALSE(query.exec(
        u"INSERT INTO binome (program_id, junior_id, senior_id, score, start_date) VALUES (%1, %2, %3, 50, '2027-03-09')"_s
            .arg(programId)
            .arg(bob)
            .arg(denis)));

    // Reopening Bob-Denis (an undo of the end) is refused now that Denis is paired again.
    EXPECT_FALSE(lifecycle.restoreState(bobDenis).ok());
    EXPECT_EQ(lifecycle.find(bobDenis.id).value().status, BinomeStatus::Ended);
}

TEST_F(FollowUpTest, PauseResumeAndTheirUndo) {
    add(Role::Junior, u"Ana"_s, {{u"genai"_s, 5, {}, {}}});
    add(Role::Senior, u"Claire"_s, {{u"genai"_s, 0, 4, 3}}, u"Achats"_s);
    const Binome binome = pair(QDate(2027, 1, 11)).first();
    const BinomeService lifecycle(db());
    EXPECT_FALSE(lifecycle.resume(binome.id).ok());
    ASSERT_TRUE(lifecycle.pause(binome.id).ok());
    EXPECT_EQ(lifecycle.find(binome.id).value().status, BinomeStatus::Paused);
    EXPECT_FALSE(lifecycle.pause(binome.id).ok());
    ASSERT_TRUE(lifecycle.restoreState(binome).ok());
    EXPECT_EQ(lifecycle.find(binome.id).value().status, BinomeStatus::Active);
    ASSERT_TRUE(lifecycle.end(binome.id, QDate(2027, 2, 1), EndReason::Mismatch, {}).ok());
    ASSERT_TRUE(lifecycle.restoreState(binome).ok()) << "nobody was re-paired: it reopens";
    const Binome reopened = lifecycle.find(binome.id).value();
    EXPECT_EQ(reopened.status, BinomeStatus::Active);
    EXPECT_FALSE(reopened.endDate.isValid());
    EXPECT_FALSE(reopened.endReason.has_value());
}

TEST_F(FollowUpTest, SessionsAreValidatedAndDefaultsFollowTheBinomesHabits) {
    add(Role::Junior, u"Ana"_s, {{u"genai"_s, 5, {}, {}}, {u"linkedin"_s, 4, {}, {}}});
    add(Role::Senior, u"Claire"_s, {{u"genai"_s, 0, 4, 3}, {u"linkedin"_s, 1, 3, 1}}, u"Achats"_s);
    const Binome binome = pair(QDate(2027, 1, 11)).first();
    const SessionService sessions(db());

    Session first = sessions.defaults(binome.id, QDate(2027, 1, 18)).value();
    EXPECT_EQ(first.date, QDate(2027, 1, 18));
    EXPECT_EQ(first.minutes, 60);
    EXPECT_EQ(first.skillIds.size(), 2) << "the objectives' skills";
    EXPECT_TRUE(first.skillIds.contains(skillId(u"genai"_s)));
    first.minutes = 45;
    first.mode = SessionMode::Phone;
    first.menteeRating = 4;
    const auto firstId = sessions.log(first);
    ASSERT_TRUE(firstId.ok()) << firstId.error().toStdString();
    const Session next = sessions.defaults(binome.id, QDate(2027, 2, 1)).value();
    EXPECT_EQ(next.minutes, 45) << "the last duration";
    EXPECT_EQ(next.mode, SessionMode::Phone);

    Session bad = next;
    bad.minutes = 0;
    bad.mentorRating = 7;
    const QList<FieldError> errors = sessions.check(bad);
    ASSERT_EQ(errors.size(), 2);
    EXPECT_EQ(errors[0].field, u"minutes"_s);
    EXPECT_EQ(errors[1].field, u"mentor_rating"_s);
    EXPECT_FALSE(sessions.log(bad).ok());
    Session plannedRated = next;
    plannedRated.planned = true;
    plannedRated.menteeRating = 3;
    EXPECT_FALSE(sessions.log(plannedRated).ok());
    EXPECT_EQ(count(u"mentoring_session"_s), 1);

    // Removing and restoring gives back the same record with the same id.
    const Session stored = sessions.find(*firstId).value();
    ASSERT_TRUE(sessions.remove(*firstId).ok());
    ASSERT_TRUE(sessions.restore(stored).ok());
    const Session back = sessions.find(*firstId).value();
    EXPECT_EQ(back.minutes, 45);
    EXPECT_EQ(back.menteeRating, 4);
    EXPECT_EQ(back.skillIds.size(), 2);

    // No session on an ended binôme.
    ASSERT_TRUE(
        BinomeService(db()).end(binome.id, QDate(2027, 3, 1), EndReason::Completed, {}).ok());
    EXPECT_FALSE(sessions.log(next).ok());
}

TEST_F(FollowUpTest, FlagsOnFixedDates) {
    add(Role::Junior, u"Ana"_s, {{u"genai"_s, 5, {}, {}}});
    add(Role::Senior, u"Claire"_s, {{u"genai"_s, 0, 4, 3}}, u"Achats"_s);
    const Binome binome = pair(QDate(2027, 1, 11)).first();
    const SessionService sessions(db());

    // Jan 20: nine days after the start, nothing due but the kickoff (the program began Jan 4).
    FollowUpRow row = rowOf(binome.id, QDate(2027, 1, 20));
    EXPECT_EQ(row.flags, FlagDebriefDue);
    EXPECT_EQ(row.debriefsDue, QList<DebriefKind>{DebriefKind::Kickoff});

    ASSERT_TRUE(DebriefService(db())
                    .record(DebriefService(db())
                                .prepare(binome.id, DebriefKind::Kickoff, QDate(2027, 1, 20))
                                .value())
                    .ok());
    ASSERT_TRUE(sessions.log(held(binome.id, QDate(2027, 1, 25), 90)).ok());
    Session rated = held(binome.id, QDate(2027, 2, 8), 30);
    rated.menteeRating = 2;
    rated.mentorRating = 4;
    ASSERT_TRUE(sessions.log(rated).ok());
    Session planned = held(binome.id, QDate(2027, 3, 15));
    planned.planned = true;
    ASSERT_TRUE(sessions.log(planned).ok());

    row = rowOf(binome.id, QDate(2027, 2, 20));
    EXPECT_EQ(row.sessionsHeld, 2);
    EXPECT_EQ(row.minutesHeld, 120);
    EXPECT_DOUBLE_EQ(row.hoursHeld(), 2.0);
    EXPECT_EQ(row.lastHeld, QDate(2027, 2, 8));
    EXPECT_EQ(row.nextPlanned, QDate(2027, 3, 15));
    EXPECT_EQ(row.objectivesTotal, 1);
    EXPECT_EQ(row.flags, FlagLowRating) << "12 days since the last session: not at risk yet";
    const Program stored = ProgramService(db()).list().value().first();
    QStringList reasons = FollowUpService::flagReasons(row, stored);
    ASSERT_EQ(reasons.size(), 1);
    EXPECT_TRUE(reasons[0].contains(u"2"_s));

    // Mar 1: 21 days without a held session with a 14-day cadence: at risk.
    Session better = held(binome.id, QDate(2027, 2, 8));
    row = rowOf(binome.id, QDate(2027, 3, 1));
    EXPECT_TRUE(row.flags & FlagAtRisk);
    EXPECT_EQ(row.daysSinceContact, 21);
    reasons = FollowUpService::flagReasons(row, stored);
    EXPECT_TRUE(reasons[0].contains(u"21"_s)) << reasons[0].toStdString();
    EXPECT_TRUE(reasons[0].contains(u"14"_s));

    // Mid-term (Mar 30) and final (Jun 25) come due; the objective is overdue after Jun 25.
    row = rowOf(binome.id, QDate(2027, 6, 26));
    EXPECT_EQ(row.debriefsDue, (QList<DebriefKind>{DebriefKind::MidTerm, DebriefKind::Final}));
    EXPECT_TRUE(row.flags & FlagObjectiveOverdue);
    EXPECT_EQ(row.objectivesOverdue, 1);

    // A later session with good ratings clears the low rating; a paused binôme is not at risk.
    better.date = QDate(2027, 3, 2);
    better.menteeRating = 5;
    ASSERT_TRUE(sessions.log(better).ok());
    row = rowOf(binome.id, QDate(2027, 3, 3));
    EXPECT_FALSE(row.flags & FlagLowRating);
    ASSERT_TRUE(BinomeService(db()).pause(binome.id).ok());
    row = rowOf(binome.id, QDate(2027, 5, 1));
    EXPECT_FALSE(row.flags & FlagAtRisk);
    // An ended binôme raises nothing.
    ASSERT_TRUE(
        BinomeService(db()).end(binome.id, QDate(2027, 5, 1), EndReason::Completed, {}).ok());
    EXPECT_EQ(rowOf(binome.id, QDate(2027, 7, 1)).flags, FlagNone);
}

TEST_F(FollowUpTest, DebriefsKeepEveryLevelAndGainIsLatestMinusStart) {
    const qint64 ana =
        add(Role::Junior, u"Ana"_s, {{u"genai"_s, 5, {}, {}}, {u"linkedin"_s, 4, {}, {}}});
    const qint64 claire = add(Role::Senior, u"Claire"_s,
                              {{u"genai"_s, 0, 4, 3}, {u"linkedin"_s, 1, 4, 2}}, u"Achats"_s);
    const Binome binome = pair(QDate(2027, 1, 11)).first();
    const DebriefService debriefs(db());
    const ObjectiveService objectives(db());
    // A reverse-learning objective: Ana learns the purchasing business... on a catalog skill.
    Objective reverse;
    reverse.binomeId = binome.id;
    reverse.skillId = skillId(u"DC1.1"_s);
    reverse.learner = Learner::Junior;
    reverse.startLevel = 1;
    reverse.targetLevel = 3;
    const qint64 reverseId = objectives.save(reverse).value();

    Debrief mid = debriefs.prepare(binome.id, DebriefKind::MidTerm, QDate(2027, 3, 30)).value();
    ASSERT_EQ(mid.reviews.size(), 3);
    QList<Objective> all = objectives.ofBinome(binome.id).value();
    for (ObjectiveReview& r : mid.reviews) {
        if (r.objectiveId == all[0].id) { // genai 0 -> 2
            r.newLevel = 2;
            r.status = ObjectiveStatus::InProgress;
        } else if (r.objectiveId == all[1].id) { // linkedin 1 -> 4: achieved
            r.newLevel = 4;
            r.status = ObjectiveStatus::Achieved;
        } else { // the junior, 1 -> 2
            r.newLevel = 2;
        }
    }
    mid.menteeSatisfaction = 5;
    mid.mentorSatisfaction = 4;
    const auto midId = debriefs.record(mid);
    ASSERT_TRUE(midId.ok()) << midId.error().toStdString();

    // The current level is the latest; every level is kept with its date and source.
    const Participant senior = person(claire);
    EXPECT_EQ(senior.skill(u"genai"_s)->level, 2);
    EXPECT_EQ(senior.skill(u"linkedin"_s)->level, 4);
    QList<LevelRecord> history = debriefs.levelHistory(claire).value();
    QList<LevelRecord> genai;
    for (const LevelRecord& r : history)
        if (r.skillCode == u"genai"_s)
            genai << r;
    ASSERT_EQ(genai.size(), 2);
    EXPECT_EQ(genai[0].level, 0);
    EXPECT_EQ(genai[0].source, LevelSource::Edit);
    EXPECT_EQ(genai[1].level, 2);
    EXPECT_EQ(genai[1].source, LevelSource::Debrief);
    EXPECT_EQ(genai[1].date, QDate(2027, 3, 30));
    const auto juniorHistory = debriefs.levelHistory(ana).value();
    EXPECT_TRUE(std::any_of(juniorHistory.begin(), juniorHistory.end(), [](const LevelRecord& r) {
        return r.skillCode == u"DC1.1"_s && r.level == 2 && r.source == LevelSource::Debrief;
    }));

    FollowUpRow row = rowOf(binome.id, QDate(2027, 4, 1));
    EXPECT_EQ(row.objectivesAchieved, 1);
    EXPECT_EQ(row.objectivesTotal, 3);
    ASSERT_TRUE(row.averageGain.has_value());
    EXPECT_DOUBLE_EQ(*row.averageGain, (2.0 + 3.0 + 1.0) / 3);
    EXPECT_TRUE(row.debriefsHeld.contains(DebriefKind::MidTerm));

    // A later ad hoc debrief, then the mid-term is removed (an undo): the later level stays
    // current; the objective achieved at mid-term goes back to its status before.
    Debrief later = debriefs.prepare(binome.id, DebriefKind::AdHoc, QDate(2027, 4, 15)).value();
    for (ObjectiveReview& r : later.reviews)
        if (r.objectiveId == all[0].id)
            r.newLevel = 3;
    ASSERT_TRUE(debriefs.record(later).ok());
    const Debrief storedMid = debriefs.find(*midId).value();
    ASSERT_TRUE(debriefs.remove(*midId).ok());
    const Participant afterUndo = person(claire);
    EXPECT_EQ(afterUndo.skill(u"genai"_s)->level, 3) << "the later debrief's level stays";
    EXPECT_EQ(afterUndo.skill(u"linkedin"_s)->level, 1) << "back to the level before the mid-term";
    all = objectives.ofBinome(binome.id).value();
    EXPECT_EQ(all[1].status, ObjectiveStatus::NotStarted) << "its status before the mid-term";
    EXPECT_EQ(debriefs.ofBinome(binome.id).value().size(), 1);
    // Redo: the same debrief, with the same id.
    ASSERT_TRUE(debriefs.record(storedMid).ok());
    EXPECT_EQ(debriefs.find(*midId).value().kind, DebriefKind::MidTerm);
    EXPECT_EQ(person(claire).skill(u"linkedin"_s)->level, 4);
    (void)reverseId;
}

TEST_F(FollowUpTest, TheWhyIsDataShownInTheInterfacesLanguage) {
    add(Role::Junior, u"Ana"_s, {{u"genai"_s, 5, {}, {}}});
    add(Role::Senior, u"Claire"_s, {{u"genai"_s, 0, 4, 3}}, u"Achats"_s);
    const Binome binome = pair(QDate(2027, 1, 11)).first();
    EXPECT_TRUE(binome.explanation.isEmpty());
    EXPECT_TRUE(binome.explanationData.contains(u"\"genai\""_s));
    installTranslations(*QCoreApplication::instance(), u"en"_s);
    const QStringList english = BinomeService(db()).explain(binome);
    installTranslations(*QCoreApplication::instance(), u"fr"_s);
    const QStringList french = BinomeService(db()).explain(binome);
    installTranslations(*QCoreApplication::instance(), u"en"_s);
    ASSERT_FALSE(english.isEmpty());
    EXPECT_TRUE(english.first().startsWith(u"Generative AI: 0 → 4"_s))
        << english.first().toStdString();
    EXPECT_TRUE(french.first().startsWith(u"IA générative : 0 → 4"_s) ||
                french.first().startsWith(u"IA générative: 0 → 4"_s))
        << french.first().toStdString();
    EXPECT_NE(english.last(), french.last());
}

TEST(FollowUpMigration, AVersionTwoDatabaseIsUpgradedWithItsBinomesKept) {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v2.sqlite"_s);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v2"_s);
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        for (const QString& resource :
             QStringList{u":/sql/schema-1.sql"_s, u":/sql/schema-2.sql"_s}) {
            QFile schema(resource);
            ASSERT_TRUE(schema.open(QIODevice::ReadOnly));
            for (const QString& statement : QString::fromUtf8(schema.readAll()).split(u";\n"_s)) {
                QString sql;
                for (const QString& line : statement.split(u'\n'))
                    if (!line.trimmed().startsWith(u"--"))
                        sql += line + u'\n';
                if (!sql.trimmed().isEmpty()) {
                    ASSERT_TRUE(query.exec(sql)) << sql.toStdString();
                }
            }
        }
        for (
            const QString& sql :
            {u"INSERT INTO skill (code, area, name_en, name_fr, kind) VALUES ('genai', 3, 'Generative AI', 'IA générative', 'tool')"_s,
             u"INSERT INTO participant (role, first_name, last_name, email, email_key, updated_at) VALUES ('junior', 'Inès', 'Boucher', 'i@example.org', 'i@example.org', '2026-09-01T10:00:00Z')"_s,
             u"INSERT INTO participant (role, first_name, last_name, email, email_key, updated_at) VALUES ('senior', 'Gérard', 'Colin', 'g@example.org', 'g@example.org', '2026-09-01T10:00:00Z')"_s,
             u"INSERT INTO participant_skill VALUES (1, 1, 5, NULL, NULL)"_s,
             u"INSERT INTO participant_skill VALUES (2, 1, 0, 3, 2)"_s,
             u"INSERT INTO program (name, start_date, end_date) VALUES ('Pilote', '2026-09-01', '2027-02-28')"_s,
             u"INSERT INTO pairing_run (program_id, run_by, settings, total, pair_count) VALUES (1, 'hr', '{}', 80, 1)"_s,
             u"INSERT INTO binome (program_id, junior_id, senior_id, score, explanation, run_id, created_at) VALUES (1, 1, 2, 80, 'genai: 0 → 3', 1, '2026-09-15T09:30:00Z')"_s,
             u"PRAGMA user_version = 2"_s})
            ASSERT_TRUE(query.exec(sql)) << sql.toStdString();
    }
    QSqlDatabase::removeDatabase(u"v2"_s);

    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_EQ(opened.value()->schemaVersion(), Database::SchemaVersion);
    EXPECT_TRUE(QFile::exists(Database::preUpgradeBackupPath(path, 2)));
    const QList<Binome> binomes = BinomeService(*opened.value()).ofProgram(1).value();
    ASSERT_EQ(binomes.size(), 1);
    EXPECT_EQ(binomes[0].status, BinomeStatus::Active);
    EXPECT_EQ(binomes[0].startDate, QDate(2026, 9, 15));
    EXPECT_EQ(binomes[0].runId, 1);
    EXPECT_EQ(BinomeService(*opened.value()).explain(binomes[0]), QStringList{u"genai: 0 → 3"_s});
    // Every known level starts the level history.
    const auto history = DebriefService(*opened.value()).levelHistory(2).value();
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history[0].level, 0);
    EXPECT_EQ(history[0].date, QDate(2026, 9, 1));
    EXPECT_EQ(history[0].source, LevelSource::Import);
}

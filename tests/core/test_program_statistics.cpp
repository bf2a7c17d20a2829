// A program's statistics (the dashboard's and the program report's figures) against a small
// program written through the services with fixed dates; every expected figure is worked out
// here from what the test wrote.
#include "TempDatabase.h"

#include "binome/exchange/ProgramFile.h"
#include "binome/reports/ProgramStatistics.h"
#include "binome/services/BinomeService.h"
#include "binome/services/DebriefService.h"
#include "binome/services/FollowUpService.h"
#include "binome/services/ObjectiveService.h"
#include "binome/services/PairingService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramExportService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/ProgramStatistics.h"
#include "binome/services/SessionService.h"
#include "binome/services/SkillCatalogService.h"

#include <QSet>

#include <numeric>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

const QDate Start(2027, 1, 11);
const QDate AsOf(2027, 4, 1);

/// What the test wrote for one objective, to work out the expected figures.
struct Written {
    QString skill;
    int start = 0;
    std::optional<int> latest; ///< the latest re-assessed level
    ObjectiveStatus status = ObjectiveStatus::NotStarted;
};

class ProgramStatisticsTest : public binome::test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        program.name = u"Cohorte 2027"_s;
        program.startDate = QDate(2027, 1, 4);
        program.endDate = QDate(2027, 6, 25);
        program.cadenceDays = 14;
        program.id = ProgramService(db()).save(program).value();
    }

    qint64 add(Role role, const QString& name) {
        Participant p;
        p.role = role;
        p.firstName = name;
        p.lastName = u"Test"_s;
        p.email = name.toLower() + u"@example.org"_s;
        p.department = role == Role::Junior ? u"Digital"_s : u"Finance"_s;
        p.site = u"Paris"_s;
        p.languages = {u"fr"_s};
        if (role == Role::Junior)
            p.skills = {{u"genai"_s, 5, {}, {}}, {u"linkedin"_s, 5, {}, {}}};
        else
            p.skills = {{u"genai"_s, 0, 4, 3}, {u"linkedin"_s, 1, 4, 2}};
        const auto id = ParticipantService(db()).save(p);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        EXPECT_TRUE(ProgramService(db()).enrol(program.id, {*id}).ok());
        return *id;
    }

    qint64 skillId(const QString& code) {
        for (const Skill& s : QList<Skill>(SkillCatalogService(db()).list().value()))
            if (s.code == code)
                return s.id;
        return 0;
    }
    QString skillName(const QString& code) {
        for (const Skill& s : QList<Skill>(SkillCatalogService(db()).list().value()))
            if (s.code == code)
                return s.displayName();
        return {};
    }

    /// Confirms the pairs; returns the binômes in the order of `seniors`, without the objectives
    /// the confirmation suggested (the test sets its own).
    QList<qint64> pair(const QList<PersonPair>& pairs, const QList<qint64>& seniors) {
        const PairingService pairing(db());
        const auto proposal = pairing.propose(program.id, PairingSettings{}, pairs);
        EXPECT_TRUE(proposal.ok()) << proposal.error().toStdString();
        EXPECT_TRUE(pairing.confirm(*proposal, u"hr"_s, Start).ok());
        const QList<Binome> binomes = pairing.binomes(program.id).value();
        QList<qint64> ids;
        for (qint64 senior : seniors)
            for (const Binome& b : binomes)
                if (b.seniorId == senior)
                    ids << b.id;
        const ObjectiveService objectives(db());
        for (const Objective& o : QList<Objective>(objectives.ofProgram(program.id).value()))
            EXPECT_TRUE(objectives.remove(o.id).ok());
        return ids;
    }

    qint64 objective(qint64 binomeId, const QString& skill, int start, int target) {
        Objective o;
        o.binomeId = binomeId;
        o.skillId = skillId(skill);
        o.startLevel = start;
        o.targetLevel = target;
        const auto id = ObjectiveService(db()).save(o);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        return id.ok() ? *id : 0;
    }

    void session(qint64 binomeId, const QDate& date, int minutes, bool planned = false) {
        Session s;
        s.binomeId = binomeId;
        s.date = date;
        s.minutes = minutes;
        s.mode = SessionMode::Video;
        s.planned = planned;
        const auto id = SessionService(db()).log(s);
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
    }

    /// Records a debrief re-assessing `levels` (objective id to new level and status).
    void debrief(qint64 binomeId, DebriefKind kind, const QDate& date,
                 const QHash<qint64, std::pair<std::optional<int>, ObjectiveStatus>>& levels,
                 std::optional<int> mentee, std::optional<int> mentor) {
        Debrief d = DebriefService(db()).prepare(binomeId, kind, date).value();
        for (ObjectiveReview& r : d.reviews) {
            if (levels.contains(r.objectiveId)) {
                r.newLevel = levels.value(r.objectiveId).first;
                r.status = levels.value(r.objectiveId).second;
            }
        }
        d.menteeSatisfaction = mentee;
        d.mentorSatisfaction = mentor;
        const auto id = DebriefService(db()).record(d);
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
    }

    ProgramStatistics stats(const QDate& asOf = AsOf) {
        const auto computed = ProgramStatisticsService(db()).compute(program.id, asOf);
        EXPECT_TRUE(computed.ok()) << computed.error().toStdString();
        return computed.ok() ? *computed : ProgramStatistics{};
    }

    Program program;
};

} // namespace

TEST_F(ProgramStatisticsTest, EveryFigureFromWhatWasWritten) {
    const qint64 ana = add(Role::Junior, u"Ana"_s);
    const qint64 bob = add(Role::Junior, u"Bob"_s);
    const qint64 eve = add(Role::Junior, u"Eve"_s);
    const qint64 dan = add(Role::Junior, u"Dan"_s);
    const qint64 claire = add(Role::Senior, u"Claire"_s);
    const qint64 denis = add(Role::Senior, u"Denis"_s);
    const qint64 fanny = add(Role::Senior, u"Fanny"_s);
    const qint64 gilles = add(Role::Senior, u"Gilles"_s);
    const QList<qint64> ids = pair({{ana, claire}, {bob, denis}, {eve, fanny}, {dan, gilles}},
                                   {claire, denis, fanny, gilles});
    ASSERT_EQ(ids.size(), 4);
    const qint64 a = ids[0]; // meets on time
    const qint64 b = ids[1]; // met once in January: at risk
    const qint64 c = ids[2]; // paused
    const qint64 d = ids[3]; // ended

    // Sessions: (binôme, date, minutes); plus planned ones.
    struct Held {
        qint64 binome;
        QDate date;
        int minutes;
    };
    const QList<Held> held = {
        {a, QDate(2027, 1, 12), 60}, {a, QDate(2027, 1, 26), 90}, {a, QDate(2027, 2, 9), 60},
        {a, QDate(2027, 3, 25), 45}, {b, QDate(2027, 1, 20), 30}, {c, QDate(2027, 2, 15), 60},
        {d, QDate(2027, 1, 18), 60},
    };
    for (const Held& h : held)
        session(h.binome, h.date, h.minutes);
    session(a, QDate(2027, 4, 8), 60, true);  // planned, to come
    session(a, QDate(2027, 3, 20), 60, true); // planned but past: not counted as planned

    QHash<qint64, Written> written;
    const qint64 o1 = objective(a, u"genai"_s, 0, 4);
    const qint64 o2 = objective(a, u"linkedin"_s, 1, 4);
    const qint64 o3 = objective(a, u"email"_s, 2, 4);
    const qint64 o4 = objective(b, u"genai"_s, 1, 3);
    const qint64 o5 = objective(c, u"linkedin"_s, 2, 5);
    const qint64 o6 = objective(d, u"genai"_s, 0, 3);
    using S = ObjectiveStatus;
    debrief(a, DebriefKind::Kickoff, QDate(2027, 1, 15), {{o1, {1, S::InProgress}}}, 4, 5);
    debrief(a, DebriefKind::MidTerm, QDate(2027, 3, 15),
            {{o1, {3, S::InProgress}}, {o2, {4, S::Achieved}}, {o3, {3, S::Dropped}}}, 5, {});
    debrief(b, DebriefKind::MidTerm, QDate(2027, 3, 10), {{o4, {1, S::InProgress}}}, {}, {});
    debrief(c, DebriefKind::MidTerm, QDate(2027, 3, 12), {{o5, {4, S::Achieved}}}, 3, 4);
    written[o1] = {u"genai"_s, 0, 3, S::InProgress};
    written[o2] = {u"linkedin"_s, 1, 4, S::Achieved};
    written[o3] = {u"email"_s, 2, 3, S::Dropped};
    written[o4] = {u"genai"_s, 1, 1, S::InProgress};
    written[o5] = {u"linkedin"_s, 2, 4, S::Achieved};
    written[o6] = {u"genai"_s, 0, {}, S::NotStarted};
    const QList<int> menteeAnswers = {4, 5, 3};
    const QList<int> mentorAnswers = {5, 4};

    ASSERT_TRUE(BinomeService(db()).pause(c).ok());
    ASSERT_TRUE(BinomeService(db()).end(d, QDate(2027, 3, 1), EndReason::Left, {}).ok());

    const ProgramStatistics s = stats();
    EXPECT_EQ(s.program.id, program.id);
    EXPECT_EQ(s.asOf, AsOf);
    EXPECT_EQ(s.binomesActive, 2);
    EXPECT_EQ(s.binomesPaused, 1);
    EXPECT_EQ(s.binomesEnded, 1);
    EXPECT_EQ(s.binomesTotal(), 4);

    int minutes = 0;
    for (const Held& h : held)
        minutes += h.minutes;
    EXPECT_EQ(s.sessionsHeld, held.size());
    EXPECT_EQ(s.minutesHeld, minutes);
    EXPECT_DOUBLE_EQ(s.hoursHeld(), minutes / 60.0);
    EXPECT_EQ(s.sessionsPlanned, 1);

    // Cadence: a met 7 days ago (cadence 14); b 71 days ago; c paused; d ended.
    EXPECT_EQ(QDate(2027, 3, 25).daysTo(AsOf), 7);
    EXPECT_EQ(s.binomesOpen(), 3);
    EXPECT_EQ(s.binomesKeepingCadence, 2);
    ASSERT_TRUE(s.cadenceShare().has_value());
    EXPECT_DOUBLE_EQ(*s.cadenceShare(), 2.0 / 3.0);

    int byStatus[4] = {0, 0, 0, 0};
    for (const Written& w : written)
        ++byStatus[static_cast<int>(w.status)];
    for (int status = 0; status < 4; ++status)
        EXPECT_EQ(s.objectivesByStatus[status], byStatus[status]) << "status " << status;
    EXPECT_EQ(s.objectivesAchieved(), 2);
    EXPECT_EQ(s.objectivesCounted(), 5);
    EXPECT_DOUBLE_EQ(*s.achievedShare(), 2.0 / 5.0);

    // Gain: over the re-assessed objectives that are not dropped.
    double gainSum = 0;
    int reassessed = 0;
    struct Sums {
        int objectives = 0;
        int reassessed = 0;
        double start = 0;
        double latest = 0;
    };
    QHash<QString, Sums> bySkill;
    for (const Written& w : written) {
        if (w.status == S::Dropped)
            continue;
        Sums& sums = bySkill[w.skill];
        ++sums.objectives;
        if (!w.latest)
            continue;
        gainSum += *w.latest - w.start;
        ++reassessed;
        ++sums.reassessed;
        sums.start += w.start;
        sums.latest += *w.latest;
    }
    EXPECT_EQ(reassessed, 4);
    EXPECT_EQ(s.objectivesReassessed, reassessed);
    ASSERT_TRUE(s.averageGain.has_value());
    EXPECT_DOUBLE_EQ(*s.averageGain, gainSum / reassessed); // (3 + 3 + 0 + 2) / 4
    EXPECT_DOUBLE_EQ(*s.averageGain, 2.0);

    // Per skill: linkedin (1.5 -> 4) before genai (0.5 -> 2); email only dropped: absent.
    ASSERT_EQ(s.skills.size(), 2);
    EXPECT_EQ(s.skills[0].code, u"linkedin"_s);
    EXPECT_EQ(s.skills[1].code, u"genai"_s);
    for (const SkillProgress& p : s.skills) {
        const Sums sums = bySkill.value(p.code);
        EXPECT_EQ(p.skillId, skillId(p.code));
        EXPECT_EQ(p.name, skillName(p.code));
        EXPECT_EQ(p.objectives, sums.objectives) << p.code.toStdString();
        EXPECT_EQ(p.reassessed, sums.reassessed) << p.code.toStdString();
        EXPECT_DOUBLE_EQ(p.kickoffMean, sums.start / sums.reassessed) << p.code.toStdString();
        EXPECT_DOUBLE_EQ(p.latestMean, sums.latest / sums.reassessed) << p.code.toStdString();
    }
    EXPECT_DOUBLE_EQ(s.skills[0].gain(), 2.5);
    EXPECT_DOUBLE_EQ(s.skills[1].gain(), 1.5);
    EXPECT_EQ(s.skills[1].objectives, 3);
    EXPECT_EQ(s.skills[1].reassessed, 2);

    const auto mean = [](const QList<int>& values) {
        return std::accumulate(values.begin(), values.end(), 0.0) / values.size();
    };
    EXPECT_DOUBLE_EQ(s.menteeSatisfaction.value_or(-1), mean(menteeAnswers));
    EXPECT_DOUBLE_EQ(s.mentorSatisfaction.value_or(-1), mean(mentorAnswers));
    EXPECT_EQ(s.satisfactionAnswers, 3);

    // January to April (asOf's month), April empty.
    ASSERT_EQ(s.sessionsPerMonth.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const QDate month(2027, 1 + i, 1);
        int count = 0;
        int monthMinutes = 0;
        for (const Held& h : held)
            if (h.date.year() == month.year() && h.date.month() == month.month()) {
                ++count;
                monthMinutes += h.minutes;
            }
        EXPECT_EQ(s.sessionsPerMonth[i].month, month);
        EXPECT_EQ(s.sessionsPerMonth[i].held, count) << "month " << i;
        EXPECT_EQ(s.sessionsPerMonth[i].minutes, monthMinutes) << "month " << i;
    }
    EXPECT_EQ(s.sessionsPerMonth[0].held, 4);
    EXPECT_EQ(s.sessionsPerMonth[3].held, 0);

    // Flagged: the follow-up's flagged rows, the one at risk first.
    const QList<FollowUpRow> rows = FollowUpService(db()).rows(program.id, AsOf).value();
    QSet<qint64> flaggedRows;
    for (const FollowUpRow& r : rows)
        if (r.flags != FlagNone)
            flaggedRows.insert(r.binome.id);
    QSet<qint64> flagged;
    for (const FollowUpRow& r : s.flagged)
        flagged.insert(r.binome.id);
    EXPECT_EQ(flagged, flaggedRows);
    ASSERT_FALSE(s.flagged.isEmpty());
    EXPECT_EQ(s.flagged.first().binome.id, b);
    EXPECT_TRUE(s.flagged.first().flags & FlagAtRisk);
    EXPECT_FALSE(flagged.contains(d)) << "an ended binôme needs nobody's attention";
}

TEST_F(ProgramStatisticsTest, MonthsStopAtTheProgramsEndAndAnEmptyProgramHasNoMeans) {
    // Nothing yet: no share, no mean; before the start no month either.
    ProgramStatistics empty = stats(QDate(2026, 12, 1));
    EXPECT_EQ(empty.binomesTotal(), 0);
    EXPECT_FALSE(empty.cadenceShare().has_value());
    EXPECT_FALSE(empty.achievedShare().has_value());
    EXPECT_FALSE(empty.averageGain.has_value());
    EXPECT_FALSE(empty.menteeSatisfaction.has_value());
    EXPECT_FALSE(empty.mentorSatisfaction.has_value());
    EXPECT_TRUE(empty.sessionsPerMonth.isEmpty());
    EXPECT_TRUE(empty.skills.isEmpty());
    EXPECT_TRUE(empty.flagged.isEmpty());

    const qint64 ana = add(Role::Junior, u"Ana"_s);
    const qint64 claire = add(Role::Senior, u"Claire"_s);
    const qint64 a = pair({{ana, claire}}, {claire}).value(0);
    session(a, QDate(2027, 2, 1), 60);
    const qint64 o = objective(a, u"genai"_s, 0, 3);
    // An objective with no re-assessment counts on its skill, in no mean.
    ProgramStatistics s = stats();
    ASSERT_EQ(s.skills.size(), 1);
    EXPECT_EQ(s.skills[0].objectives, 1);
    EXPECT_EQ(s.skills[0].reassessed, 0);
    EXPECT_FALSE(s.averageGain.has_value());
    (void)o;

    // A year later: January to June 2027 (the program's end), not to the next April.
    s = stats(QDate(2028, 4, 1));
    ASSERT_EQ(s.sessionsPerMonth.size(), 6);
    EXPECT_EQ(s.sessionsPerMonth.first().month, QDate(2027, 1, 1));
    EXPECT_EQ(s.sessionsPerMonth.last().month, QDate(2027, 6, 1));
    EXPECT_EQ(s.sessionsPerMonth[1].held, 1);

    EXPECT_FALSE(ProgramStatisticsService(db()).compute(program.id + 100, AsOf).ok());
}

TEST_F(ProgramStatisticsTest, TheStaticComputeGivesTheSameFromDataAlreadyRead) {
    const qint64 ana = add(Role::Junior, u"Ana"_s);
    const qint64 claire = add(Role::Senior, u"Claire"_s);
    const qint64 a = pair({{ana, claire}}, {claire}).value(0);
    session(a, QDate(2027, 1, 20), 45);
    const qint64 o = objective(a, u"linkedin"_s, 1, 4);
    debrief(a, DebriefKind::Kickoff, QDate(2027, 1, 18), {{o, {2, ObjectiveStatus::InProgress}}}, 4,
            {});
    debrief(a, DebriefKind::AdHoc, QDate(2027, 2, 18), {{o, {3, ObjectiveStatus::InProgress}}}, {},
            2);
    const ProgramStatistics s = stats();
    EXPECT_DOUBLE_EQ(s.averageGain.value_or(-1), 3 - 1) << "the latest debrief's level";
    EXPECT_DOUBLE_EQ(s.menteeSatisfaction.value_or(-1), 4);
    EXPECT_DOUBLE_EQ(s.mentorSatisfaction.value_or(-1), 2);
    EXPECT_EQ(s.satisfactionAnswers, 2);
    EXPECT_EQ(s.minutesHeld, 45);
    // At risk on April 1st: 71 days since the only session, cadence 14.
    EXPECT_EQ(s.binomesKeepingCadence, 0);
    ASSERT_EQ(s.flagged.size(), 1);
    EXPECT_EQ(s.flagged.first().daysSinceContact, QDate(2027, 1, 20).daysTo(AsOf));

    // From the data the program export reads, with names of the test's choosing.
    const auto data = ProgramExportService(db()).programData(program.id, AsOf);
    ASSERT_TRUE(data.ok());
    const qint64 linkedin = skillId(u"linkedin"_s);
    const ProgramStatistics again = computeProgramStatistics(
        program, *data, {{linkedin, u"linkedin"_s}}, {{linkedin, u"Réseau pro"_s}}, AsOf);
    EXPECT_EQ(again.sessionsHeld, s.sessionsHeld);
    EXPECT_EQ(again.averageGain, s.averageGain);
    EXPECT_EQ(again.binomesKeepingCadence, s.binomesKeepingCadence);
    ASSERT_EQ(again.skills.size(), 1);
    EXPECT_EQ(again.skills[0].name, u"Réseau pro"_s);
    EXPECT_EQ(again.skills[0].code, u"linkedin"_s);
}

// The demo organisation as HR finds it when they open it: two programs with their stories, and
// the large synthetic organisation of binome-cli demo --people.
#include "TempDatabase.h"
#include "TestConfig.h"

#include "binome/services/BinomeService.h"
#include "binome/services/DebriefService.h"
#include "binome/services/DemoService.h"
#include "binome/services/FollowUpService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/ScaleDemo.h"
#include "binome/services/SessionService.h"
#include "binome/storage/ParticipantRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

#include <algorithm>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 6, 15); // a Monday

class DemoTest : public binome::test::TempDatabase {
protected:
    Program program(const QString& name) {
        const auto found = ProgramService(db()).findByName(name);
        EXPECT_TRUE(found.ok() && found->has_value()) << name.toStdString();
        return found.ok() && found->has_value() ? found->value() : Program{};
    }
    QList<FollowUpRow> rows(const Program& p) {
        const auto rows = FollowUpService(db()).rows(p.id, today);
        EXPECT_TRUE(rows.ok()) << (rows.ok() ? std::string() : rows.error().toStdString());
        return rows.ok() ? *rows : QList<FollowUpRow>{};
    }

    QDate today = Today;
};

/// The main program's story on any day of the year: a weekend, the end of February...
class DemoOnAnyDay : public DemoTest, public ::testing::WithParamInterface<QDate> {
protected:
    void SetUp() override {
        DemoTest::SetUp();
        today = GetParam();
    }
};

int countIf(const QList<FollowUpRow>& rows, const std::function<bool(const FollowUpRow&)>& test) {
    return static_cast<int>(std::count_if(rows.begin(), rows.end(), test));
}

} // namespace

TEST_P(DemoOnAnyDay, TheMainProgramIsFiveMonthsInWithEveryStoryVisible) {
    const auto summary = DemoService(db()).install(today);
    ASSERT_TRUE(summary.ok()) << summary.error().toStdString();
    EXPECT_EQ(summary->programs, 2);
    ASSERT_EQ(ProgramService(db()).list()->size(), 2);

    const Program main = program(DemoService::mainProgramName(today));
    EXPECT_EQ(main.startDate.daysTo(today) / 30, 5);
    EXPECT_GT(main.endDate, today);
    EXPECT_LE(main.endDate, today.addMonths(1));
    EXPECT_EQ(main.cadenceDays, 14);
    // Everyone takes part: the pairing page shows the whole organisation.
    EXPECT_EQ(ProgramService(db()).enrolled(main.id)->size(), summary->juniors + summary->seniors);

    const QList<FollowUpRow> all = rows(main);
    ASSERT_GE(all.size(), 30);
    int sessions = 0;
    for (const FollowUpRow& r : all)
        sessions += r.sessionsHeld + r.sessionsPlanned;
    EXPECT_GE(sessions, 150);
    for (const FollowUpRow& r : all)
        EXPECT_LE(r.lastHeld, today) << r.seniorName.toStdString();

    // One paused, three ended for three different reasons, the last with its note.
    EXPECT_EQ(
        countIf(all, [](const FollowUpRow& r) { return r.binome.status == BinomeStatus::Paused; }),
        1);
    QSet<EndReason> reasons;
    for (const FollowUpRow& r : all)
        if (r.binome.status == BinomeStatus::Ended) {
            ASSERT_TRUE(r.binome.endReason.has_value());
            reasons.insert(*r.binome.endReason);
            EXPECT_LE(r.binome.endDate, today);
            EXPECT_EQ(r.flags, FlagNone); // an ended binôme needs nobody's attention
            if (*r.binome.endReason == EndReason::Other) {
                EXPECT_FALSE(r.binome.endNote.isEmpty());
            }
        }
    EXPECT_EQ(reasons, (QSet<EndReason>{EndReason::Left, EndReason::Mismatch, EndReason::Other}));

    // The senior whose mentor left has a new one, in the same program.
    int repaired = 0;
    for (const FollowUpRow& ended : all) {
        if (ended.binome.endReason != EndReason::Left)
            continue;
        for (const FollowUpRow& again : all)
            if (again.binome.seniorId == ended.binome.seniorId && again.binome.isOpen()) {
                ++repaired;
                EXPECT_NE(again.binome.juniorId, ended.binome.juniorId);
                EXPECT_GT(again.binome.startDate, ended.binome.endDate);
                EXPECT_GT(again.sessionsHeld, 0);
            }
    }
    EXPECT_EQ(repaired, 1);

    // At risk: the last session 5 to 8 weeks ago.
    const int atRisk = countIf(all, [](const FollowUpRow& r) {
        return (r.flags & FlagAtRisk) && r.daysSinceContact >= 35 && r.daysSinceContact <= 60;
    });
    EXPECT_GE(atRisk, 3);
    EXPECT_LE(countIf(all, [](const FollowUpRow& r) { return r.flags & FlagAtRisk; }), 8);
    EXPECT_GE(countIf(all, [](const FollowUpRow& r) { return r.flags & FlagLowRating; }), 1);
    EXPECT_GE(countIf(all, [](const FollowUpRow& r) { return r.flags & FlagObjectiveOverdue; }), 1);

    // Thriving: sessions every two weeks, an objective achieved with levels gained at mid-term,
    // nothing to worry about, the next session already planned.
    const int thriving = countIf(all, [](const FollowUpRow& r) {
        return r.flags == FlagNone && r.sessionsHeld >= 8 && r.objectivesAchieved >= 1 &&
               r.averageGain.value_or(0) > 0 && r.debriefsHeld.contains(DebriefKind::MidTerm) &&
               r.nextPlanned.isValid();
    });
    EXPECT_GE(thriving, 10);
    // Sessions planned in the next two weeks.
    EXPECT_GE(countIf(all,
                      [this](const FollowUpRow& r) {
                          return r.nextPlanned.isValid() && r.nextPlanned >= today &&
                                 r.nextPlanned <= today.addDays(14);
                      }),
              20);
    const auto planned = SessionService(db()).plannedOfProgram(main.id);
    ASSERT_TRUE(planned.ok());
    for (const Session& s : *planned)
        EXPECT_GE(s.date, today);
}

INSTANTIATE_TEST_SUITE_P(Days, DemoOnAnyDay,
                         ::testing::Values(QDate(2026, 6, 15), QDate(2027, 1, 2), QDate(2026, 3, 1),
                                           QDate(2028, 2, 29)),
                         [](const ::testing::TestParamInfo<QDate>& day) {
                             return day.param.toString(u"yyyyMMdd"_s).toStdString();
                         });

TEST_F(DemoTest, ThePilotEndedAYearAgoWithItsFinalDebriefs) {
    const auto summary = DemoService(db()).install(Today);
    ASSERT_TRUE(summary.ok()) << summary.error().toStdString();
    const Program pilot = program(DemoService::pilotProgramName(Today));
    EXPECT_LT(pilot.endDate, Today.addMonths(-7));
    EXPECT_EQ(pilot.startDate.daysTo(pilot.endDate) / 30, 3); // four months, near enough
    const QList<FollowUpRow> all = rows(pilot);
    ASSERT_GE(all.size(), 8);
    for (const FollowUpRow& r : all) {
        EXPECT_EQ(r.binome.status, BinomeStatus::Ended);
        EXPECT_EQ(r.binome.endReason, EndReason::Completed);
        EXPECT_EQ(r.binome.endDate, pilot.endDate);
        EXPECT_TRUE(r.debriefsHeld.contains(DebriefKind::Final)) << r.seniorName.toStdString();
        EXPECT_GE(r.sessionsHeld, 6);
        EXPECT_EQ(r.sessionsPlanned, 0);
        EXPECT_GE(r.objectivesAchieved, 1);
    }
    const auto debriefs = DebriefService(db()).ofBinome(all.first().binome.id);
    ASSERT_TRUE(debriefs.ok());
    EXPECT_EQ(debriefs->first().kind, DebriefKind::Final); // the most recent first
    EXPECT_GE(debriefs->first().menteeSatisfaction.value_or(0), 4);
}

TEST_F(DemoTest, LevelsMoveThroughDebriefsAndEverySeniorKeepsAGap) {
    ASSERT_TRUE(DemoService(db()).install(Today).ok());
    const QList<Participant> people = ParticipantService(db()).list().value();
    int raised = 0;
    for (const Participant& p : people) {
        if (p.role == Role::Senior) {
            EXPECT_TRUE(std::any_of(p.skills.begin(), p.skills.end(), [](const SkillAssessment& s) {
                return s.gap() > 0;
            })) << p.email.toStdString();
        }
        const auto history = DebriefService(db()).levelHistory(p.id);
        ASSERT_TRUE(history.ok());
        for (const LevelRecord& r : *history) {
            EXPECT_LE(r.date, Today);
            if (r.source == LevelSource::Debrief)
                ++raised;
            else
                EXPECT_LT(r.date, Today.addYears(-1)); // the HR import, before the pilot
        }
    }
    EXPECT_GE(raised, 30);
}

TEST_F(DemoTest, InstallingAgainChangesNothingAndTheStoryIsAlwaysTheSame) {
    const auto first = DemoService(db()).install(Today);
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    const QList<FollowUpRow> before = rows(program(DemoService::mainProgramName(Today)));

    const auto second = DemoService(db()).install(Today);
    ASSERT_TRUE(second.ok()) << second.error().toStdString();
    EXPECT_EQ(second->created, 0);
    EXPECT_EQ(second->updated, 0); // the levels reached since are kept
    EXPECT_EQ(second->programs, 0);
    EXPECT_EQ(ProgramService(db()).list()->size(), 2);
    const QList<FollowUpRow> after = rows(program(DemoService::mainProgramName(Today)));
    ASSERT_EQ(after.size(), before.size());

    auto other = Database::open(file(u"other.sqlite"_s));
    ASSERT_TRUE(other.ok());
    ASSERT_TRUE(DemoService(*other.value()).install(Today).ok());
    const auto main =
        ProgramService(*other.value()).findByName(DemoService::mainProgramName(Today));
    ASSERT_TRUE(main.ok() && main->has_value());
    const auto again = FollowUpService(*other.value()).rows(main->value().id, Today);
    ASSERT_TRUE(again.ok());
    ASSERT_EQ(again->size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        EXPECT_EQ(again->at(i).seniorEmail, before[i].seniorEmail);
        EXPECT_EQ(again->at(i).juniorEmail, before[i].juniorEmail);
        EXPECT_EQ(again->at(i).binome.status, before[i].binome.status);
        EXPECT_EQ(again->at(i).sessionsHeld, before[i].sessionsHeld);
        EXPECT_EQ(again->at(i).lastHeld, before[i].lastHeld);
        EXPECT_EQ(again->at(i).flags, before[i].flags);
        EXPECT_EQ(after[i].flags, before[i].flags);
    }
}

TEST_F(DemoTest, TheScaleDemoPairsEveryoneWithTwentySessionsEach) {
    const auto built = ScaleDemo(db()).build(200, Today);
    ASSERT_TRUE(built.ok()) << built.error().toStdString();
    EXPECT_EQ(built->juniors, 100);
    EXPECT_EQ(built->seniors, 100);
    EXPECT_EQ(built->binomes, 100);
    EXPECT_EQ(built->sessions, 2000);
    EXPECT_EQ(ProgramService(db()).enrolled(built->programId)->size(), 200);
    const auto all = FollowUpService(db()).rows(built->programId, Today);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 100);
    int held = 0;
    for (const FollowUpRow& r : *all) {
        held += r.sessionsHeld;
        EXPECT_EQ(r.sessionsHeld + r.sessionsPlanned, 20);
        EXPECT_LE(r.lastHeld, Today);
        EXPECT_GE(r.objectivesTotal, 1);
        EXPECT_TRUE(r.debriefsHeld.contains(DebriefKind::Kickoff));
    }
    EXPECT_GT(held, 1800);
    // Only on an empty database.
    const auto again = ScaleDemo(db()).build(200, Today);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains(u"empty"_s)) << again.error().toStdString();
}

#ifdef BINOME_CLI_PATH
TEST_F(DemoTest, DemoPeopleThroughTheCommandLine) {
    const auto cli = [this](const QStringList& arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANGUAGE"_s, u"en"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"XDG_DATA_HOME"_s, file(u"xdg"_s));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(BINOME_CLI_PATH),
                      QStringList{u"--db"_s, file(u"scale.sqlite"_s)} + arguments);
        EXPECT_TRUE(process.waitForFinished(120000));
        return std::make_pair(
            process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()));
    };
    auto [code, out] = cli({u"demo"_s, u"--people"_s, u"200"_s});
    ASSERT_EQ(code, 0) << out.toStdString();
    EXPECT_TRUE(out.contains(u"100 juniors and 100 seniors"_s)) << out.toStdString();
    {
        auto opened = Database::open(file(u"scale.sqlite"_s));
        ASSERT_TRUE(opened.ok());
        EXPECT_EQ(ParticipantRepository(*opened.value()).count().value(), 200);
        const QList<Program> programs = ProgramService(*opened.value()).list().value();
        ASSERT_EQ(programs.size(), 1);
        EXPECT_GE(BinomeService(*opened.value()).ofProgram(programs.first().id)->size(), 90);
    }
    std::tie(code, out) = cli({u"demo"_s, u"--people"_s, u"200"_s});
    EXPECT_EQ(code, 1);
    EXPECT_TRUE(out.contains(u"empty database"_s)) << out.toStdString();
    std::tie(code, out) = cli({u"demo"_s, u"--people"_s, u"many"_s});
    EXPECT_EQ(code, 2);
}
#endif

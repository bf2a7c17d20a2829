// Reading a whole program at once (what the program export does) gives each binôme exactly what
// reading that binôme alone gives; logging many sessions at once stores what logging each does.
#include "TempDatabase.h"

#include "binome/services/DebriefService.h"
#include "binome/services/DemoService.h"
#include "binome/services/FollowUpService.h"
#include "binome/services/ObjectiveService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SessionService.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 12, 1);

QString optional(const std::optional<int>& value) {
    return value ? QString::number(*value) : u"-"_s;
}

QString ids(const QList<qint64>& values) {
    QStringList out;
    for (const qint64 v : values)
        out << QString::number(v);
    return out.join(u',');
}

// Every field, so that two lists compare equal only when they hold the same items in order.
QString describe(const Objective& o) {
    return u"objective %1 of %2: skill %3 %4 %5->%6 due %7 %8 \"%9\""_s.arg(o.id)
        .arg(o.binomeId)
        .arg(o.skillId)
        .arg(learnerToken(o.learner))
        .arg(o.startLevel)
        .arg(o.targetLevel)
        .arg(o.dueDate.toString(Qt::ISODate), objectiveStatusToken(o.status), o.description);
}

QString describe(const Session& s) {
    return u"session %1 of %2: %3 %4 %5 min %6 skills [%7] \"%8\" \"%9\" ratings %10/%11"_s
        .arg(s.id)
        .arg(s.binomeId)
        .arg(s.planned ? u"planned"_s : u"held"_s, s.date.toString(Qt::ISODate))
        .arg(s.minutes)
        .arg(sessionModeToken(s.mode), ids(s.skillIds), s.notes, s.nextSteps,
             optional(s.menteeRating), optional(s.mentorRating));
}

QString describe(const Debrief& d) {
    QStringList reviews;
    for (const ObjectiveReview& r : d.reviews)
        reviews << u"%1:%2:%3<-%4"_s.arg(r.objectiveId)
                       .arg(optional(r.newLevel), objectiveStatusToken(r.status),
                            objectiveStatusToken(r.previousStatus));
    return u"debrief %1 of %2: %3 %4 satisfaction %5/%6 \"%7\" reviews [%8]"_s.arg(d.id)
        .arg(d.binomeId)
        .arg(debriefKindToken(d.kind), d.date.toString(Qt::ISODate), optional(d.menteeSatisfaction),
             optional(d.mentorSatisfaction), d.comments, reviews.join(u' '));
}

template <typename T> std::vector<std::string> described(const QList<T>& items) {
    std::vector<std::string> out;
    for (const T& item : items)
        out.push_back(describe(item).toStdString());
    return out;
}

/// The ids of the binômes in the order a list holds their items.
template <typename T> QList<qint64> binomeOrder(const QList<T>& items) {
    QList<qint64> order;
    for (const T& item : items)
        if (order.isEmpty() || order.last() != item.binomeId)
            order << item.binomeId;
    return order;
}

template <typename T> QHash<qint64, QList<T>> grouped(const QList<T>& items) {
    QHash<qint64, QList<T>> byBinome;
    for (const T& item : items)
        byBinome[item.binomeId] << item;
    return byBinome;
}

bool isAscending(const QList<qint64>& values) {
    return std::is_sorted(values.cbegin(), values.cend()) &&
           QSet<qint64>(values.cbegin(), values.cend()).size() == values.size();
}

class ProgramReadsTest : public binome::test::TempDatabase {};

} // namespace

TEST_F(ProgramReadsTest, AWholeProgramReadsAsEachOfItsBinomesDoes) {
    const auto installed = DemoService(db()).install(Today);
    ASSERT_TRUE(installed.ok()) << installed.error().toStdString();
    const auto programs = ProgramService(db()).list();
    ASSERT_TRUE(programs.ok()) << programs.error().toStdString();
    ASSERT_EQ(programs->size(), 2); // the running program and the pilot

    const ObjectiveService objectives(db());
    const SessionService sessions(db());
    const DebriefService debriefs(db());
    int withSkills = 0;
    int withReviews = 0;
    for (const Program& program : *programs) {
        SCOPED_TRACE(program.name.toStdString());
        const auto rows = FollowUpService(db()).rows(program.id, Today);
        ASSERT_TRUE(rows.ok()) << rows.error().toStdString();
        ASSERT_FALSE(rows->isEmpty());
        QSet<qint64> binomes;
        for (const FollowUpRow& row : *rows)
            binomes.insert(row.binome.id);

        const auto allObjectives = objectives.ofProgram(program.id);
        const auto allSessions = sessions.ofProgram(program.id);
        const auto allDebriefs = debriefs.ofProgram(program.id);
        ASSERT_TRUE(allObjectives.ok()) << allObjectives.error().toStdString();
        ASSERT_TRUE(allSessions.ok()) << allSessions.error().toStdString();
        ASSERT_TRUE(allDebriefs.ok()) << allDebriefs.error().toStdString();
        EXPECT_FALSE(allObjectives->isEmpty());
        EXPECT_FALSE(allSessions->isEmpty());
        EXPECT_FALSE(allDebriefs->isEmpty());
        // By binôme id, each binôme's items together; none from the other program.
        EXPECT_TRUE(isAscending(binomeOrder(*allObjectives)));
        EXPECT_TRUE(isAscending(binomeOrder(*allSessions)));
        EXPECT_TRUE(isAscending(binomeOrder(*allDebriefs)));
        const auto objectivesOf = grouped(*allObjectives);
        const auto sessionsOf = grouped(*allSessions);
        const auto debriefsOf = grouped(*allDebriefs);
        for (const qint64 id : objectivesOf.keys())
            EXPECT_TRUE(binomes.contains(id)) << id;
        for (const qint64 id : sessionsOf.keys())
            EXPECT_TRUE(binomes.contains(id)) << id;
        for (const qint64 id : debriefsOf.keys())
            EXPECT_TRUE(binomes.contains(id)) << id;

        // Each binôme's share: the same items, in the same order, as its own reads.
        for (const qint64 id : binomes) {
            SCOPED_TRACE(id);
            const auto o = objectives.ofBinome(id);
            const auto s = sessions.ofBinome(id);
            const auto d = debriefs.ofBinome(id);
            ASSERT_TRUE(o.ok() && s.ok() && d.ok());
            EXPECT_EQ(described(objectivesOf.value(id)), described(*o));
            EXPECT_EQ(described(sessionsOf.value(id)), described(*s));
            EXPECT_EQ(described(debriefsOf.value(id)), described(*d));
            for (const Session& session : *s)
                withSkills += session.skillIds.size() > 1 ? 1 : 0;
            for (const Debrief& debrief : *d)
                withReviews += debrief.reviews.size() > 1 ? 1 : 0;
        }
    }
    // The demo has what makes the order within an item matter too.
    EXPECT_GT(withSkills, 0);
    EXPECT_GT(withReviews, 0);

    const auto none = sessions.ofProgram(9999);
    ASSERT_TRUE(none.ok()) << none.error().toStdString();
    EXPECT_TRUE(none->isEmpty());
}

TEST_F(ProgramReadsTest, LoggingManySessionsStoresEachAsLoggingItAloneDoes) {
    ASSERT_TRUE(DemoService(db()).install(Today).ok());
    const auto program = ProgramService(db()).findByName(DemoService::mainProgramName(Today));
    ASSERT_TRUE(program.ok() && program->has_value());
    const auto rows = FollowUpService(db()).rows((*program)->id, Today);
    ASSERT_TRUE(rows.ok()) << rows.error().toStdString();
    QList<qint64> open;
    for (const FollowUpRow& row : *rows)
        if (row.binome.isOpen())
            open << row.binome.id;
    ASSERT_GE(open.size(), 2);

    const SessionService service(db());
    QList<Session> batch;
    for (int i = 0; i < 4; ++i) {
        auto session = service.defaults(open.at(i % 2), Today.addDays(-i));
        ASSERT_TRUE(session.ok()) << session.error().toStdString();
        Session s = *session;
        s.notes = u"Batch %1"_s.arg(i);
        s.planned = i == 3;
        if (!s.planned)
            s.menteeRating = 1 + i;
        batch << s;
    }
    ASSERT_FALSE(batch.first().skillIds.isEmpty()); // the open objectives' skills
    batch[1].skillIds.clear();

    const auto logged = service.logAll(batch);
    ASSERT_TRUE(logged.ok()) << logged.error().toStdString();
    ASSERT_EQ(logged->size(), batch.size());
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const auto stored = service.find(logged->at(i));
        ASSERT_TRUE(stored.ok()) << stored.error().toStdString();
        Session expected = batch.at(i);
        expected.id = logged->at(i);
        std::sort(expected.skillIds.begin(), expected.skillIds.end());
        EXPECT_EQ(describe(*stored), describe(expected));
    }

    // One bad session: none of the batch is stored.
    const int before = int(service.ofProgram((*program)->id)->size());
    QList<Session> bad = batch;
    for (Session& s : bad)
        s.id = 0;
    bad[2].minutes = 0;
    const auto refused = service.logAll(bad);
    EXPECT_FALSE(refused.ok());
    EXPECT_EQ(service.ofProgram((*program)->id)->size(), before);

    // Logged alone, one at a time, they read back the same as logged together.
    Session alone = batch.first();
    alone.id = 0;
    const auto id = service.log(alone);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    Session together = *service.find(logged->first());
    together.id = *id;
    EXPECT_EQ(describe(*service.find(*id)), describe(together));
}

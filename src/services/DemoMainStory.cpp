#include "DemoStories.h"
#include "DemoTeller.h"

#include "binome/domain/FollowUp.h"
#include "binome/domain/Program.h"
#include "binome/domain/Skill.h"
#include "binome/services/BinomeService.h"
#include "binome/services/ObjectiveService.h"
#include "binome/services/PairingService.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace binome::demo {

namespace {

enum class Story { Thriving, Steady, AtRisk, LowRating, Overdue, Paused, Left, Mismatch, Other };

} // namespace

Status Teller::addOverdueObjective(const Binome& binome, const QList<Objective>& goals) {
    // Reverse learning: the senior teaches the junior their spreadsheets, past its due date.
    const ObjectiveService service(m_database);
    for (const Skill& skill : std::as_const(m_skills)) {
        if (skill.code != u"spreadsheets"_s)
            continue;
        Objective o;
        o.binomeId = binome.id;
        o.skillId = skill.id;
        o.learner = Learner::Junior;
        o.startLevel = std::min(levelOf(binome.juniorId, skill.code, 1), 2);
        o.targetLevel = 3;
        o.dueDate = m_today.addDays(-12);
        o.status = ObjectiveStatus::InProgress;
        o.description = QCoreApplication::translate(
            "DemoService", "Build the team's budget follow-up with pivot tables.");
        if (const auto id = service.save(o); !id)
            return Error{id.error()};
        return {};
    }
    // No spreadsheets in the catalog: the senior's first objective falls behind instead.
    for (Objective o : goals)
        if (!isClosed(o.status)) {
            o.dueDate = m_today.addDays(-12);
            if (const auto id = service.save(o); !id)
                return Error{id.error()};
            return {};
        }
    return {};
}

Status Teller::repair(const Binome& ended, const QDate& start) {
    const PairingService pairing(m_database);
    const auto settings = pairing.settings(m_program.id);
    if (!settings)
        return Error{settings.error()};
    const auto candidates = pairing.candidates(m_program.id, *settings, ended.seniorId);
    if (!candidates)
        return Error{candidates.error()};
    const auto binomes = BinomeService(m_database).ofProgram(m_program.id);
    if (!binomes)
        return Error{binomes.error()};
    QHash<qint64, int> load;
    for (const Binome& b : *binomes)
        if (b.isOpen())
            ++load[b.juniorId];
    qint64 mentor = 0;
    for (const MentorCandidate& c : *candidates)
        if (c.obstacle.isEmpty() && std::isfinite(c.score) && c.junior.id != ended.juniorId &&
            load.value(c.junior.id) < c.junior.capacity) {
            mentor = c.junior.id;
            break;
        }
    if (mentor == 0)
        return {}; // nobody free: the senior waits for the next program
    auto proposal = pairing.propose(m_program.id, *settings, {{mentor, ended.seniorId}});
    if (!proposal)
        return Error{proposal.error()};
    // Only the senior left alone is paired now; the others wait for HR's next run.
    PairingProposal kept = *proposal;
    kept.binomes.clear();
    kept.total = 0;
    for (const ProposedBinome& p : proposal->binomes)
        if (p.confirmed || (p.junior.id == mentor && p.senior.id == ended.seniorId)) {
            kept.binomes << p;
            kept.total += std::isfinite(p.score) ? p.score : 0;
        }
    if (const auto run = pairing.confirm(kept, runBy(), start); !run)
        return Error{run.error()};
    const auto found =
        BinomeService(m_database)
            .findOpenByEmails(m_program.id, m_people[mentor].email, m_people[ended.seniorId].email);
    if (!found)
        return Error{found.error()};
    if (!*found)
        return {};
    const Binome again = **found;
    const auto goals = objectives(again.id);
    if (!goals)
        return Error{goals.error()};
    const QDate last = held(again, *goals, start.addDays(m_dice.roll(4, 7)),
                            m_today.addDays(-m_dice.roll(1, 6)), 14, 2, 4, 5);
    if (last.isValid() && last.daysTo(m_today) > 10)
        m_pending << session(again, *goals, weekday(m_today.addDays(-3)), false, 4, 5);
    planned(again, *goals);
    if (Status logged = logPending(); !logged)
        return logged;
    ++m_counts.binomes;
    return debrief(
        again, DebriefKind::Kickoff, start.addDays(2), 0, 0, 4,
        QT_TRANSLATE_NOOP("DemoService", "New mentor: objectives taken over where they were."));
}

Status Teller::mainStory() {
    if (Status paired = pair(m_demoPeople, m_program.startDate); !paired)
        return paired;
    const auto binomes = BinomeService(m_database).ofProgram(m_program.id);
    if (!binomes)
        return Error{binomes.error()};
    const qsizetype count = binomes->size();
    QList<qsizetype> order;
    for (qsizetype i = 0; i < count; ++i)
        order << i;
    m_dice.shuffle(order);
    // The special stories first, then about 60% thriving and the rest steady.
    const QList<Story> special = {Story::Paused,    Story::Left,   Story::Mismatch, Story::Other,
                                  Story::AtRisk,    Story::AtRisk, Story::AtRisk,   Story::AtRisk,
                                  Story::LowRating, Story::Overdue};
    QHash<qint64, Story> stories;
    for (qsizetype i = 0; i < count; ++i) {
        const Binome& b = binomes->at(order[i]);
        if (i < special.size())
            stories.insert(b.id, special[i]);
        else
            stories.insert(b.id, (i - special.size()) * 10 < (count - special.size()) * 6
                                     ? Story::Thriving
                                     : Story::Steady);
    }

    QHash<qint64, QList<Objective>> goals;
    QHash<qint64, QDate> lastHeld;
    const QDate mid = midTerm();
    for (const Binome& b : *binomes) {
        const auto own = objectives(b.id);
        if (!own)
            return Error{own.error()};
        goals.insert(b.id, *own);
        const QDate first = b.startDate.addDays(m_dice.roll(5, 9));
        QDate last;
        switch (stories.value(b.id)) {
        case Story::Thriving:
        case Story::Overdue:
            last = held(b, *own, first, m_today.addDays(-m_dice.roll(1, 5)), 14, 2, 4, 5);
            if (last.daysTo(m_today) > 10)
                m_pending << session(b, *own, weekday(m_today.addDays(-m_dice.roll(2, 6))), false,
                                     4, 5);
            planned(b, *own);
            break;
        case Story::Steady:
            last = held(b, *own, first, m_today.addDays(-m_dice.roll(2, 10)), 16, 3, 3, 5);
            if (last.daysTo(m_today) > 12)
                m_pending << session(b, *own, weekday(m_today.addDays(-m_dice.roll(2, 9))), false,
                                     3, 5);
            if (m_dice.chance(70))
                planned(b, *own);
            break;
        case Story::LowRating: {
            last = held(b, *own, first, m_today.addDays(-20), 15, 2, 3, 4);
            Session cut =
                session(b, *own, weekday(m_today.addDays(-m_dice.roll(3, 7))), false, 3, 3);
            cut.minutes = 20;
            cut.menteeRating = LowRating;
            cut.mentorRating = 3;
            cut.notes = QCoreApplication::translate(
                "DemoService", "Cut short: the senior was called to an urgent meeting; no "
                               "time to practise.");
            m_pending << cut;
            planned(b, *own);
            break;
        }
        case Story::AtRisk:
            last = heldUntil(b, *own, first, m_today.addDays(-m_dice.roll(35, 56)), 16, 3, 4);
            break;
        case Story::Paused:
            last = heldUntil(b, *own, first, m_today.addDays(-m_dice.roll(38, 45)), 15, 3, 5);
            break;
        case Story::Left:
            last = held(b, *own, first, m_today.addDays(-65), 14, 2, 4, 5);
            break;
        case Story::Mismatch:
            last = held(b, *own, first, b.startDate.addDays(36), 14, 0, 2, 3);
            break;
        case Story::Other:
            last = held(b, *own, first, m_today.addDays(-38), 14, 2, 3, 5);
            break;
        }
        lastHeld.insert(b.id, last);
    }
    if (Status logged = logPending(); !logged)
        return logged;

    for (const Binome& b : *binomes) {
        const Story story = stories.value(b.id);
        const QDate last = lastHeld.value(b.id);
        if (story != Story::Steady || m_dice.chance(85))
            if (Status done =
                    debrief(b, DebriefKind::Kickoff, b.startDate.addDays(m_dice.roll(2, 6)), 0, 0,
                            4, QT_TRANSLATE_NOOP("DemoService", "Objectives agreed together."));
                !done)
                return done;
        const QDate midDate = mid.addDays(m_dice.roll(0, 6));
        Status done;
        switch (story) {
        case Story::Thriving:
            done = debrief(
                b, DebriefKind::MidTerm, midDate, 1, 2, 4,
                QT_TRANSLATE_NOOP("DemoService", "Clear progress: the senior now does it alone."));
            break;
        case Story::Steady:
        case Story::LowRating:
        case Story::Overdue:
        case Story::Paused:
        case Story::Other:
            if (midDate <= last && (story != Story::Steady || m_dice.chance(75)))
                done = debrief(
                    b, DebriefKind::MidTerm, midDate, 0, 1, 3,
                    QT_TRANSLATE_NOOP("DemoService", "Progressing; keep the pace of sessions."));
            break;
        case Story::AtRisk:
            if (midDate <= last.addDays(7))
                done = debrief(
                    b, DebriefKind::MidTerm, midDate, 0, 0, 2,
                    QT_TRANSLATE_NOOP("DemoService", "Sessions have become rare; HR to check in."));
            break;
        case Story::Left:
        case Story::Mismatch:
            break;
        }
        if (!done)
            return done;
        ++m_counts.binomes;
    }

    const BinomeService lifecycle(m_database);
    for (const Binome& b : *binomes) {
        Status done;
        switch (stories.value(b.id)) {
        case Story::Overdue:
            done = addOverdueObjective(b, goals.value(b.id));
            break;
        case Story::Paused:
            done = lifecycle.pause(b.id);
            break;
        case Story::Left: {
            const QDate end = m_today.addDays(-58);
            done = lifecycle.end(
                b.id, end, EndReason::Left,
                QCoreApplication::translate("DemoService", "The mentor left the company."));
            if (done)
                done = repair(b, weekday(end.addDays(6)));
            break;
        }
        case Story::Mismatch:
            done =
                lifecycle.end(b.id, b.startDate.addDays(40), EndReason::Mismatch,
                              QCoreApplication::translate(
                                  "DemoService", "Different expectations: both agreed to stop."));
            break;
        case Story::Other:
            done = lifecycle.end(b.id, m_today.addDays(-30), EndReason::Other,
                                 QCoreApplication::translate("DemoService",
                                                             "Long sick leave of the senior; to be "
                                                             "offered a new binôme on return."));
            break;
        default:
            break;
        }
        if (!done)
            return done;
    }
    return {};
}

Result<StoryCounts> tellMainProgram(const Database& database, const QString& name,
                                    const QDate& today, const QList<qint64>& demoPeople) {
    Program program;
    program.name = name;
    program.startDate = mainStart(today);
    program.endDate = weekday(today.addMonths(1));
    program.description = QCoreApplication::translate(
        "DemoService", "Reverse mentoring on digital tools: one meeting every two weeks.");
    program.cadenceDays = 14;
    return tell(database, today, 20261124, demoPeople, program, &Teller::mainStory);
}

} // namespace binome::demo

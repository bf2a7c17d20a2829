#include "DemoStories.h"

#include "binome/domain/FollowUp.h"
#include "binome/domain/Program.h"
#include "binome/domain/Skill.h"
#include "binome/services/BinomeService.h"
#include "binome/services/DebriefService.h"
#include "binome/services/ObjectiveService.h"
#include "binome/services/PairingService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SessionService.h"
#include "binome/services/SkillCatalogService.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace binome::demo {

namespace {

// What mentors write after a session; %1 is a skill worked on.
const char* const SessionNotes[] = {
    QT_TRANSLATE_NOOP("DemoService", "Went through %1 step by step on the senior's own laptop."),
    QT_TRANSLATE_NOOP("DemoService", "Hands-on exercise on %1: done without help by the end."),
    QT_TRANSLATE_NOOP("DemoService", "Questions from the week, then a new use of %1."),
    QT_TRANSLATE_NOOP("DemoService",
                      "Went over last time's homework on %1; a few points to see again."),
    QT_TRANSLATE_NOOP("DemoService", "Practised %1 on a real task of the senior's team."),
    QT_TRANSLATE_NOOP("DemoService", "Short session: a quick check on %1 between two meetings."),
};
const char* const NextSteps[] = {
    QT_TRANSLATE_NOOP("DemoService", "Try it alone this week and note the questions."),
    QT_TRANSLATE_NOOP("DemoService", "Bring a real case from the team next time."),
    QT_TRANSLATE_NOOP("DemoService", "Read the guide linked to the objective."),
    QT_TRANSLATE_NOOP("DemoService", "Next time: go further, with the advanced settings."),
};

const int Durations[] = {45, 60, 60, 60, 90};

enum class Story { Thriving, Steady, AtRisk, LowRating, Overdue, Paused, Left, Mismatch, Other };

QDate mondayOnOrBefore(const QDate& date) {
    return date.addDays(1 - date.dayOfWeek());
}

/// Meetings happen on weekdays: a weekend day moves back to the Friday.
QDate weekday(const QDate& date) {
    return date.dayOfWeek() > 5 ? date.addDays(5 - date.dayOfWeek()) : date;
}

QString runBy() {
    return QCoreApplication::translate("DemoService", "HR department");
}

/// Tells one program's story through the services, keeping its own view of everyone's levels
/// so that debriefs raise them as a person would.
class Teller {
public:
    Teller(const Database& database, const QDate& today, std::uint32_t seed)
        : m_database(database)
        , m_today(today)
        , m_dice(seed) {}

    Status load(const QList<qint64>& demoPeople);
    Result<qint64> createProgram(const Program& program);
    Status pair(const QList<qint64>& participantIds, const QDate& start);

    Status pilotStory();
    Status mainStory();

    const StoryCounts& counts() const { return m_counts; }

private:
    Result<QList<Objective>> objectives(qint64 binomeId) const {
        return ObjectiveService(m_database).ofBinome(binomeId);
    }
    Session session(const Binome& binome, const QList<Objective>& goals, const QDate& date,
                    bool planned, int ratingLow, int ratingHigh);
    /// Held sessions from `from` to `until`, about every `every` days; returns the last date.
    QDate held(const Binome& binome, const QList<Objective>& goals, const QDate& from,
               const QDate& until, int every, int jitter, int ratingLow, int ratingHigh);
    /// The same, the last one on `until` (its weekday).
    QDate heldUntil(const Binome& binome, const QList<Objective>& goals, const QDate& from,
                    const QDate& until, int every, int ratingLow, int ratingHigh);
    void planned(const Binome& binome, const QList<Objective>& goals);
    Status logPending();
    /// Records a debrief: up to `achieve` of the senior's objectives reach their target (never
    /// the senior's last gap), the others gain up to `gain` levels below their target.
    Status debrief(const Binome& binome, DebriefKind kind, const QDate& date, int achieve, int gain,
                   int satisfactionLow, const char* comment);
    Status repair(const Binome& ended, const QDate& start);
    Status addOverdueObjective(const Binome& binome, const QList<Objective>& goals);
    QDate midTerm() const { return DebriefService::dueDates(m_program).at(1).second; }
    int levelOf(qint64 personId, const QString& code, int fallback) const;
    void setLevel(qint64 personId, const QString& code, int level);
    bool keepsAnotherGap(qint64 seniorId, const QString& code) const;

    const Database& m_database;
    QDate m_today;
    Dice m_dice;
    Program m_program;
    QList<qint64> m_demoPeople;
    QHash<qint64, Skill> m_skills;
    QHash<qint64, Participant> m_people;
    QList<Session> m_pending;
    StoryCounts m_counts;
};

Status Teller::load(const QList<qint64>& demoPeople) {
    m_demoPeople = demoPeople;
    const auto skills = SkillCatalogService(m_database).list();
    if (!skills)
        return Error{skills.error()};
    for (const Skill& s : *skills)
        m_skills.insert(s.id, s);
    const auto people = ParticipantService(m_database).list();
    if (!people)
        return Error{people.error()};
    for (const Participant& p : *people)
        m_people.insert(p.id, p);
    return {};
}

Result<qint64> Teller::createProgram(const Program& program) {
    const auto id = ProgramService(m_database).save(program);
    if (!id)
        return id;
    m_program = program;
    m_program.id = *id;
    m_counts.programId = *id;
    return id;
}

Status Teller::pair(const QList<qint64>& participantIds, const QDate& start) {
    if (const auto enrolled = ProgramService(m_database).enrol(m_program.id, participantIds);
        !enrolled)
        return Error{enrolled.error()};
    const PairingService pairing(m_database);
    const auto proposal = pairing.propose(m_program.id, PairingSettings{}, {});
    if (!proposal)
        return Error{proposal.error()};
    if (const auto run = pairing.confirm(*proposal, runBy(), start); !run)
        return Error{run.error()};
    return {};
}

int Teller::levelOf(qint64 personId, const QString& code, int fallback) const {
    const auto person = m_people.constFind(personId);
    if (person == m_people.cend())
        return fallback;
    const SkillAssessment* skill = person->skill(code);
    return skill && skill->level ? *skill->level : fallback;
}

void Teller::setLevel(qint64 personId, const QString& code, int level) {
    Participant& person = m_people[personId];
    for (SkillAssessment& s : person.skills)
        if (s.skillCode == code) {
            s.level = level;
            return;
        }
    person.skills << SkillAssessment{code, level, std::nullopt, std::nullopt};
}

bool Teller::keepsAnotherGap(qint64 seniorId, const QString& code) const {
    const Participant senior = m_people.value(seniorId);
    return std::any_of(senior.skills.begin(), senior.skills.end(), [&](const SkillAssessment& s) {
        return s.skillCode != code && s.gap() > 0;
    });
}

Session Teller::session(const Binome& binome, const QList<Objective>& goals, const QDate& date,
                        bool planned, int ratingLow, int ratingHigh) {
    Session s;
    s.binomeId = binome.id;
    s.planned = planned;
    s.date = date;
    s.minutes = m_dice.pick(Durations);
    const bool remote = m_people[binome.juniorId].mode == MeetingMode::Remote ||
                        m_people[binome.seniorId].mode == MeetingMode::Remote;
    const int mode = m_dice.roll(1, 100);
    s.mode = remote ? (mode <= 80 ? SessionMode::Video : SessionMode::Phone)
                    : (mode <= 55   ? SessionMode::InPerson
                       : mode <= 90 ? SessionMode::Video
                                    : SessionMode::Phone);
    QList<qint64> open;
    for (const Objective& o : goals)
        if (!isClosed(o.status) && !open.contains(o.skillId))
            open << o.skillId;
    if (open.isEmpty())
        for (const Objective& o : goals)
            if (!open.contains(o.skillId))
                open << o.skillId;
    if (!open.isEmpty()) {
        const qint64 first = m_dice.pick(open);
        s.skillIds << first;
        if (open.size() > 1 && m_dice.chance(30)) {
            const qint64 second = m_dice.pick(open);
            if (second != first)
                s.skillIds << second;
        }
    }
    if (planned)
        return s;
    const QString skillName =
        s.skillIds.isEmpty() ? QCoreApplication::translate("DemoService", "the tools of the day")
                             : m_skills.value(s.skillIds.first()).displayName();
    s.notes = QCoreApplication::translate("DemoService", m_dice.pick(SessionNotes)).arg(skillName);
    if (m_dice.chance(70))
        s.nextSteps = QCoreApplication::translate("DemoService", m_dice.pick(NextSteps));
    if (m_dice.chance(85))
        s.menteeRating = m_dice.roll(ratingLow, ratingHigh);
    if (m_dice.chance(65))
        s.mentorRating = m_dice.roll(ratingLow, ratingHigh);
    return s;
}

QDate Teller::held(const Binome& binome, const QList<Objective>& goals, const QDate& from,
                   const QDate& until, int every, int jitter, int ratingLow, int ratingHigh) {
    QDate last;
    for (QDate date = from; date <= until;
         date = date.addDays(every + m_dice.roll(-jitter, jitter))) {
        const QDate day = std::min(weekday(date), m_today);
        if (last.isValid() && day <= last)
            continue;
        m_pending << session(binome, goals, day, false, ratingLow, ratingHigh);
        last = day;
    }
    return last;
}

QDate Teller::heldUntil(const Binome& binome, const QList<Objective>& goals, const QDate& from,
                        const QDate& until, int every, int ratingLow, int ratingHigh) {
    const QDate last = weekday(until);
    held(binome, goals, from, last.addDays(-every / 2), every, 2, ratingLow, ratingHigh);
    m_pending << session(binome, goals, last, false, ratingLow, ratingHigh);
    return last;
}

void Teller::planned(const Binome& binome, const QList<Objective>& goals) {
    QDate date = weekday(m_today.addDays(m_dice.roll(2, 13)));
    if (date <= m_today)
        date = m_today.addDays(8 - m_today.dayOfWeek()); // the next Monday
    m_pending << session(binome, goals, date, true, 0, 0);
}

Status Teller::logPending() {
    const auto ids = SessionService(m_database).logAll(m_pending);
    if (!ids)
        return Error{ids.error()};
    m_counts.sessions += static_cast<int>(ids->size());
    m_pending.clear();
    return {};
}

Status Teller::debrief(const Binome& binome, DebriefKind kind, const QDate& date, int achieve,
                       int gain, int satisfactionLow, const char* comment) {
    const DebriefService service(m_database);
    auto prepared = service.prepare(binome.id, kind, std::min(date, m_today));
    if (!prepared)
        return Error{prepared.error()};
    const auto goals = objectives(binome.id);
    if (!goals)
        return Error{goals.error()};
    QHash<qint64, Objective> byId;
    for (const Objective& o : *goals)
        byId.insert(o.id, o);
    Debrief debrief = *prepared;
    int achieved = 0;
    for (ObjectiveReview& review : debrief.reviews) {
        const Objective o = byId.value(review.objectiveId);
        if (o.status == ObjectiveStatus::Achieved)
            continue;
        const QString code = m_skills.value(o.skillId).code;
        const qint64 learner = o.learner == Learner::Senior ? binome.seniorId : binome.juniorId;
        const int current = std::max(o.startLevel, levelOf(learner, code, o.startLevel));
        if (achieved < achieve && o.learner == Learner::Senior &&
            keepsAnotherGap(binome.seniorId, code)) {
            review.newLevel = std::max(current, o.targetLevel);
            review.status = ObjectiveStatus::Achieved;
            ++achieved;
        } else if (gain > 0) {
            const int next = std::min(current + m_dice.roll(1, gain), o.targetLevel - 1);
            if (next > current)
                review.newLevel = next;
        }
        if (review.newLevel)
            setLevel(learner, code, *review.newLevel);
    }
    debrief.menteeSatisfaction = m_dice.roll(satisfactionLow, std::min(5, satisfactionLow + 1));
    debrief.mentorSatisfaction = m_dice.roll(satisfactionLow, 5);
    debrief.comments = QCoreApplication::translate("DemoService", comment);
    if (const auto id = service.record(debrief); !id)
        return Error{id.error()};
    ++m_counts.debriefs;
    return {};
}

Status Teller::pilotStory() {
    // About a quarter of the people volunteered.
    QList<qint64> volunteers;
    int seniors = 0;
    int juniors = 0;
    for (qint64 id : std::as_const(m_demoPeople)) {
        const Participant& p = m_people[id];
        int& index = p.role == Role::Senior ? seniors : juniors;
        if (index++ % 4 == (p.role == Role::Senior ? 0 : 1))
            volunteers << id;
    }
    if (Status paired = pair(volunteers, m_program.startDate); !paired)
        return paired;
    const auto binomes = BinomeService(m_database).ofProgram(m_program.id);
    if (!binomes)
        return Error{binomes.error()};
    QHash<qint64, QList<Objective>> goals;
    for (const Binome& b : *binomes) {
        const auto own = objectives(b.id);
        if (!own)
            return Error{own.error()};
        goals.insert(b.id, *own);
        held(b, *own, b.startDate.addDays(m_dice.roll(5, 9)),
             m_program.endDate.addDays(-m_dice.roll(2, 6)), 14, 2, 3, 5);
    }
    if (Status logged = logPending(); !logged)
        return logged;
    for (const Binome& b : *binomes) {
        const QDate kickoff = b.startDate.addDays(m_dice.roll(2, 6));
        const QDate closing = m_program.endDate.addDays(-m_dice.roll(0, 3));
        Status done = debrief(b, DebriefKind::Kickoff, kickoff, 0, 0, 4,
                              QT_TRANSLATE_NOOP("DemoService", "Objectives agreed together."));
        if (done)
            done = debrief(
                b, DebriefKind::MidTerm, midTerm().addDays(m_dice.roll(0, 5)), 0, 1, 4,
                QT_TRANSLATE_NOOP("DemoService", "Progressing; keep the pace of sessions."));
        if (done)
            done = debrief(b, DebriefKind::Final, closing, 2, 1, 4,
                           QT_TRANSLATE_NOOP("DemoService",
                                             "Pilot completed: both would recommend the program."));
        if (done)
            done = BinomeService(m_database).end(b.id, m_program.endDate, EndReason::Completed, {});
        if (!done)
            return done;
        ++m_counts.binomes;
    }
    return {};
}

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

template <class Tell>
Result<StoryCounts> tell(const Database& database, const QDate& today, std::uint32_t seed,
                         const QList<qint64>& demoPeople, const Program& program, Tell story) {
    Teller teller(database, today, seed);
    if (Status loaded = teller.load(demoPeople); !loaded)
        return Error{loaded.error()};
    const auto id = teller.createProgram(program);
    if (!id)
        return Error{id.error()};
    if (Status told = (teller.*story)(); !told) {
        // Nothing of a story half-told stays: the program goes with all it holds.
        (void)ProgramService(database).remove(*id);
        return Error{told.error()};
    }
    return teller.counts();
}

} // namespace

QDate pilotStart(const QDate& today) {
    return mondayOnOrBefore(today.addYears(-1));
}

QDate mainStart(const QDate& today) {
    return mondayOnOrBefore(today.addMonths(-5));
}

Result<StoryCounts> tellPilot(const Database& database, const QString& name, const QDate& today,
                              const QList<qint64>& demoPeople) {
    Program pilot;
    pilot.name = name;
    pilot.startDate = pilotStart(today);
    pilot.endDate = weekday(pilot.startDate.addMonths(4).addDays(-3));
    pilot.description = QCoreApplication::translate(
        "DemoService", "The first cohort: four months with volunteers, one meeting every two "
                       "weeks.");
    pilot.cadenceDays = 14;
    return tell(database, today, 20251124, demoPeople, pilot, &Teller::pilotStory);
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

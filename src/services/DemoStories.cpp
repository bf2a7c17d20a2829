#include "DemoStories.h"
#include "DemoTeller.h"

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

QDate mondayOnOrBefore(const QDate& date) {
    return date.addDays(1 - date.dayOfWeek());
}

} // namespace

QString runBy() {
    return QCoreApplication::translate("DemoService", "HR department");
}

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

Result<StoryCounts> tell(const Database& database, const QDate& today, std::uint32_t seed,
                         const QList<qint64>& demoPeople, const Program& program,
                         Status (Teller::*story)()) {
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

QDate pilotStart(const QDate& today) {
    return mondayOnOrBefore(today.addYears(-1));
}

QDate mainStart(const QDate& today) {
    return mondayOnOrBefore(today.addMonths(-5));
}

} // namespace binome::demo

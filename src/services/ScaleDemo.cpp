#include "binome/services/ScaleDemo.h"

#include "DemoStories.h"

#include "binome/domain/Binome.h"
#include "binome/domain/FollowUp.h"
#include "binome/domain/Participant.h"
#include "binome/domain/Program.h"
#include "binome/domain/Skill.h"
#include "binome/domain/TextKey.h"
#include "binome/storage/BinomeRepository.h"
#include "binome/storage/Database.h"
#include "binome/storage/FollowUpRepository.h"
#include "binome/storage/PairingRepository.h"
#include "binome/storage/ParticipantRepository.h"
#include "binome/storage/ProgramRepository.h"
#include "binome/storage/SkillRepository.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

using demo::Dice;

const QStringList FirstNames = {
    u"Inès"_s,    u"Théo"_s,     u"Léa"_s,     u"Lucas"_s,     u"Chloé"_s,   u"Hugo"_s,
    u"Manon"_s,   u"Nathan"_s,   u"Camille"_s, u"Enzo"_s,      u"Jade"_s,    u"Louis"_s,
    u"Bernard"_s, u"Martine"_s,  u"Gérard"_s,  u"Sylvie"_s,    u"Patrick"_s, u"Catherine"_s,
    u"Alain"_s,   u"Nathalie"_s, u"Michel"_s,  u"Christine"_s, u"Pascal"_s,  u"Hélène"_s};
const QStringList LastNames = {
    u"Martin"_s,   u"Bernard"_s, u"Dubois"_s,  u"Thomas"_s,   u"Robert"_s,    u"Richard"_s,
    u"Petit"_s,    u"Durand"_s,  u"Leroy"_s,   u"Moreau"_s,   u"Simon"_s,     u"Laurent"_s,
    u"Lefebvre"_s, u"Michel"_s,  u"Garcia"_s,  u"David"_s,    u"Roux"_s,      u"Fournier"_s,
    u"Morel"_s,    u"Girard"_s,  u"Mercier"_s, u"Dupont"_s,   u"Lambert"_s,   u"Bonnet"_s,
    u"Nguyen"_s,   u"Haddad"_s,  u"Benali"_s,  u"Fontaine"_s, u"Chevalier"_s, u"Robin"_s};
const QStringList Departments = {u"Direction générale"_s,
                                 u"Finance"_s,
                                 u"Ressources humaines"_s,
                                 u"Systèmes d'information"_s,
                                 u"Marketing"_s,
                                 u"Achats"_s,
                                 u"Juridique"_s,
                                 u"Commercial"_s,
                                 u"Production"_s,
                                 u"Logistique"_s,
                                 u"Qualité"_s,
                                 u"Service client"_s};
const QStringList Sites = {u"Paris"_s,  u"Lyon"_s,     u"Lille"_s,
                           u"Nantes"_s, u"Toulouse"_s, u"Marseille"_s};
const int Durations[] = {45, 60, 60, 90};
const EndReason EndReasons[] = {EndReason::Left, EndReason::Mismatch, EndReason::Other,
                                EndReason::Completed};

inline constexpr int SessionsPerBinome = 20;
inline constexpr int PlannedPerOpenBinome = 2;

QString emailPart(const QString& name) {
    QString part = textKey(name);
    part.replace(u' ', u'-');
    return part;
}

QList<int> distinctIndices(Dice& dice, int count, int among) {
    QList<int> picked;
    while (picked.size() < std::min(count, among)) {
        const int index = dice.roll(0, among - 1);
        if (!picked.contains(index))
            picked << index;
    }
    return picked;
}

Participant person(Dice& dice, Role role, int index, const QList<Skill>& skills, int year) {
    Participant p;
    p.role = role;
    p.firstName = dice.pick(FirstNames);
    p.lastName = dice.pick(LastNames);
    p.email =
        u"%1.%2.%3@example.org"_s.arg(emailPart(p.firstName), emailPart(p.lastName)).arg(index);
    p.department = dice.pick(Departments);
    p.site = dice.pick(Sites);
    p.jobTitle = role == Role::Junior ? u"Chargé·e de projet"_s : u"Responsable"_s;
    p.birthYear = year - (role == Role::Junior ? dice.roll(22, 30) : dice.roll(48, 63));
    p.languages = {u"fr"_s};
    if (dice.chance(40))
        p.languages << u"en"_s;
    p.capacity = 1;
    p.mode = static_cast<MeetingMode>(dice.roll(0, 2));
    for (int i = dice.roll(2, 5); i > 0; --i)
        p.availability.set(dice.roll(0, 9));
    const int count = static_cast<int>(skills.size());
    for (int k :
         distinctIndices(dice, role == Role::Junior ? dice.roll(4, 7) : dice.roll(3, 5), count)) {
        const QString& code = skills[k].code;
        if (role == Role::Junior) {
            p.skills << SkillAssessment{code, dice.roll(2, 5), std::nullopt, std::nullopt};
        } else {
            const int current = dice.roll(0, 2);
            p.skills << SkillAssessment{code, current, std::min(5, current + dice.roll(1, 3)),
                                        dice.roll(1, 3)};
        }
    }
    std::sort(p.skills.begin(), p.skills.end(),
              [](const SkillAssessment& a, const SkillAssessment& b) {
                  return a.skillCode < b.skillCode;
              });
    return p;
}

class Builder {
public:
    Builder(const Database& database, const QDate& today, int people)
        : m_database(database)
        , m_today(today)
        , m_people(people)
        , m_dice(static_cast<std::uint32_t>(20261125 + people)) {}

    Result<ScaleDemoSummary> run();

private:
    Status addPeople();
    Status addBinome(const Participant& junior, const Participant& senior);
    Session session(qint64 binomeId, const QDate& date, bool planned, qint64 skillId);

    const Database& m_database;
    QDate m_today;
    int m_people;
    Dice m_dice;
    QList<Skill> m_skills;
    QHash<QString, qint64> m_skillIds;
    QList<Participant> m_juniors;
    QList<Participant> m_seniors;
    Program m_program;
    QString m_notes[3];
    ScaleDemoSummary m_summary;
};

Status Builder::addPeople() {
    const ParticipantRepository participants(m_database);
    const int juniors = m_people / 2;
    QList<qint64> ids;
    ids.reserve(m_people);
    for (int i = 0; i < m_people; ++i) {
        const Role role = i < juniors ? Role::Junior : Role::Senior;
        Participant p = person(m_dice, role, i + 1, m_skills, m_today.year());
        const auto id = participants.insert(p);
        if (!id)
            return Error{id.error()};
        p.id = *id;
        ids << p.id;
        (role == Role::Junior ? m_juniors : m_seniors) << p;
    }
    m_summary.juniors = static_cast<int>(m_juniors.size());
    m_summary.seniors = static_cast<int>(m_seniors.size());
    if (const auto enrolled = PairingRepository(m_database).enrol(m_program.id, ids); !enrolled)
        return Error{enrolled.error()};
    return {};
}

Session Builder::session(qint64 binomeId, const QDate& date, bool planned, qint64 skillId) {
    Session s;
    s.binomeId = binomeId;
    s.planned = planned;
    s.date = date;
    s.minutes = m_dice.pick(Durations);
    s.mode = static_cast<SessionMode>(m_dice.roll(0, 2));
    if (skillId > 0)
        s.skillIds << skillId;
    if (planned)
        return s;
    s.notes = m_dice.pick(m_notes);
    if (m_dice.chance(85))
        s.menteeRating = m_dice.chance(3) ? 2 : m_dice.roll(3, 5);
    if (m_dice.chance(60))
        s.mentorRating = m_dice.roll(3, 5);
    return s;
}

Status Builder::addBinome(const Participant& junior, const Participant& senior) {
    Binome b;
    b.programId = m_program.id;
    b.juniorId = junior.id;
    b.seniorId = senior.id;
    b.score = m_dice.roll(4000, 9500) / 100.0;
    b.startDate = m_program.startDate;
    const int fate = m_dice.roll(1, 100);
    if (fate <= 3) {
        b.status = BinomeStatus::Ended;
        b.endDate = b.startDate.addDays(m_dice.roll(100, 140));
        b.endReason = m_dice.pick(EndReasons);
        if (*b.endReason == EndReason::Other)
            b.endNote = m_notes[0];
    } else if (fate <= 5) {
        b.status = BinomeStatus::Paused;
    }
    const auto id = BinomeRepository(m_database).insert(b);
    if (!id)
        return Error{id.error()};
    b.id = *id;
    ++m_summary.binomes;

    // Two objectives on the senior's first gaps; one in twenty binômes is behind on one.
    const ObjectiveRepository objectives(m_database);
    QList<Objective> goals;
    for (const SkillAssessment& s : senior.skills) {
        if (goals.size() == 2)
            break;
        if (s.gap() <= 0)
            continue;
        Objective o;
        o.binomeId = b.id;
        o.skillId = m_skillIds.value(s.skillCode);
        o.startLevel = *s.level;
        o.targetLevel = *s.target;
        o.dueDate =
            goals.size() == 1 && m_dice.chance(5) ? m_today.addDays(-10) : m_program.endDate;
        const bool achieved = goals.isEmpty() && m_dice.chance(30);
        o.status = achieved ? ObjectiveStatus::Achieved : ObjectiveStatus::InProgress;
        const auto objectiveId = objectives.insert(o);
        if (!objectiveId)
            return Error{objectiveId.error()};
        o.id = *objectiveId;
        goals << o;
        ++m_summary.objectives;
    }

    // Twenty sessions: the held ones spread from the start to the last contact (long ago for
    // one binôme in ten: at risk), then two planned in the coming weeks for an open binôme.
    const SessionRepository sessions(m_database);
    const int planned = b.isOpen() ? PlannedPerOpenBinome : 0;
    const int held = SessionsPerBinome - planned;
    const QDate first = b.startDate.addDays(m_dice.roll(2, 6));
    QDate last = b.isOpen() ? m_today.addDays(-m_dice.roll(1, 12)) : b.endDate;
    if (b.isOpen() && m_dice.chance(10))
        last = m_today.addDays(-m_dice.roll(35, 56));
    const qint64 span = std::max<qint64>(first.daysTo(last), held);
    for (int i = 0; i < SessionsPerBinome; ++i) {
        const bool isPlanned = i >= held;
        const QDate date = isPlanned ? m_today.addDays(7 * (i - held + 1) + m_dice.roll(0, 3))
                                     : first.addDays(span * i / std::max(1, held - 1));
        const qint64 skill = goals.isEmpty() ? 0 : m_dice.pick(goals).skillId;
        if (const auto stored = sessions.insert(session(b.id, date, isPlanned, skill)); !stored)
            return Error{stored.error()};
        ++m_summary.sessions;
    }

    // A kickoff for everyone; a mid-term with new levels for most of those who got there.
    const DebriefRepository debriefs(m_database);
    Debrief kickoff;
    kickoff.binomeId = b.id;
    kickoff.kind = DebriefKind::Kickoff;
    kickoff.date = first;
    kickoff.menteeSatisfaction = m_dice.roll(3, 5);
    kickoff.mentorSatisfaction = m_dice.roll(3, 5);
    for (const Objective& o : std::as_const(goals))
        kickoff.reviews << ObjectiveReview{o.id, std::nullopt, ObjectiveStatus::InProgress,
                                           ObjectiveStatus::NotStarted};
    if (const auto stored = debriefs.insert(kickoff); !stored)
        return Error{stored.error()};
    ++m_summary.debriefs;
    const QDate mid =
        m_program.startDate.addDays(m_program.startDate.daysTo(m_program.endDate) / 2);
    if (mid > m_today || (b.endDate.isValid() && b.endDate < mid) || !m_dice.chance(70))
        return {};
    Debrief midTerm;
    midTerm.binomeId = b.id;
    midTerm.kind = DebriefKind::MidTerm;
    midTerm.date = mid.addDays(m_dice.roll(0, 10));
    midTerm.menteeSatisfaction = m_dice.roll(2, 5);
    midTerm.mentorSatisfaction = m_dice.roll(3, 5);
    for (const Objective& o : std::as_const(goals)) {
        const bool achieved = o.status == ObjectiveStatus::Achieved;
        const int level = achieved ? o.targetLevel : std::min(o.targetLevel, o.startLevel + 1);
        midTerm.reviews << ObjectiveReview{o.id, level, o.status, ObjectiveStatus::InProgress};
    }
    const auto midId = debriefs.insert(midTerm);
    if (!midId)
        return Error{midId.error()};
    ++m_summary.debriefs;
    for (qsizetype i = 0; i < goals.size(); ++i) {
        LevelRecord level;
        level.participantId = senior.id;
        level.skillId = goals[i].skillId;
        level.level = midTerm.reviews[i].newLevel.value_or(goals[i].startLevel);
        level.date = midTerm.date;
        level.source = LevelSource::Debrief;
        level.debriefId = *midId;
        if (Status status = debriefs.recordLevel(level); !status)
            return status;
    }
    return {};
}

Result<ScaleDemoSummary> Builder::run() {
    const auto catalog = SkillRepository(m_database).all();
    if (!catalog)
        return Error{catalog.error()};
    for (const Skill& s : *catalog)
        if (!s.archived && s.kind != SkillKind::Custom) {
            m_skills << s;
            m_skillIds.insert(s.code, s.id);
        }
    if (m_skills.isEmpty())
        return Error{QCoreApplication::translate("ScaleDemo", "The skills catalog is empty.")};
    m_notes[0] = QCoreApplication::translate("ScaleDemo", "Synthetic session for scale tests.");
    m_notes[1] = QCoreApplication::translate("ScaleDemo", "Practised on a real task of the team.");
    m_notes[2] = QCoreApplication::translate("ScaleDemo", "Questions from the week, then a demo.");

    m_program.name =
        QCoreApplication::translate("ScaleDemo", "Scale test, %1 people").arg(m_people);
    m_program.startDate = demo::mainStart(m_today);
    m_program.endDate = m_today.addMonths(1);
    m_program.description = QCoreApplication::translate(
        "ScaleDemo", "A large synthetic program, for scale tests and benchmarks.");
    m_program.cadenceDays = 14;

    Transaction transaction(m_database);
    const auto programId = ProgramRepository(m_database).insert(m_program);
    if (!programId)
        return Error{programId.error()};
    m_program.id = *programId;
    m_summary.programId = m_program.id;
    m_summary.programName = m_program.name;
    if (Status status = addPeople(); !status)
        return Error{status.error()};
    m_dice.shuffle(m_juniors);
    const qsizetype pairs = std::min(m_juniors.size(), m_seniors.size());
    for (qsizetype i = 0; i < pairs; ++i)
        if (Status status = addBinome(m_juniors[i], m_seniors[i]); !status)
            return Error{status.error()};
    if (Status status = transaction.commit(); !status)
        return Error{status.error()};
    return m_summary;
}

} // namespace

Result<ScaleDemoSummary> ScaleDemo::build(int people, const QDate& today) const {
    if (people < MinPeople || people > MaxPeople)
        return Error{QCoreApplication::translate(
                         "ScaleDemo", "The number of people must be from %1 to %2, not %3.")
                         .arg(MinPeople)
                         .arg(MaxPeople)
                         .arg(people)};
    const auto existing = ParticipantRepository(m_database).count();
    if (!existing)
        return Error{existing.error()};
    if (*existing > 0)
        return Error{QCoreApplication::translate(
            "ScaleDemo",
            "The scale demo needs an empty database: this one already holds participants.")};
    return Builder(m_database, today, people).run();
}

} // namespace binome

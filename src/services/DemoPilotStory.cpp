#include "DemoStories.h"
#include "DemoTeller.h"

#include "binome/domain/FollowUp.h"
#include "binome/domain/Program.h"
#include "binome/services/BinomeService.h"

#include <QCoreApplication>
#include <QHash>

namespace binome::demo {

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

} // namespace binome::demo

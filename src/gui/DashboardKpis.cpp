#include "DashboardKpis.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace binome::gui {

namespace {

const QString None = u"—"_s;

QString count(int value) {
    return QLocale().toString(value);
}

} // namespace

QString DashboardKpis::percent(double share) {
    return tr("%1 %", "a percentage").arg(QLocale().toString(share * 100.0, 'f', 0));
}

QString DashboardKpis::decimal(double value, int decimals) {
    return QLocale().toString(value, 'f', decimals);
}

QString DashboardKpis::label(Kpi::Id id) {
    switch (id) {
    case Kpi::Active:
        return tr("Active binômes");
    case Kpi::Paused:
        return tr("Paused binômes");
    case Kpi::Ended:
        return tr("Ended binômes");
    case Kpi::SessionsHeld:
        return tr("Sessions held");
    case Kpi::Hours:
        return tr("Hours of mentoring");
    case Kpi::Cadence:
        return tr("Kept the cadence");
    case Kpi::ObjectivesAchieved:
        return tr("Objectives achieved");
    case Kpi::AverageGain:
        return tr("Average level gain");
    case Kpi::MenteeSatisfaction:
        return tr("Mentee satisfaction");
    case Kpi::MentorSatisfaction:
        return tr("Mentor satisfaction");
    case Kpi::Count:
        break;
    }
    return {};
}

QString DashboardKpis::toolTip(Kpi::Id id) {
    switch (id) {
    case Kpi::Active:
        return tr("Binômes meeting now (neither paused nor ended).");
    case Kpi::Paused:
        return tr("Binômes on hold: kept, not expected to meet until resumed.");
    case Kpi::Ended:
        return tr("Binômes that ended (completed, someone left, mismatch or other); they stay "
                  "in the program's history.");
    case Kpi::SessionsHeld:
        return tr("Sessions logged as held by every binôme of the program, ended ones included; "
                  "planned sessions are not counted.");
    case Kpi::Hours:
        return tr("The total length of the sessions held, in hours.");
    case Kpi::Cadence:
        return tr("Share of the open (active or paused) binômes that are not at risk: their last "
                  "session held, or their start, is within the program's cadence. A paused "
                  "binôme is not expected to meet and counts as keeping it.");
    case Kpi::ObjectivesAchieved:
        return tr("Objectives marked achieved, out of every objective of the program's binômes "
                  "except the dropped ones.");
    case Kpi::AverageGain:
        return tr("Over the objectives re-assessed in a debrief (dropped ones aside): the mean of "
                  "the level of their latest debrief minus their starting level, on the 0 to 5 "
                  "scale.");
    case Kpi::MenteeSatisfaction:
        return tr("The mean of the mentees' satisfaction (1 to 5) over every debrief that "
                  "recorded it.");
    case Kpi::MentorSatisfaction:
        return tr("The mean of the mentors' satisfaction (1 to 5) over every debrief that "
                  "recorded it.");
    case Kpi::Count:
        break;
    }
    return {};
}

QList<Kpi> DashboardKpis::of(const ProgramStatistics& s) {
    QList<Kpi> kpis;
    const auto add = [&kpis](Kpi::Id id, const QString& key, const QString& value,
                             const QString& detail, std::optional<double> number) {
        Kpi kpi;
        kpi.id = id;
        kpi.key = key;
        kpi.label = label(id);
        kpi.value = value;
        kpi.detail = detail;
        kpi.toolTip = toolTip(id);
        kpi.number = number;
        kpis << kpi;
    };
    const int total = s.binomesTotal();
    add(Kpi::Active, u"active"_s, count(s.binomesActive),
        tr("of %n binôme(s) formed", nullptr, total), s.binomesActive);
    add(Kpi::Paused, u"paused"_s, count(s.binomesPaused),
        s.binomesPaused > 0 ? tr("on hold") : tr("none on hold"), s.binomesPaused);
    add(Kpi::Ended, u"ended"_s, count(s.binomesEnded), tr("kept in the history"), s.binomesEnded);
    add(Kpi::SessionsHeld, u"sessions"_s, count(s.sessionsHeld),
        tr("%n planned to come", nullptr, s.sessionsPlanned), s.sessionsHeld);
    add(Kpi::Hours, u"hours"_s, tr("%1 h", "hours").arg(decimal(s.hoursHeld())),
        s.sessionsHeld > 0
            ? tr("%1 min per session").arg(count(qRound(double(s.minutesHeld) / s.sessionsHeld)))
            : tr("no session held yet"),
        s.hoursHeld());

    const auto cadence = s.cadenceShare();
    add(Kpi::Cadence, u"cadence"_s, cadence ? percent(*cadence) : None,
        cadence ? tr("%1 of %n open binôme(s)", nullptr, s.binomesOpen())
                      .arg(count(s.binomesKeepingCadence))
                : tr("no open binôme"),
        cadence);

    const int counted = s.objectivesCounted();
    add(Kpi::ObjectivesAchieved, u"objectives"_s,
        counted > 0 ? tr("%1 of %2").arg(count(s.objectivesAchieved()), count(counted)) : None,
        counted > 0 ? percent(*s.achievedShare()) : tr("no objective yet"), s.achievedShare());

    QString gain = None;
    if (s.averageGain) {
        gain = decimal(*s.averageGain);
        if (*s.averageGain > 0)
            gain.prepend(QLocale().positiveSign());
    }
    add(Kpi::AverageGain, u"gain"_s, gain,
        s.averageGain
            ? tr("levels, over %n re-assessed objective(s)", nullptr, s.objectivesReassessed)
            : tr("no objective re-assessed yet"),
        s.averageGain);

    const auto satisfaction = [&](Kpi::Id id, const QString& key, std::optional<double> mean) {
        add(id, key, mean ? tr("%1 / 5").arg(decimal(*mean)) : None,
            mean ? tr("over %n debrief(s) answered", nullptr, s.satisfactionAnswers)
                 : tr("no debrief answered yet"),
            mean);
    };
    satisfaction(Kpi::MenteeSatisfaction, u"menteeSatisfaction"_s, s.menteeSatisfaction);
    satisfaction(Kpi::MentorSatisfaction, u"mentorSatisfaction"_s, s.mentorSatisfaction);
    return kpis;
}

} // namespace binome::gui

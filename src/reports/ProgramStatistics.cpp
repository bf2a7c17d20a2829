// A program's figures (the dashboard's and the program report's), from data already read.
#include "binome/reports/ProgramStatistics.h"

#include "binome/exchange/ProgramFile.h"

#include <QMap>

#include <algorithm>
#include <bit>

namespace binome {

namespace {

QDate monthOf(const QDate& date) {
    return QDate(date.year(), date.month(), 1);
}

/// Sums and counts, for means.
struct Mean {
    double sum = 0;
    int count = 0;
    void add(double value) {
        sum += value;
        ++count;
    }
    std::optional<double> value() const {
        return count > 0 ? std::optional<double>(sum / count) : std::nullopt;
    }
};

struct SkillSums {
    int objectives = 0;
    Mean kickoff;
    Mean latest;
};

/// Each objective's latest re-assessed level: the one of the latest debrief (by date, then id)
/// that gave it a new level.
QHash<qint64, int> latestLevels(const QList<Debrief>& debriefs) {
    QList<const Debrief*> ordered;
    ordered.reserve(debriefs.size());
    for (const Debrief& d : debriefs)
        ordered << &d;
    std::sort(ordered.begin(), ordered.end(), [](const Debrief* a, const Debrief* b) {
        return a->date != b->date ? a->date < b->date : a->id < b->id;
    });
    QHash<qint64, int> latest;
    for (const Debrief* d : ordered)
        for (const ObjectiveReview& review : d->reviews)
            if (review.newLevel)
                latest.insert(review.objectiveId, *review.newLevel);
    return latest;
}

void countSessions(ProgramStatistics& stats, const QList<Session>& sessions,
                   QMap<QDate, MonthlySessions>& months) {
    for (const Session& s : sessions) {
        if (s.planned) {
            if (s.date >= stats.asOf)
                ++stats.sessionsPlanned;
            continue;
        }
        ++stats.sessionsHeld;
        stats.minutesHeld += s.minutes;
        MonthlySessions& month = months[monthOf(s.date)];
        ++month.held;
        month.minutes += s.minutes;
    }
}

/// Every month from the program's start to asOf (or its end), widened to the sessions held.
QList<MonthlySessions> monthRange(const Program& program, const QDate& asOf,
                                  const QMap<QDate, MonthlySessions>& held) {
    QDate first;
    QDate last;
    if (program.startDate.isValid() && program.startDate <= asOf) {
        first = monthOf(program.startDate);
        last = monthOf(program.endDate.isValid() ? std::min(asOf, program.endDate) : asOf);
    }
    if (!held.isEmpty()) {
        const QDate firstHeld = held.firstKey();
        const QDate lastHeld = held.lastKey();
        first = first.isValid() ? std::min(first, firstHeld) : firstHeld;
        last = last.isValid() ? std::max(last, lastHeld) : lastHeld;
    }
    QList<MonthlySessions> months;
    if (!first.isValid())
        return months;
    for (QDate month = first; month <= last; month = month.addMonths(1)) {
        MonthlySessions entry = held.value(month);
        entry.month = month;
        months << entry;
    }
    return months;
}

/// At risk first, then by number of flags, then the longest without contact.
bool needsAttentionFirst(const FollowUpRow& a, const FollowUpRow& b) {
    const bool aRisk = a.flags & FlagAtRisk;
    const bool bRisk = b.flags & FlagAtRisk;
    if (aRisk != bRisk)
        return aRisk;
    const int aCount = std::popcount(static_cast<unsigned>(a.flags));
    const int bCount = std::popcount(static_cast<unsigned>(b.flags));
    if (aCount != bCount)
        return aCount > bCount;
    if (a.daysSinceContact != b.daysSinceContact)
        return a.daysSinceContact > b.daysSinceContact;
    return a.binome.id < b.binome.id;
}

} // namespace

std::optional<double> ProgramStatistics::cadenceShare() const {
    const int open = binomesOpen();
    if (open == 0)
        return std::nullopt;
    return double(binomesKeepingCadence) / open;
}

int ProgramStatistics::objectivesAchieved() const {
    return objectivesByStatus[static_cast<int>(ObjectiveStatus::Achieved)];
}

int ProgramStatistics::objectivesCounted() const {
    return objectivesByStatus[static_cast<int>(ObjectiveStatus::NotStarted)] +
           objectivesByStatus[static_cast<int>(ObjectiveStatus::InProgress)] +
           objectivesByStatus[static_cast<int>(ObjectiveStatus::Achieved)];
}

std::optional<double> ProgramStatistics::achievedShare() const {
    const int counted = objectivesCounted();
    if (counted == 0)
        return std::nullopt;
    return double(objectivesAchieved()) / counted;
}

ProgramStatistics computeProgramStatistics(const Program& program,
                                           const QList<ProgramFileBinome>& binomes,
                                           const QHash<qint64, QString>& skillCodes,
                                           const QHash<qint64, QString>& skillNames,
                                           const QDate& asOf) {
    ProgramStatistics stats;
    stats.program = program;
    stats.asOf = asOf;
    QMap<QDate, MonthlySessions> months;
    QHash<qint64, SkillSums> bySkill;
    Mean gain;
    Mean mentee;
    Mean mentor;
    for (const ProgramFileBinome& entry : binomes) {
        const FollowUpRow& row = entry.row;
        switch (row.binome.status) {
        case BinomeStatus::Active:
            ++stats.binomesActive;
            break;
        case BinomeStatus::Paused:
            ++stats.binomesPaused;
            break;
        case BinomeStatus::Ended:
            ++stats.binomesEnded;
            break;
        }
        if (row.binome.isOpen() && !(row.flags & FlagAtRisk))
            ++stats.binomesKeepingCadence;
        if (row.flags != FlagNone)
            stats.flagged << row;

        countSessions(stats, entry.sessions, months);

        const QHash<qint64, int> latest = latestLevels(entry.debriefs);
        for (const Objective& o : entry.objectives) {
            ++stats.objectivesByStatus[static_cast<int>(o.status)];
            if (o.status == ObjectiveStatus::Dropped)
                continue;
            SkillSums& sums = bySkill[o.skillId];
            ++sums.objectives;
            const auto level = latest.constFind(o.id);
            if (level == latest.cend())
                continue;
            sums.kickoff.add(o.startLevel);
            sums.latest.add(*level);
            gain.add(*level - o.startLevel);
        }

        for (const Debrief& d : entry.debriefs) {
            if (d.menteeSatisfaction)
                mentee.add(*d.menteeSatisfaction);
            if (d.mentorSatisfaction)
                mentor.add(*d.mentorSatisfaction);
            if (d.menteeSatisfaction || d.mentorSatisfaction)
                ++stats.satisfactionAnswers;
        }
    }
    stats.averageGain = gain.value();
    stats.objectivesReassessed = gain.count;
    stats.menteeSatisfaction = mentee.value();
    stats.mentorSatisfaction = mentor.value();
    stats.sessionsPerMonth = monthRange(program, asOf, months);

    for (auto it = bySkill.cbegin(); it != bySkill.cend(); ++it) {
        SkillProgress progress;
        progress.skillId = it.key();
        progress.code = skillCodes.value(it.key());
        progress.name = skillNames.value(it.key(), progress.code);
        if (progress.name.isEmpty())
            progress.name = QString::number(it.key());
        progress.objectives = it->objectives;
        progress.reassessed = it->kickoff.count;
        progress.kickoffMean = it->kickoff.value().value_or(0);
        progress.latestMean = it->latest.value().value_or(0);
        stats.skills << progress;
    }
    std::sort(stats.skills.begin(), stats.skills.end(),
              [](const SkillProgress& a, const SkillProgress& b) {
                  if ((a.reassessed > 0) != (b.reassessed > 0))
                      return a.reassessed > 0;
                  if (a.gain() != b.gain())
                      return a.gain() > b.gain();
                  const int byName = QString::localeAwareCompare(a.name, b.name);
                  return byName != 0 ? byName < 0 : a.skillId < b.skillId;
              });
    std::stable_sort(stats.flagged.begin(), stats.flagged.end(), needsAttentionFirst);
    return stats;
}

} // namespace binome

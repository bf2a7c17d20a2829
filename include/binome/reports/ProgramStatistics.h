#pragma once

#include "binome/domain/FollowUp.h"
#include "binome/domain/Program.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace binome {

struct ProgramFileBinome;

/// Levels on one skill, over the objectives that work on it and have been re-assessed.
struct SkillProgress {
    qint64 skillId = 0;
    QString code;
    QString name;           ///< in the interface's language
    int objectives = 0;     ///< objectives on this skill (dropped ones not counted)
    int reassessed = 0;     ///< of which re-assessed at least once
    double kickoffMean = 0; ///< mean starting level of the re-assessed ones
    double latestMean = 0;  ///< mean latest level of the same ones
    double gain() const { return latestMean - kickoffMean; }
};

/// Held sessions of one calendar month.
struct MonthlySessions {
    QDate month; ///< the first day of the month
    int held = 0;
    int minutes = 0;
};

/// A program's figures, as the dashboard and the program report show them. Every figure is
/// computed from the program's binômes, objectives, sessions and debriefs as of `asOf`.
///
/// Definitions (the dashboard's tooltips and the report say the same in words):
/// - a *re-assessed* objective is one that a debrief gave a new level (ObjectiveReview::newLevel);
///   its *latest level* is the one of its latest such debrief (by date, then id);
/// - dropped objectives count in `objectivesByStatus` only, in no level figure.
struct ProgramStatistics {
    Program program;
    QDate asOf;

    int binomesActive = 0;
    int binomesPaused = 0;
    int binomesEnded = 0;
    int binomesTotal() const { return binomesActive + binomesPaused + binomesEnded; }

    int sessionsHeld = 0;
    int sessionsPlanned = 0; ///< planned for `asOf` or later
    int minutesHeld = 0;
    double hoursHeld() const { return minutesHeld / 60.0; }

    /// Open binômes not flagged "at risk" as of `asOf` (FollowUpService::computeFlags): their
    /// last held session (or their start) is within the cadence. A paused binôme is not
    /// expected to meet, so it counts as keeping the cadence.
    int binomesKeepingCadence = 0;
    int binomesOpen() const { return binomesActive + binomesPaused; }
    /// binomesKeepingCadence / binomesOpen; none when no binôme is open.
    std::optional<double> cadenceShare() const;

    /// Objectives by status (index: ObjectiveStatus), of every binôme the program had.
    int objectivesByStatus[4] = {0, 0, 0, 0};
    int objectivesAchieved() const;
    int objectivesCounted() const; ///< all but dropped
    /// objectivesAchieved / objectivesCounted; none when there is none.
    std::optional<double> achievedShare() const;

    /// Mean over re-assessed objectives (not dropped) of (latest level - starting level); none if
    /// none. Like FollowUpRow::averageGain, but from the debriefs only: the follow-up's figure
    /// also counts objectives never re-assessed (at the learner's current level) and levels
    /// edited by hand, so this is not the mean of the rows' figures.
    std::optional<double> averageGain;
    int objectivesReassessed = 0; ///< the objectives averageGain is computed over
    QList<SkillProgress> skills;  ///< skills with objectives: re-assessed ones first, largest
                                  ///< gain first, then by name

    /// Mean satisfaction (1..5) over every debrief that recorded it, each side on its own; none
    /// if no debrief did.
    std::optional<double> menteeSatisfaction;
    std::optional<double> mentorSatisfaction;
    int satisfactionAnswers = 0; ///< debriefs with at least one satisfaction

    /// Held sessions per calendar month, every month present even when empty: from the
    /// program's start month to `asOf`'s, or to the program's end month when it ended before
    /// `asOf`; widened to the first and last held sessions when some fall outside. Empty when the
    /// program has not started and no session was held.
    QList<MonthlySessions> sessionsPerMonth;

    /// The binômes that need attention (a flag set): at risk first, then by number of flags,
    /// then the longest without contact.
    QList<FollowUpRow> flagged;
};

/// Computes a program's statistics from data already read, no query; shared by the dashboard,
/// the program report and the CLI. `binomes` from ProgramExportService::programData(program.id,
/// asOf); `skillCodes` and `skillNames` map catalog ids to codes and to names in the interface's
/// language.
ProgramStatistics computeProgramStatistics(const Program& program,
                                           const QList<ProgramFileBinome>& binomes,
                                           const QHash<qint64, QString>& skillCodes,
                                           const QHash<qint64, QString>& skillNames,
                                           const QDate& asOf);

} // namespace binome
